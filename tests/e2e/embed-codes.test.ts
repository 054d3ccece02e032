// The embed codes news sites copy, on /insertar and in the story's «Insertar en tu web»: every embed
// has a live preview that loads and fits its content, both snippets name this site's address (no
// PUBLIC_SITE_URL in the test build, so the page's own origin), «Copiar» puts the exact snippet on
// the clipboard, and where the Clipboard API is refused the code is selected for Ctrl+C instead.
import { iframeSnippet, pymSnippet } from '../../src/lib/embed/snippets';
import { EMBEDS, type EmbedName } from '../../src/lib/embed/embeds';
import { es as strings } from '../../src/lib/i18n/es';
import { expect, test } from './helpers';

const NAMES = Object.keys(EMBEDS) as EmbedName[];

test.describe('embed codes', () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only: the page is the same at any width');

	test('/insertar: a preview that loads and fits, and both snippets, for every embed', async ({
		page,
		baseURL,
		expectCleanPage
	}) => {
		await page.goto('/insertar');
		const origin = new URL(baseURL!).origin;
		for (const name of NAMES) {
			const block = page.locator(`[data-embed-code="${name}"]`);
			// The prerendered page cannot know its own address: the codes name it once the page runs.
			await expect
				.poll(() => block.locator('pre code').allTextContents(), { message: name })
				.toEqual([
					pymSnippet({ base: origin, name, strings }),
					iframeSnippet({ base: origin, name, strings })
				]);
			const preview = block.locator('iframe.preview');
			await preview.scrollIntoViewIfNeeded();
			const frame = preview.contentFrame();
			await expect(frame.locator('[data-graphic]').first()).toBeVisible();
			// The preview follows its content's height through the same message the snippet uses.
			await expect
				.poll(async () => {
					const inner = await frame
						.locator('html')
						.evaluate((html) => html.getBoundingClientRect().height);
					const outer = (await preview.boundingBox())!.height;
					return Math.abs(inner - outer);
				})
				.toBeLessThanOrEqual(4);
		}
		await expectCleanPage();
	});

	test('a preview that started before the page did still fits (the page asks it its height)', async ({
		page,
		expectCleanPage
	}) => {
		// The page's own script waits until the first preview has started and sent its height to a
		// page that was not listening yet.
		let release!: () => void;
		const previewStarted = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/entry/start.*', async (route) => {
			await previewStarted;
			await route.continue();
		});
		await page.goto('/insertar');
		const preview = page.locator('[data-embed-code="historia"] iframe.preview');
		const frame = preview.contentFrame();
		await expect(frame.locator('html[data-started]')).toBeAttached();
		release();
		await expect
			.poll(async () => {
				const inner = await frame
					.locator('html')
					.evaluate((html) => html.getBoundingClientRect().height);
				return Math.abs(inner - (await preview.boundingBox())!.height);
			})
			.toBeLessThanOrEqual(4);
		await expectCleanPage();
	});

	test('«Copiar» puts the snippet on the clipboard and says so', async ({
		page,
		context,
		baseURL,
		expectCleanPage
	}) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto('/#insertar');
		const block = page.locator('[data-embed-code="historia"]');
		const origin = new URL(baseURL!).origin;
		const buttons = block.getByRole('button', { name: 'Copiar' });
		await expect(buttons).toHaveCount(2);
		// Retried: a click before the page has hydrated reaches no handler.
		await expect(async () => {
			await buttons.nth(1).click();
			await expect(block.getByRole('status').nth(1)).toHaveText('Copiado', { timeout: 1_000 });
		}).toPass({ timeout: 15_000 });
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
			iframeSnippet({ base: origin, name: 'historia', strings })
		);
		await expectCleanPage();
	});

	test('without the Clipboard API the code is selected for Ctrl+C', async ({
		page,
		expectCleanPage
	}) => {
		// As on an http:// page or in a browser that refuses the permission.
		await page.addInitScript(() => {
			Object.defineProperty(navigator, 'clipboard', {
				value: { writeText: () => Promise.reject(new Error('denied')) }
			});
		});
		await page.goto('/insertar');
		const block = page.locator('[data-embed-code="mapa"]');
		await expect(async () => {
			await block.getByRole('button', { name: 'Copiar' }).first().click();
			await expect(block.getByRole('status').first()).toContainText('Código seleccionado', {
				timeout: 1_000
			});
		}).toPass({ timeout: 15_000 });
		const code = await block.locator('pre code').first().textContent();
		expect(await page.evaluate(() => getSelection()?.toString())).toBe(code);
		await expectCleanPage();
	});
});
