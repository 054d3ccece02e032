// Three promises that only a real build can show, checked on one variant of the site built from
// this test (the real `vite build`, ~20 s, served by scripts/serve.js on a free port):
//
// 1. No data string is ever rendered as HTML. A copy of data/ gets `<script>alert(1)</script>` and
//    `<img src=x onerror="window.__xss=1">` in an event title, a step's text and a place name (a
//    map label drawn by Leaflet): on / and /datos they read as text, no <img src="x"> exists, the
//    handler never runs, no dialog opens, and the prerendered SVG files stay well-formed.
// 2. A raster tile server that is down (PUBLIC_TILE_URL on a closed loopback port) costs the reader
//    nothing: the Leaflet container is marked tiles-failed, the vector basemap (an SVG layer)
//    paints the countries opaque again, the text is all there and no error reaches the page. The
//    console lines of the failed tile requests are the only ones tolerated.
// 3. With PUBLIC_SITE_URL set, every indexable page names its canonical address and its address in
//    each edition (hreflang es, en and x-default), all absolute. `vite build` makes the Spanish
//    edition only; the English addresses are checked as the Spanish pages announce them (both
//    editions' pages render the same Seo component). The slides' title QR code comes drawn in the
//    page, and opens that address.
//
// All go into one build (the data copy, the tile settings and the site's address do not interact)
// to pay for one build, not three. Desktop project only; serial, sharing the build.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConsoleMessage, Page, Request } from '@playwright/test';
import { decodeQr, expect, plainCopy, steps, test } from './helpers';
import { buildAndServe, copyOfData, type VariantSite } from './hardening-shared';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="window.__xss=1">';
const HOSTILE = `${SCRIPT} ${IMG}`;
const TILE_ORIGIN = 'http://127.0.0.1:9';
/** The deployment's public address, under a sub-path as a newsroom's would be. */
const SITE_URL = 'https://noticias.example/moscu-pionyang';

const EVENT_ID = 'cumbre-vladivostok';
const PLACE_ID = 'khasan';

test.describe.configure({ mode: 'serial' });

test.describe('a build with hostile data and a tile server that is down', () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only: one build');

	let site: VariantSite | undefined;
	// The variant's own server and its dead tile server are expected; guard() checks the rest.
	test.use({
		cleanPage: {
			ignoreRequest: (url) =>
				url.startsWith(`${TILE_ORIGIN}/`) ||
				(!!site && url.startsWith(new URL(site.baseURL).origin)),
			ignoreConsole: (message) => message.location().url.startsWith(`${TILE_ORIGIN}/`)
		}
	});
	let dataDir: string | undefined;
	let eventTitle = '';
	let stepText = '';
	let placeName = '';

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		dataDir = copyOfData();
		const edit = (file: string, change: (json: Record<string, unknown>) => void) => {
			const path = join(dataDir!, file);
			const json = JSON.parse(readFileSync(path, 'utf8'));
			change(json);
			writeFileSync(path, JSON.stringify(json, null, '\t'));
		};
		edit('events.json', (json) => {
			const event = (json.events as { id: string; title: string }[]).find(
				(e) => e.id === EVENT_ID
			)!;
			event.title = eventTitle = `${event.title} ${HOSTILE}`;
		});
		edit('story.json', (json) => {
			// The beat that shows the event and the place (the 2019 train to Vladivostok, via Jasán).
			const beat = (json.steps as { beats: { text: string }[] }[])[0]!.beats[1]!;
			beat.text = stepText = `${beat.text} ${HOSTILE}`;
		});
		edit('places.json', (json) => {
			const place = (json.places as { id: string; name: string }[]).find((p) => p.id === PLACE_ID)!;
			place.name = placeName = `${place.name} ${IMG}`;
		});
		site = await buildAndServe('hostile', {
			DATA_DIR: dataDir,
			PUBLIC_TILE_URL: `${TILE_ORIGIN}/{z}/{x}/{y}.png`,
			PUBLIC_TILE_ATTRIBUTION: 'Teselas de prueba',
			PUBLIC_SITE_URL: SITE_URL
		});
	});

	test.afterAll(async () => {
		await site?.close();
		if (dataDir) rmSync(dataDir, { recursive: true, force: true });
	});

	/** Watches a page for dialogs, requests for the injected image and errors. */
	function guard(page: Page) {
		const dialogs: string[] = [];
		const imageRequests: string[] = [];
		const consoleErrors: ConsoleMessage[] = [];
		const pageErrors: Error[] = [];
		const otherHosts: string[] = [];
		page.on('dialog', (dialog) => {
			dialogs.push(dialog.message());
			void dialog.dismiss();
		});
		page.on('request', (request: Request) => {
			const url = new URL(request.url());
			if (url.origin === site!.baseURL && url.pathname === '/x') imageRequests.push(request.url());
			if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== site!.baseURL)
				otherHosts.push(request.url());
		});
		page.on('console', (message) => {
			if (message.type() === 'error' || message.type() === 'warning') consoleErrors.push(message);
		});
		page.on('pageerror', (error) => pageErrors.push(error));
		return { dialogs, imageRequests, consoleErrors, pageErrors, otherHosts };
	}

	/** A console line about a tile the dead server did not send: expected, and nothing else is. */
	const isTileFailure = (message: ConsoleMessage) =>
		message.location().url.startsWith(`${TILE_ORIGIN}/`) ||
		message.text().includes(`${TILE_ORIGIN}/`);

	async function expectNoInjection(page: Page, seen: ReturnType<typeof guard>) {
		await expect(page.locator('img[src="x"]')).toHaveCount(0);
		expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		expect(seen.dialogs, 'dialogs').toEqual([]);
		expect(seen.imageRequests, 'requests for the injected <img src=x>').toEqual([]);
		expect(
			seen.pageErrors.map((error) => error.message),
			'page errors'
		).toEqual([]);
		expect(
			seen.consoleErrors.filter((m) => !isTileFailure(m)).map((m) => m.text()),
			'console errors and warnings'
		).toEqual([]);
		expect(
			seen.otherHosts.filter((url) => !url.startsWith(`${TILE_ORIGIN}/`)),
			'requests to other hosts'
		).toEqual([]);
	}

	test('/: the hostile strings read as text in the step, the lists, the card and the map', async ({
		page
	}) => {
		const seen = guard(page);
		await page.goto(`${site!.baseURL}/`);
		// The step's text, the event list and the locator map's alternative text: as text.
		const step = page.locator('#paso-1');
		await expect(step).toContainText(plainCopy(stepText));
		await expect(page.getByText(SCRIPT).first()).toBeVisible();
		await expect(page.getByText(eventTitle, { exact: true }).first()).toBeAttached();
		await expect(page.locator('ol li').filter({ hasText: eventTitle }).first()).toBeVisible();

		// Leaflet draws the place labels (the hostile place name among them) and the detail card.
		await page
			.locator('[id="paso-1.2"]')
			.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await page.mouse.wheel(0, 2);
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-beat',
			`${steps[0]!.id}:2`
		);
		const map = page.locator('[data-map][data-center]');
		await expect(map).toHaveCount(1, { timeout: 20_000 });
		await expect(map.locator(`[data-place="${PLACE_ID}"]`)).toHaveText(placeName);
		const mark = page.locator(`[data-graphic] [data-event="${EVENT_ID}"]`);
		await mark.focus();
		await page.keyboard.press('Enter');
		const card = page.locator(`[data-event-card="${EVENT_ID}"]`);
		await expect(card).toBeVisible();
		await expect(card).toContainText(eventTitle);
		await expect(mark).toHaveAccessibleName(new RegExp(escape(eventTitle)));

		await page.waitForLoadState('networkidle');
		await expectNoInjection(page, seen);
	});

	test('/datos: the hostile strings read as text in the table and the places', async ({ page }) => {
		const seen = guard(page);
		await page.goto(`${site!.baseURL}/datos`);
		const row = page.locator('table tbody tr').filter({ hasText: eventTitle });
		await expect(row).toHaveCount(1);
		await expect(row).toBeVisible();
		await expect(page.getByText(placeName, { exact: true })).toBeVisible();
		await page.waitForLoadState('networkidle');
		await expectNoInjection(page, seen);
	});

	test('the prerendered SVG maps and timelines stay well-formed, with the strings as text', async ({
		page
	}) => {
		const seen = guard(page);
		const number =
			steps.findIndex((step) => step.beats.some((beat) => beat.events.includes(EVENT_ID))) + 1;
		for (const path of [
			'/mapas/lugares.svg',
			`/mapas/paso-${number}.svg`,
			`/cronologia/paso-${number}.svg`
		]) {
			// Opened as documents of their own: an XML error would replace the drawing, and any
			// script, image or handler smuggled in would be there to count (and to run).
			const response = await page.goto(`${site!.baseURL}${path}`);
			expect(response?.headers()['content-type']).toContain('image/svg+xml');
			const parsed = await page.evaluate(() => ({
				error: document.querySelector('parsererror')?.textContent ?? null,
				root: document.documentElement.localName,
				text: document.documentElement.textContent ?? '',
				elements: document.querySelectorAll('script, img, foreignObject, [onerror], [onload]')
					.length
			}));
			expect(parsed.error, `${path} parses as SVG`).toBeNull();
			expect(parsed.root).toBe('svg');
			expect(parsed.elements, `${path}: no script, img or handler elements`).toBe(0);
			// The step's timeline names its events; its map names its places, beside their dots or,
			// where a name has no room (this long one has none), as the dot's tooltip.
			if (path.startsWith('/cronologia')) expect(parsed.text).toContain(eventTitle);
			if (path.startsWith('/mapas/paso-')) expect(parsed.text).toContain(placeName);
			expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
		}
		expect(seen.dialogs, 'dialogs').toEqual([]);
		expect(seen.imageRequests, 'requests for the injected <img src=x>').toEqual([]);
		expect(
			seen.pageErrors.map((error) => error.message),
			'page errors'
		).toEqual([]);
	});

	// The page is held to this file's cleanPage options at the end (its own server is expected).
	test('PUBLIC_SITE_URL: canonical and hreflang es, en, x-default links, absolute', async ({
		page,
		request
	}) => {
		const english = (path: string) => (path === '/' ? '/en/' : `/en${path}`);
		for (const path of ['/', '/datos', '/guia']) {
			await test.step(path, async () => {
				await page.goto(`${site!.baseURL}${path}`);
				const head = page.locator('head');
				await expect(head.locator('link[rel="canonical"]')).toHaveAttribute(
					'href',
					`${SITE_URL}${path}`
				);
				for (const [lang, href] of [
					['es', `${SITE_URL}${path}`],
					['en', `${SITE_URL}${english(path)}`],
					['x-default', `${SITE_URL}${path}`]
				] as const) {
					const link = head.locator(`link[rel="alternate"][hreflang="${lang}"]`);
					// Once: hydration keeps the prerendered tags, it does not add its own.
					await expect(link, `${path}: hreflang ${lang}`).toHaveCount(1);
					await expect(link, `${path}: hreflang ${lang}`).toHaveAttribute('href', href);
				}
				await expect(head.locator('meta[property="og:url"]')).toHaveAttribute(
					'content',
					`${SITE_URL}${path}`
				);
			});
		}
		// A shared step, as a link preview or a crawler reads it (a reader is sent on to the story).
		const html = await (await request.get(`${site!.baseURL}/paso/3`)).text();
		const links = [...html.matchAll(/<link\b[^>]*>/g)]
			.map(([tag]) =>
				Object.fromEntries([...tag.matchAll(/([a-z-]+)="([^"]*)"/g)].map(([, k, v]) => [k, v]))
			)
			.filter((link) => link.rel === 'canonical' || link.rel === 'alternate');
		expect(links).toHaveLength(4);
		expect(links).toEqual(
			expect.arrayContaining([
				{ rel: 'canonical', href: `${SITE_URL}/paso/3` },
				{ rel: 'alternate', hreflang: 'es', href: `${SITE_URL}/paso/3` },
				{ rel: 'alternate', hreflang: 'en', href: `${SITE_URL}${english('/paso/3')}` },
				{ rel: 'alternate', hreflang: 'x-default', href: `${SITE_URL}/paso/3` }
			])
		);
	});

	test('PUBLIC_SITE_URL: the title slide’s QR code comes drawn in the page; Q fetches the QR package', async ({
		page,
		request
	}) => {
		const story = `${SITE_URL}/`;
		const html = await (await request.get(`${site!.baseURL}/presentar`)).text();
		expect(html).toContain(`data-qr="${story}"`);
		const scripts: string[] = [];
		page.on('request', (r) => {
			if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
		});
		await page.goto(`${site!.baseURL}/presentar`);
		await expect(page.locator('html')).toHaveAttribute('data-started', '');
		const title = page.locator('.title-slide [data-qr]');
		await expect(title).toHaveAttribute('data-qr', story);
		expect(await decodeQr(title)).toBe(story);
		await page.waitForLoadState('networkidle');
		const atStart = new Set(scripts);
		// The step codes (Q) are drawn in the page, with the package fetched then.
		await page.keyboard.press('q');
		const dialog = page.getByRole('dialog', { name: 'Código QR' });
		await expect(dialog.locator('[data-qr]')).toHaveAttribute('data-qr', story);
		expect(await decodeQr(dialog.locator('[data-qr]'))).toBe(story);
		expect(scripts.filter((path) => !atStart.has(path)).length).toBeGreaterThan(0);
	});

	test('tiles down: the vector basemap paints, the text is there, no error reaches the page', async ({
		page
	}) => {
		const seen = guard(page);
		const tileRequests: string[] = [];
		page.on('requestfailed', (request) => {
			if (request.url().startsWith(`${TILE_ORIGIN}/`)) tileRequests.push(request.url());
		});
		await page.goto(`${site!.baseURL}/`);
		// Step 3's last beat: its own map view, with three countries highlighted.
		await page
			.locator('[id="paso-3.3"]')
			.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await page.mouse.wheel(0, 2);
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-beat',
			`${steps[2]!.id}:3`
		);
		const map = page.locator('[data-map][data-center]');
		await expect(map).toHaveCount(1, { timeout: 20_000 });

		// The tiles were asked for, failed, and the map says so.
		await expect.poll(() => tileRequests.length, { timeout: 15_000 }).toBeGreaterThan(0);
		await expect(map).toHaveClass(/tiles-failed/, { timeout: 15_000 });
		// The basemap is an SVG in its own pane, with a size, every country filled in full again
		// (over working tiles only the highlighted ones are tinted), and this step's highlights.
		const basemap = map.locator('.leaflet-basemap-pane svg.basemap');
		await expect(basemap).toHaveCount(1);
		const painted = await basemap.evaluate((svg: SVGSVGElement) => {
			const paths = [...svg.querySelectorAll('path')];
			const box = svg.getBoundingClientRect();
			return {
				width: box.width,
				height: box.height,
				countries: paths.length,
				opaque: paths.filter((path) => getComputedStyle(path).fillOpacity === '1').length,
				highlighted: paths.filter((path) => path.classList.contains('highlighted')).length
			};
		});
		expect(painted.width).toBeGreaterThan(0);
		expect(painted.height).toBeGreaterThan(0);
		expect(painted.countries, 'countries on the basemap').toBeGreaterThan(50);
		expect(painted.opaque, 'countries painted opaque with the tiles down').toBe(painted.countries);
		expect(painted.highlighted).toBe(steps[2]!.map.countries.length);
		// No broken-image boxes left in the tile pane.
		const brokenVisible = await map.locator('.leaflet-tile-pane img').evaluateAll(
			(images) =>
				images.filter((img) => {
					const style = getComputedStyle(img);
					return (
						(img as HTMLImageElement).naturalWidth === 0 &&
						style.visibility !== 'hidden' &&
						style.opacity !== '0' &&
						style.display !== 'none'
					);
				}).length
		);
		expect.soft(brokenVisible, 'failed tiles still shown as broken images').toBe(0);

		// The step's text and the attribution of the configured layer stay.
		await expect(page.locator('#paso-3')).toContainText(steps[2]!.title);
		await expect(page.locator('h1')).toBeVisible();
		await expectNoInjection(page, seen);
	});
});

function escape(text: string) {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
