// A news site that serves the interactive under a path of its own (BASE_PATH=/moscu-pionyang):
// a real build with that setting, served under the path, where every page loads and starts with
// no request outside the path, no error, and the embed codes name the sub-path. Desktop only; one
// build (~20 s) shared by the file.
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './helpers';
import { buildAndServe, type VariantSite } from './hardening-shared';

const BASE = '/moscu-pionyang';
const PAGES = ['/', '/datos', '/guia', '/presentar', '/insertar', '/embed/historia'];

test.describe.configure({ mode: 'serial' });

test.describe(`a build served under ${BASE}`, () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only: one build');

	let site: VariantSite | undefined;
	// The variant is served on a port of its own: its requests are the site's, not another host's.
	test.use({
		cleanPage: { ignoreRequest: (url) => !!site && url.startsWith(new URL(site.baseURL).origin) }
	});
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		site = await buildAndServe('base', { BASE_PATH: BASE });
	});
	test.afterAll(async () => {
		await site?.close();
	});

	/** Requests outside the sub-path, failed responses, console errors and page errors. */
	function watch(page: Page) {
		const problems: string[] = [];
		page.on('request', (request) => {
			const url = new URL(request.url());
			if (['data:', 'blob:'].includes(url.protocol)) return;
			if (url.origin !== site!.baseURL || !url.pathname.startsWith(`${BASE}/`))
				problems.push(`request outside ${BASE}: ${request.url()}`);
		});
		page.on('response', (response) => {
			if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
		});
		page.on('console', (message: ConsoleMessage) => {
			if (message.type() === 'error' || message.type() === 'warning')
				problems.push(`console: ${message.text()}`);
		});
		page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
		return problems;
	}

	test('every page loads, starts and stays inside the sub-path', async ({ page }) => {
		test.setTimeout(120_000);
		const problems = watch(page);
		for (const path of PAGES) {
			await page.goto(`${site!.baseURL}${BASE}${path === '/' ? '/' : path}`);
			await expect(page.locator('h1').first()).toBeVisible();
			// The app runs: Leaflet answers the first key where there is a map.
			if (path === '/' || path.startsWith('/embed/')) {
				await expect(async () => {
					await page.keyboard.press('Shift');
					await expect(page.locator('[data-map][data-center]')).toHaveCount(1, { timeout: 1_500 });
				}).toPass({ timeout: 20_000 });
			}
		}
		// The slides move and keep the hash under the sub-path.
		await page.goto(`${site!.baseURL}${BASE}/presentar`);
		await expect(async () => {
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(`${site!.baseURL}${BASE}/presentar#paso-1`, { timeout: 1_000 });
		}).toPass({ timeout: 15_000 });
		expect(problems).toEqual([]);
	});

	test('the embed codes and previews name the sub-path', async ({ page }) => {
		const problems = watch(page);
		await page.goto(`${site!.baseURL}${BASE}/insertar`);
		const code = page.locator('[data-embed-code="mapa"] pre code').last();
		await expect(code).toContainText(`src="${site!.baseURL}${BASE}/embed/mapa"`);
		const preview = page.locator('[data-embed-code="mapa"] iframe.preview');
		await preview.scrollIntoViewIfNeeded();
		await expect(preview.contentFrame().locator('[data-graphic]').first()).toBeVisible();
		expect(problems).toEqual([]);
	});
});
