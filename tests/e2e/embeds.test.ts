// The embeds (/embed/mapa, /embed/cronologia, /embed/historia) as a news site uses them: a host
// page on another origin (tests/e2e/host, a second loopback port) pastes the exact code the site
// offers (src/lib/embed/snippets.ts), with a real pym.Parent from the pym.js package or the plain
// iframe snippet. The iframe must stay exactly as tall as the embedded document at any container
// width, after a step change and after a width change, with no inner scrollbar, and a wheel over
// the embedded map must scroll the host page. Plus ?paso, ?tema, the 404 for unknown names, the
// absence of site chrome and the credit link. In English the same at /en/embed/… with the codes
// of the English «Embed» page (?step, ?theme).
import { PNG } from 'pngjs';
import type { Frame, Page, TestInfo } from '@playwright/test';
import { THEME_PARAMS } from '../../src/lib/embed/embeds';
import { iframeSnippet, pymSnippet } from '../../src/lib/embed/snippets';
import {
	at,
	beats,
	edition,
	expect,
	prefix,
	stepWord,
	steps,
	t,
	test,
	waitForMapToSettle,
	type PageWatch
} from './helpers';

/** The "news site": another origin than the embeds (override with HOST_ORIGIN). */
const HOST_ORIGIN = (
	process.env.HOST_ORIGIN ?? `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`
).replace(/\/+$/, '');

const NAMES = ['mapa', 'cronologia', 'historia'] as const;
type Name = (typeof NAMES)[number];
type Kind = 'pym' | 'iframe';
const WIDTHS = [320, 600, 1000] as const;
/** The width each container width switches to in the width-change check. */
const NEXT_WIDTH: Record<number, number> = { 320: 1000, 600: 320, 1000: 600 };

/** Site origin without a trailing slash, from the project's baseURL. */
const siteBase = (baseURL: string | undefined) =>
	new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
/** The edition's address, as its «Insertar» page gives it to the codes: the origin, + /en. */
const editionBase = (baseURL: string | undefined) => `${siteBase(baseURL)}${prefix}`;
/** ?tema=claro|oscuro, ?theme=light|dark: the theme in the edition's words. */
const themeWords = THEME_PARAMS[edition];
/** The stepper's «Siguiente →» (Next →) button. */
const NEXT = new RegExp(t.step.next);

/**
 * The embed code a news site would paste, exactly as the edition's «Insertar» section builds it:
 * `base` is the edition's address (editionBase).
 */
function snippetFor(
	kind: Kind,
	base: string,
	name: Name,
	options: { theme?: 'claro' | 'oscuro' } = {}
) {
	const snippet = { base, name, theme: options.theme, strings: t, edition };
	return kind === 'pym' ? pymSnippet(snippet) : iframeSnippet(snippet);
}

const hostUrl = (snippet: string, width: number | 'auto') =>
	`${HOST_ORIGIN}/?width=${width}&snippet=${encodeURIComponent(snippet)}`;

/**
 * The host page legitimately lives on another origin: excuse the requests its own (main) frame
 * makes to that origin, and nothing else. Requests of the embedded frame stay under the watch.
 */
function excuseHostRequests(page: Page, watch: PageWatch) {
	const excused = new Set<string>();
	page.on('request', (request) => {
		let fromMainFrame = false;
		try {
			fromMainFrame = request.frame() === page.mainFrame();
		} catch {
			// Service worker requests have no frame.
		}
		if (fromMainFrame && new URL(request.url()).origin === HOST_ORIGIN) excused.add(request.url());
	});
	return () => {
		watch.foreignRequests = watch.foreignRequests.filter((url) => !excused.has(url));
	};
}

/** Opens the host page with a snippet and returns the embedded iframe's frame. */
async function openHost(page: Page, snippet: string, width: number | 'auto'): Promise<Frame> {
	await page.goto(hostUrl(snippet, width));
	await page.waitForFunction(() => (window as { snippetReady?: boolean }).snippetReady === true);
	const iframe = page.locator('#slot iframe');
	await expect(iframe).toHaveCount(1);
	const handle = await iframe.elementHandle();
	const frame = await handle!.contentFrame();
	expect(frame, 'the embed iframe has a frame').not.toBeNull();
	// The frame has navigated to the embed and hydrated (the credit link is always there).
	await expect
		.poll(() => frame!.url(), { message: 'the iframe loads the embed' })
		.toContain('/embed/');
	await frame!.waitForLoadState('load');
	// Chromium pauses rendering (requestAnimationFrame, ResizeObserver) in cross-origin iframes
	// that are off screen, as a reader's browser does: look at the embed, as a reader would.
	await scrollHostToIframe(page);
	return frame!;
}

interface Measures {
	/** The iframe element's height on the host page. */
	iframe: number;
	iframeWidth: number;
	/** The embedded document's <html> height. */
	doc: number;
	/** Bottom of the embedded <body>. */
	content: number;
	scrollHeight: number;
	clientHeight: number;
	scrollWidth: number;
	clientWidth: number;
}

async function measure(page: Page, frame: Frame): Promise<Measures> {
	const box = await page
		.locator('#slot iframe')
		.evaluate((iframe) => iframe.getBoundingClientRect().toJSON() as DOMRect);
	const inner = await frame.evaluate(() => {
		const html = document.documentElement;
		return {
			doc: html.getBoundingClientRect().height,
			// <body> is as tall as its content whatever <html> does.
			content: document.body.getBoundingClientRect().bottom + window.scrollY,
			scrollHeight: html.scrollHeight,
			clientHeight: html.clientHeight,
			scrollWidth: html.scrollWidth,
			clientWidth: html.clientWidth
		};
	});
	return { iframe: box.height, iframeWidth: box.width, ...inner };
}

/** Waits until the iframe is as tall as the embedded document (±4 px) with no inner scrollbar. */
async function expectFitted(page: Page, frame: Frame, what: string): Promise<Measures> {
	let last: Measures | undefined;
	await expect(async () => {
		last = await measure(page, frame);
		const m = last;
		expect(m.doc, `${what}: the embedded document has a height`).toBeGreaterThan(100);
		expect(
			Math.abs(m.iframe - m.doc),
			`${what}: iframe ${m.iframe} px vs html ${m.doc} px`
		).toBeLessThanOrEqual(4);
		// Also against the content itself, so an <html> pinned to the iframe's height cannot pass.
		expect(
			Math.abs(m.iframe - m.content),
			`${what}: iframe ${m.iframe} px vs content ${m.content} px`
		).toBeLessThanOrEqual(4);
		expect(m.scrollHeight, `${what}: no vertical inner scrollbar`).toBeLessThanOrEqual(
			m.clientHeight + 1
		);
		expect(m.scrollWidth, `${what}: no horizontal inner scrollbar`).toBeLessThanOrEqual(
			m.clientWidth + 1
		);
	}).toPass({ timeout: 10_000, intervals: [100, 200, 400] });
	return last!;
}

/** Scrolls the host so the iframe's top is near the top of the viewport. */
async function scrollHostToIframe(page: Page) {
	await page
		.locator('#slot iframe')
		.evaluate((iframe) =>
			window.scrollTo(0, iframe.getBoundingClientRect().top + window.scrollY - 40)
		);
}

/**
 * Leaflet loads on the reader's first interaction (pointer over the map, wheel, key, touch):
 * hover the top of the graphic (the map) and wait until Leaflet has drawn.
 */
async function wakeMap(root: Page | Frame) {
	const graphic = root.locator('[data-graphic]');
	const page = 'mouse' in root ? root : root.page();
	// A pointer that arrives before the page has started wakes nothing: step just outside the
	// graphic (without scrolling anything) and come back, until one arrival does.
	await expect(async () => {
		const box = (await graphic.boundingBox())!;
		const { width, height } = page.viewportSize()!;
		const outside = [
			[box.x + 30, box.y - 4],
			[box.x - 4, box.y + 30],
			[box.x + 30, box.y + box.height + 4],
			[box.x + box.width + 4, box.y + 30]
		].find(([x, y]) => x! >= 0 && y! >= 0 && x! < width && y! < height);
		if (outside) await page.mouse.move(outside[0]!, outside[1]!);
		await graphic.hover({ position: { x: 30, y: 30 } });
		await expect(root.locator('[data-map][data-center]')).toHaveCount(1, { timeout: 1_500 });
	}).toPass({ timeout: 20_000 });
}

/** The graphic a wheel should pass through: the map, else (cronologia) the timeline. */
const wheelTarget = (name: Name) => (name === 'cronologia' ? 'svg[data-timeline]' : '[data-map]');

async function expectWheelScrollsHost(page: Page, frame: Frame, name: Name) {
	await scrollHostToIframe(page);
	if (name !== 'cronologia') await wakeMap(frame);
	const target = frame.locator(wheelTarget(name)).first();
	const box = await target.boundingBox();
	expect(box, 'the graphic is laid out').not.toBeNull();
	const viewport = page.viewportSize()!;
	const x = box!.x + box!.width / 2;
	const y = Math.min(box!.y + box!.height / 2, viewport.height - 20);
	expect(y, 'the graphic is on screen').toBeGreaterThan(0);
	// The last step's flight may still be under way: read the zoom it lands on.
	if (name !== 'cronologia') await waitForMapToSettle(frame);
	const zoom =
		name === 'cronologia' ? null : await frame.locator('[data-map]').getAttribute('data-zoom');
	// Seen from the embedded window, after every handler inside it: did anything claim the wheel?
	await frame.evaluate(() => {
		const flag = window as unknown as { __wheelPrevented?: boolean };
		window.addEventListener('wheel', (event) => (flag.__wheelPrevented = event.defaultPrevented), {
			passive: true
		});
	});
	const before = await page.evaluate(() => window.scrollY);
	await page.mouse.move(x, y);
	await page.mouse.wheel(0, 400);
	await expect
		.poll(() => page.evaluate(() => window.scrollY), { message: 'the host page scrolls' })
		.toBeGreaterThan(before + 100);
	expect(
		await frame.evaluate(
			() => (window as unknown as { __wheelPrevented?: boolean }).__wheelPrevented
		),
		'the embed let the wheel through'
	).not.toBe(true);
	if (zoom !== null) {
		// A wheel zoom moves at least one snap (0.25); a late settle of the flight moves less.
		await waitForMapToSettle(frame);
		const after = Number(await frame.locator('[data-map]').getAttribute('data-zoom'));
		expect(Math.abs(after - Number(zoom)), 'the wheel did not zoom the map').toBeLessThan(0.25);
	}
	// And the embedded document itself never scrolled.
	expect(await frame.evaluate(() => window.scrollY)).toBe(0);
}

const ignore404 = (message: { text(): string }) => /status of 404/.test(message.text());

// ---------------------------------------------------------------------------------------------

test.describe('embeds in a host page on another origin', () => {
	// The viewport is the host's: the width matrix runs once, on the desktop project.
	for (const kind of ['pym', 'iframe'] as const) {
		for (const name of NAMES) {
			for (const width of WIDTHS) {
				test(`${kind} snippet · /embed/${name} at ${width} px`, async ({
					page,
					baseURL,
					watch,
					expectCleanPage
				}, testInfo) => {
					test.skip(testInfo.project.name !== 'desktop', 'the width matrix runs on desktop');
					const settle = excuseHostRequests(page, watch);
					const frame = await openHost(page, snippetFor(kind, editionBase(baseURL), name), width);

					const first = await expectFitted(page, frame, `${width} px`);
					expect(Math.round(first.iframeWidth)).toBe(width);
					await expect(frame.locator('[data-graphic]')).toHaveAttribute(
						'data-current-step',
						steps[0]!.id
					);
					if (name !== 'cronologia') {
						// Leaflet takes the static map's place on the first hover: nothing moves. Measured
						// on the embedded document: the iframe itself may still be settling from the
						// snippet's starting height to the one the embed reports.
						await wakeMap(frame);
						const awake = await expectFitted(page, frame, 'with Leaflet');
						expect(Math.abs(awake.doc - first.doc)).toBeLessThanOrEqual(1);
					}

					if (name === 'historia') {
						// Every beat change: the iframe follows the new card's height.
						const next = frame.getByRole('button', { name: NEXT });
						for (let i = 1; i < beats.length; i++) {
							await next.click();
							await expect(frame.locator('[data-graphic]')).toHaveAttribute(
								'data-current-beat',
								beats[i]!.key
							);
							await expect(
								frame.getByText(t.step.counter(beats[i]!.stepNumber, steps.length))
							).toBeVisible();
							// Every beat at the narrowest width (where card heights differ most);
							// a sample at the others.
							if (width === 320 || i === 1 || i === 9 || i === beats.length - 1) {
								await expectFitted(page, frame, `beat ${beats[i]!.hash}`);
							}
						}
						await expect(next).toBeDisabled();
					}

					// The article changes width (a CMS column reflow): the iframe follows.
					const other = NEXT_WIDTH[width]!;
					const mapHeight = () =>
						frame.locator('[data-map]').evaluate((map) => map.getBoundingClientRect().height);
					const mapBefore = name === 'cronologia' ? 0 : await mapHeight();
					await page.locator('#article').evaluate((article, w) => {
						article.style.width = `${w}px`;
					}, other);
					const after = await expectFitted(page, frame, `article ${width} → ${other} px`);
					expect(Math.round(after.iframeWidth)).toBe(other);
					if (name !== 'cronologia') {
						// The map keeps its aspect ratio: a new width means a new height, and the
						// iframe above has followed it.
						expect(Math.abs((await mapHeight()) - mapBefore)).toBeGreaterThan(10);
					}

					// The reader resizes the window (pym's parent sends its width message on resize).
					if (kind === 'pym') {
						await page.locator('#article').evaluate((article) => {
							article.style.width = 'auto';
						});
						await page.setViewportSize({ width: 760, height: 800 });
						const narrow = await expectFitted(page, frame, 'viewport 760 px');
						expect(narrow.iframeWidth).toBeLessThan(760);
						await page.setViewportSize({ width: 1280, height: 800 });
						const wide = await expectFitted(page, frame, 'viewport 1280 px');
						expect(wide.iframeWidth).toBeGreaterThan(narrow.iframeWidth);
					}

					// A wheel over the embedded graphic scrolls the host page, not the map.
					await expectWheelScrollsHost(page, frame, name);

					settle();
					await expectCleanPage();
				});
			}
		}
	}

	test('a width change while the embed is off screen is caught up once it scrolls into view', async ({
		page,
		baseURL,
		watch,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'desktop only');
		const settle = excuseHostRequests(page, watch);
		for (const kind of ['pym', 'iframe'] as const) {
			const frame = await openHost(page, snippetFor(kind, editionBase(baseURL), 'mapa'), 600);
			const before = await expectFitted(page, frame, `${kind} at 600 px`);
			await page.evaluate(() => window.scrollTo(0, 0));
			await page.locator('#article').evaluate((article) => {
				article.style.width = '320px';
			});
			// Chromium renders nothing in an off-screen cross-origin iframe, so the embed cannot
			// measure itself yet; as soon as the reader gets there, it does.
			await scrollHostToIframe(page);
			const after = await expectFitted(page, frame, `${kind} after 600 → 320 px off screen`);
			expect(after.iframe).toBeLessThan(before.iframe - 50);
		}
		settle();
		await expectCleanPage();
	});

	test('historia fills a phone article with either snippet', async ({
		page,
		baseURL,
		watch,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'phone only');
		const settle = excuseHostRequests(page, watch);
		for (const kind of ['pym', 'iframe'] as const) {
			const frame = await openHost(
				page,
				snippetFor(kind, editionBase(baseURL), 'historia'),
				'auto'
			);
			await expectFitted(page, frame, `${kind} on a phone`);
			await frame.getByRole('button', { name: NEXT }).click();
			await expect(frame.locator('[data-graphic]')).toHaveAttribute(
				'data-current-beat',
				beats[1]!.key
			);
			await expectFitted(page, frame, `${kind} on a phone, beat 2`);
			await expectWheelScrollsHost(page, frame, 'historia');
		}
		settle();
		await expectCleanPage();
	});

	test('an unknown name resizes inside a pym host too', async ({
		page,
		baseURL,
		watch,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'desktop only');
		const settle = excuseHostRequests(page, watch);
		const snippet = pymSnippet({
			base: editionBase(baseURL),
			name: 'mapa',
			strings: t,
			edition
		}).replace('/embed/mapa', '/embed/nope');
		expect(snippet).toContain('/embed/nope');
		const frame = await openHost(page, snippet, 600);
		await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
		const fitted = await expectFitted(page, frame, 'the 404 page');
		expect(fitted.iframe).toBeGreaterThan(0);
		settle();
		await expectCleanPage({ ignoreConsole: ignore404 });
	});
});

// ---------------------------------------------------------------------------------------------

test.describe('embed pages on their own', () => {
	test(`?${stepWord} selects the step by number or id; bad values fall back`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the query is read the same on any viewport');
		const last = steps.at(-1)!.id;
		const cases: [string, string][] = [
			['5', 'pionyang-2024'],
			['vostochny-2023', 'vostochny-2023'],
			['VOSTOCHNY-2023', 'vostochny-2023'],
			['99', last],
			['abc', steps[0]!.id],
			['', steps[0]!.id],
			['-3', steps[0]!.id]
		];
		expect(steps[4]!.id).toBe('pionyang-2024');
		for (const [value, expected] of cases) {
			await page.goto(`${at('/embed/mapa')}?${stepWord}=${value}`);
			// Hydrated: Leaflet comes up, so onMount has read the query.
			await wakeMap(page);
			await expect(page.locator('[data-graphic]'), `?${stepWord}=${value}`).toHaveAttribute(
				'data-current-step',
				expected
			);
		}
		// A beat: ?paso=N.M (?step=N.M); a bad beat is the step's first.
		for (const [value, beat] of [
			['6.3', 'tropas-2024:3'],
			['6.9', 'tropas-2024:1'],
			['6.', 'tropas-2024:1']
		]) {
			await page.goto(`${at('/embed/mapa')}?${stepWord}=${value}`);
			await wakeMap(page);
			await expect(page.locator('[data-graphic]'), `?${stepWord}=${value}`).toHaveAttribute(
				'data-current-beat',
				beat!
			);
		}
		// The stepper shows the same step and its counter.
		await page.goto(`${at('/embed/historia')}?${stepWord}=vostochny-2023`);
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-step',
			'vostochny-2023'
		);
		await expect(page.getByText(t.step.counter(4, steps.length))).toBeVisible();
		await expect(page.locator('[data-step][data-active="true"]')).toHaveAttribute(
			'data-step',
			'vostochny-2023'
		);
		await page.goto(`${at('/embed/cronologia')}?${stepWord}=99`);
		await expect(page.locator('svg[data-timeline]')).toBeVisible();
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', last);
		await expectCleanPage();
	});

	test('an unknown name is a 404 with a small page, not a blank one', async ({
		page,
		expectCleanPage
	}) => {
		const response = await page.goto(at('/embed/nope'));
		expect(response?.status()).toBe(404);
		const heading = page.getByRole('heading', { level: 1 });
		await expect(heading).toBeVisible();
		await expect(heading).toHaveText(/\S/);
		// It names the embeds that do exist.
		for (const name of NAMES) {
			await expect(page.locator(`a[href$="${at(`/embed/${name}`)}"]`)).toHaveCount(1);
		}
		await expect(page.getByRole('link', { name: t.nav.data, exact: true })).toHaveCount(0);
		await expectCleanPage({ ignoreConsole: ignore404 });
	});

	for (const name of NAMES) {
		test(`${at(`/embed/${name}`)}: no site header, a credit link to the story in the top window`, async ({
			page,
			baseURL,
			expectCleanPage
		}) => {
			await page.goto(at(`/embed/${name}`));
			await expect(page.locator('[data-graphic]')).toBeVisible();
			await expect(page.getByRole('link', { name: t.nav.data, exact: true })).toHaveCount(0);
			await expect(
				page.getByRole('navigation').filter({ has: page.getByRole('link', { name: t.nav.data }) })
			).toHaveCount(0);
			const credit = page.getByRole('link', { name: t.embed.fullStory });
			await expect(credit).toHaveCount(1);
			await expect(credit).toHaveAttribute('target', '_top');
			const href = await credit.getAttribute('href');
			expect(new URL(href!, page.url()).href).toBe(`${siteBase(baseURL)}${at('/')}`);
			await expectCleanPage();
		});
	}

	test(`?${themeWords.name} sets the theme; anything else follows the system`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the theme does not depend on the viewport');
		const html = page.locator('html');
		/** Relative luminance (0–1) of the body's text colour. */
		const inkLuminance = () =>
			page.evaluate(() => {
				const color = getComputedStyle(document.body).color;
				const [r, g, b] = (color.match(/[\d.]+/g) ?? []).map(Number).map((v) => v / 255);
				const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
				return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
			});
		const paper = () =>
			page.evaluate(() =>
				getComputedStyle(document.documentElement).getPropertyValue('--paper').trim()
			);

		for (const scheme of ['light', 'dark'] as const) {
			await page.emulateMedia({ colorScheme: scheme });
			// The single-part embeds share the layout and the theme script: one of them is enough
			// for the system-dark pass.
			for (const name of scheme === 'light' ? (['historia', 'mapa'] as const) : ['historia']) {
				await page.goto(`${at(`/embed/${name}`)}?${themeWords.name}=${themeWords.oscuro}`);
				await expect(html).toHaveAttribute('data-theme', 'oscuro');
				expect(
					await inkLuminance(),
					`${name} oscuro (${scheme} system): light ink`
				).toBeGreaterThan(0.6);
				expect(await paper()).toBe('#11151a');

				await page.goto(`${at(`/embed/${name}`)}?${themeWords.name}=${themeWords.claro}`);
				await expect(html).toHaveAttribute('data-theme', 'claro');
				expect(await inkLuminance(), `${name} claro (${scheme} system): dark ink`).toBeLessThan(
					0.1
				);
				expect(await paper()).toBe('#fbfaf6');

				await page.goto(`${at(`/embed/${name}`)}?${themeWords.name}=xyz`);
				await expect(page.locator('[data-graphic]')).toBeVisible();
				await expect(html).not.toHaveAttribute('data-theme', /.*/);
				const ink = await inkLuminance();
				if (scheme === 'dark')
					expect(ink, `${name} ?${themeWords.name}=xyz, dark system`).toBeGreaterThan(0.6);
				else expect(ink, `${name} ?${themeWords.name}=xyz, light system`).toBeLessThan(0.1);
			}
		}
		await expectCleanPage();
	});

	test('screenshots of historia in both themes at 320 and 1000 px', async ({
		page,
		baseURL,
		watch,
		expectCleanPage
	}, testInfo: TestInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the host sets the width');
		const settle = excuseHostRequests(page, watch);
		for (const theme of ['claro', 'oscuro'] as const) {
			for (const width of [320, 1000]) {
				const frame = await openHost(
					page,
					snippetFor('pym', editionBase(baseURL), 'historia', { theme }),
					width
				);
				await wakeMap(frame);
				await expectFitted(page, frame, `${theme} at ${width}`);
				await scrollHostToIframe(page);
				// The pointer off the graphic, so no hover state shows.
				await page.mouse.move(0, 0);
				// Leaflet has finished drawing.
				await waitForMapToSettle(frame);
				const png = await page
					.locator('#slot iframe')
					.screenshot({ path: testInfo.outputPath(`historia-${theme}-${width}.png`) });
				await testInfo.attach(`historia-${theme}-${width}`, {
					body: png,
					contentType: 'image/png'
				});
				// What the reader sees: a dark picture for oscuro, a light one for claro.
				const image = PNG.sync.read(png);
				let sum = 0;
				for (let i = 0; i < image.data.length; i += 4) {
					sum +=
						(0.2126 * image.data[i]! + 0.7152 * image.data[i + 1]! + 0.0722 * image.data[i + 2]!) /
						255;
				}
				const mean = sum / (image.data.length / 4);
				if (theme === 'oscuro') expect(mean, `mean brightness, oscuro ${width}`).toBeLessThan(0.35);
				else expect(mean, `mean brightness, claro ${width}`).toBeGreaterThan(0.65);
			}
		}
		settle();
		await expectCleanPage();
	});
});
