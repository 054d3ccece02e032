// Visual regression: every beat of the story (390 px on the phone project, 1280 px on the desktop
// project), every beat of the /embed/historia stepper (both projects) and every slide and build of
// /presentar (1280×720, desktop project), compared with the committed baselines in
// visual-steps.test.ts-snapshots/. Reduced motion is on so that the map jumps to each view
// instead of flying, and each shot waits for Leaflet to stand still. The tolerance (2 % of the
// pixels, per-pixel threshold 0.2) absorbs anti-aliasing noise in the basemap and catches a
// missing layer, a moved map or a changed layout; a single map label is smaller than that, and
// the labels' placement has tests of its own (declutter.test.ts, static-maps.test.ts). Regenerate with `npx playwright test visual- --update-snapshots` and
// look at the new images before committing them.
import {
	beats,
	expect,
	test,
	waitForLeaflet,
	waitForMapToSettle,
	waitForScrollToSettle
} from './helpers';
import { openPresentation } from './hardening-shared';

const SHOT = {
	maxDiffPixelRatio: 0.02,
	threshold: 0.2,
	animations: 'disabled',
	caret: 'hide',
	scale: 'css'
} as const;

test.use({ reducedMotion: 'reduce', colorScheme: 'light' });

test.describe('the story, beat by beat', () => {
	test('every beat', async ({ page, expectCleanPage }) => {
		test.setTimeout(240_000);
		await page.goto('/');
		await waitForLeaflet(page);
		for (const beat of beats) {
			const anchor = page.locator(`[id="paso-${beat.stepNumber}.${beat.number}"]`);
			await anchor.evaluate((element) => element.scrollIntoView({ block: 'start' }));
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
			await expect(anchor).toHaveAttribute('data-active', 'true');
			await waitForScrollToSettle(page);
			await waitForMapToSettle(page);
			await expect(page).toHaveScreenshot(`story-${beat.hash.slice(1)}.png`, SHOT);
		}
		await expectCleanPage();
	});
});

test.describe('the /embed/historia stepper', () => {
	test('every beat', async ({ page, expectCleanPage }) => {
		test.setTimeout(240_000);
		for (const beat of beats) {
			await page.goto(`/embed/historia?paso=${beat.stepNumber}.${beat.number}`);
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
			await waitForLeaflet(page);
			await waitForMapToSettle(page);
			await expect(page).toHaveScreenshot(`stepper-${beat.hash.slice(1)}.png`, {
				...SHOT,
				fullPage: true
			});
		}
		await expectCleanPage();
	});
});

test.describe('the slides of /presentar at 1280×720', () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only: a projector');
	test.use({ viewport: { width: 1280, height: 720 } });

	test('the title slide and every build of every step', async ({ page, expectCleanPage }) => {
		test.setTimeout(240_000);
		await openPresentation(page);
		// The QR code encodes the server's address, which differs from one run's port to another's.
		await expect(page).toHaveScreenshot('slide-0.png', {
			...SHOT,
			mask: [page.locator('[data-qr]')]
		});
		for (const [i, beat] of beats.entries()) {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-position]')).toHaveAttribute(
				'data-position',
				String(beat.stepNumber)
			);
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
			if (i === 0) await waitForLeaflet(page);
			await waitForMapToSettle(page);
			// The mouse pointer's idle timer changes only the cursor, which screenshots do not show.
			await expect(page).toHaveScreenshot(`slide-${beat.hash.slice(1)}.png`, SHOT);
		}
		await expectCleanPage();
	});
});
