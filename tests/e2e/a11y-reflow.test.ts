// WCAG 1.4.10 Reflow: no page needs horizontal scrolling at 320 CSS pixels wide (a narrow phone),
// nor on a 1280×800 desktop zoomed to 200 % (emulated as a 640×400 CSS viewport at device scale
// factor 2). Checked on every page as loaded, with Leaflet drawn, inside the story, with a timeline
// detail card open, on a slide with its notes, and on the 404 pages.
import type { Page } from '@playwright/test';
import { expect, steps, test, waitForLeaflet, waitForMapToSettle } from './helpers';
import {
	NOT_FOUND,
	PAGES,
	hasMap,
	is404Resource,
	openDetailCard,
	openPresentation,
	scrollToStep
} from './hardening-shared';

/** How far the document is wider than its viewport, and the widest elements that stick out. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const root = document.documentElement;
		const excess = root.scrollWidth - root.clientWidth;
		const culprits =
			excess > 1
				? [...document.body.querySelectorAll<HTMLElement>('*')]
						.filter((element) => {
							const box = element.getBoundingClientRect();
							return box.width > 0 && box.right > root.clientWidth + 1;
						})
						.slice(0, 5)
						.map(
							(element) =>
								`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}"> right=${Math.round(element.getBoundingClientRect().right)}`
						)
				: [];
		return { excess, width: root.clientWidth, culprits };
	});
}

async function expectNoSideScroll(page: Page, where: string) {
	const { excess, width, culprits } = await overflow(page);
	expect
		.soft(
			excess,
			`${where} at ${width} px: wider than the viewport by ${excess} px: ${culprits.join(', ')}`
		)
		.toBeLessThanOrEqual(1);
}

const SETTINGS = [
	{ name: '320 px wide', project: 'phone', viewport: { width: 320, height: 720 }, scale: 3 },
	{ name: '200 % zoom', project: 'desktop', viewport: { width: 640, height: 400 }, scale: 2 }
] as const;

for (const setting of SETTINGS) {
	test.describe(`reflow at ${setting.name}`, () => {
		// The phone project emulates a mobile browser (isMobile), the desktop project does not.
		test.skip(
			({ isMobile }) => isMobile !== (setting.project === 'phone'),
			`${setting.project} project only`
		);
		test.use({ viewport: setting.viewport, deviceScaleFactor: setting.scale });

		test('every page as loaded and with Leaflet drawn, and the 404 pages', async ({
			page,
			expectCleanPage
		}) => {
			test.setTimeout(90_000);
			for (const path of PAGES) {
				await page.goto(path);
				await expect(page.locator('h1').first()).toBeAttached();
				await expectNoSideScroll(page, `${path} as loaded`);
				if (await hasMap(page)) {
					await waitForLeaflet(page);
					await waitForMapToSettle(page);
					await expectNoSideScroll(page, `${path} with Leaflet`);
				}
			}
			for (const path of NOT_FOUND) {
				await page.goto(path);
				await expect(page.locator('h1')).toBeVisible();
				await expectNoSideScroll(page, path);
			}
			await expectCleanPage({ ignoreConsole: is404Resource });
		});

		test('inside the story, every step, and a detail card open', async ({
			page,
			expectCleanPage
		}) => {
			test.setTimeout(60_000);
			await page.goto('/');
			await waitForLeaflet(page);
			for (const [i] of steps.entries()) {
				await scrollToStep(page, i + 1);
				await expectNoSideScroll(page, `paso-${i + 1}`);
			}
			// A card of the last mark of the step: the one nearest the right edge.
			await openDetailCard(page, 'last');
			await expectNoSideScroll(page, 'detail card open');
			await expectCleanPage();
		});

		test('a slide with its notes and the QR code', async ({ page, expectCleanPage }) => {
			await openPresentation(page, '#paso-4');
			await expectNoSideScroll(page, 'slide 4');
			await page.keyboard.press('n');
			await expect(page.locator('[data-notes]')).toBeVisible();
			await page.keyboard.press('q');
			await expect(page.getByRole('dialog', { name: 'Código QR' })).toBeVisible();
			await expectNoSideScroll(page, 'slide 4 with notes and QR code');
			await expectCleanPage();
		});
	});
}
