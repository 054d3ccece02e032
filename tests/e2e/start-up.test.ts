// What a page costs before the reader does anything: its stylesheets are all in its HTML (none
// arrives from a script after first paint, which would redraw and shift the text), and its
// build-time prose is in the page once, not a second time in the start-up script's data; the app
// starts after the first paint. A link loads its page whole (SvelteKit's router would take the page
// from a data file without it).
import { anchor, at, expect, squash, steps, t, test, waitForLeaflet } from './helpers';
import { PAGES, installStartProbe, waitForAppStart } from './hardening-shared';
import { COMPILE_HINT } from '../../scripts/compile-hints';

test.describe('stylesheets', () => {
	// The offline cache downloads the whole site in the background once a page has been quiet for
	// two seconds; on a busy machine that can land before the network goes quiet, and it is not
	// what this test is about (tests/e2e/presentar.test.ts covers it).
	test.use({ serviceWorkers: 'block' });

	for (const path of PAGES) {
		test(`${path}: every stylesheet the page starts with is in its HTML`, async ({
			page,
			expectCleanPage
		}, testInfo) => {
			test.skip(testInfo.project.name !== 'desktop', 'the same files on any project');
			const stylesheets: string[] = [];
			page.on('request', (request) => {
				if (request.resourceType() === 'stylesheet')
					stylesheets.push(new URL(request.url()).pathname);
			});
			await installStartProbe(page);
			const response = await page.goto(at(path));
			const html = (await response?.text()) ?? '';
			await waitForAppStart(page);
			// Whatever the start-up imports has been asked for once the network is quiet.
			await page.waitForLoadState('networkidle');
			expect(stylesheets.filter((file) => !html.includes(file))).toEqual([]);
			await expectCleanPage();
		});
	}
});

/** The pages without SvelteKit's client, and the script that hydrates their islands. */
const ISLANDS_SCRIPTS: Partial<Record<string, string>> = {
	'/': '/entry/story-page.',
	'/presentar': '/entry/slides-page.',
	'/embed/historia': '/entry/embed-page.'
};

for (const path of ['/', '/presentar', '/embed/historia']) {
	test(`${path}: the app’s scripts are fetched once the page has painted its text`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the same page on any project');
		await installStartProbe(page);
		await page.goto(at(path));
		await waitForAppStart(page);
		// The islands script of the pages without SvelteKit's client, its start-up script elsewhere.
		const entry = ISLANDS_SCRIPTS[path] ?? '/entry/start.';
		const { paint, start } = await page.evaluate(
			(entry) => ({
				paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
				start: performance.getEntriesByType('resource').find((e) => e.name.includes(entry))
					?.startTime
			}),
			entry
		);
		expect(paint, 'first contentful paint').toBeDefined();
		expect(start, `${entry} fetched`).toBeDefined();
		expect(start!).toBeGreaterThanOrEqual(paint!);
		await expectCleanPage();
	});
}

test('each page’s icon is a raster image, not an SVG document', async ({ request }, testInfo) => {
	// Chrome fetches a page's icon again at every address change (each beat of the story rewrites
	// it) and decodes it in the page's renderer, on its main thread: an SVG icon is a whole document
	// each time (6–18 ms at 4× CPU), a small PNG well under one.
	test.skip(testInfo.project.name !== 'desktop', 'the same files on any project');
	for (const path of PAGES) {
		const html = await (await request.get(at(path))).text();
		const icons = [...html.matchAll(/<link\b[^>]*\brel="icon"[^>]*>/g)].map(
			([link]) => /\bhref="([^"]+)"/.exec(link)?.[1] ?? ''
		);
		expect(icons, `${path} names an icon`).not.toEqual([]);
		for (const icon of icons) {
			const response = await request.get(new URL(icon, `http://host${at(path)}`).pathname);
			expect(response.ok(), `${path}: ${icon}`).toBe(true);
			expect(response.headers()['content-type'], `${path}: ${icon}`).toMatch(
				/^image\/(png|x-icon|vnd\.microsoft\.icon)/
			);
		}
	}
});

test('the story’s prose is in its HTML once, and its start-up script carries none of it', async ({
	page,
	expectCleanPage
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the same HTML on any project');
	const response = await page.goto(at('/'));
	const html = (await response?.text()) ?? '';
	const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
	expect(script, 'the start-up script').toContain('/entry/story-page.');
	// The data a load hands the page is small: the prose went into the markup instead.
	expect(script.length, 'the start-up script, in characters').toBeLessThan(10_000);
	for (const step of steps) {
		expect(script).not.toContain(step.title);
		expect(html.split(step.title).length - 1, `"${step.title}" in the page`).toBeGreaterThan(0);
	}
	await expectCleanPage();
});

/** Scripts on the page that carry SvelteKit's client (it keeps its scroll positions under this key). */
async function scriptsWithKit(scripts: { file: string; body: Promise<string> }[]) {
	const withKit = [];
	for (const { file, body } of scripts)
		if ((await body).includes('sveltekit:scroll')) withKit.push(file);
	return withKit;
}

function recordScripts(page: import('@playwright/test').Page) {
	const scripts: { file: string; body: Promise<string> }[] = [];
	page.on('response', (response) => {
		// A body still on its way when the test ends is not read (and its promise not left rejected).
		if (response.request().resourceType() === 'script')
			scripts.push({
				file: new URL(response.url()).pathname,
				body: response.text().catch(() => '')
			});
	});
	return scripts;
}

/** Opens a page and waits for its app to start, recording the scripts it loads (see above). */
async function openWithScripts(page: import('@playwright/test').Page, path: string) {
	const scripts = recordScripts(page);
	await installStartProbe(page);
	await page.goto(at(path));
	await waitForAppStart(page);
	return scripts;
}

test('the story page runs its islands without SvelteKit’s client', async ({
	page,
	expectCleanPage
}) => {
	const scripts = await openWithScripts(page, '/');
	expect(scripts.some(({ file }) => file.includes('/entry/story-page.'))).toBe(true);
	// Each island hydrated (the scrolly, the header's edition link, the embed codes' loader).
	for (const name of ['story', 'edition', 'embed-code'])
		await expect(page.locator(`[data-island="${name}"]`)).toHaveAttribute('data-hydrated', '');
	// What the reader's interactions load later (Leaflet, the live timeline, the embed codes)
	// brings no SvelteKit either.
	await waitForLeaflet(page);
	await page.locator('#insertar').scrollIntoViewIfNeeded();
	await expect(page.locator('#insertar [data-embed-code]').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	expect(await scriptsWithKit(scripts), 'scripts with SvelteKit’s client').toEqual([]);
	await expectCleanPage();
});

test('every app script the story runs, from its start to the live strip and map, asks V8 to compile it as it streams in', async ({
	page,
	expectCleanPage
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
	const scripts = await openWithScripts(page, '/');
	await page.mouse.wheel(0, 400);
	await waitForLeaflet(page);
	await expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);
	await page.waitForLoadState('networkidle');
	const app = scripts.filter(({ file }) => file.includes('/_app/immutable/'));
	// The islands entry, the shared chunks, the graphic, the live timeline, Leaflet.
	expect(app.length).toBeGreaterThan(5);
	const withoutHint: string[] = [];
	for (const { file, body } of app)
		if (!(await body).startsWith(`${COMPILE_HINT}\n`)) withoutHint.push(file);
	expect(withoutHint).toEqual([]);
	await expectCleanPage();
});

/** How each page is used past its start: what hydrates, then what updates. */
const FIRST_USES: Record<string, (page: import('@playwright/test').Page) => Promise<void>> = {
	'/': async (page) => {
		await page.mouse.move(640, 600);
		await page.mouse.wheel(0, 400);
		await waitForLeaflet(page);
		await expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);
		// On to the next step, as a reader scrolls.
		await expect(async () => {
			await page.mouse.wheel(0, 600);
			await expect(page.locator('[data-graphic]')).not.toHaveAttribute(
				'data-current-step',
				steps[0]!.id,
				{ timeout: 500 }
			);
		}).toPass({ timeout: 20_000 });
	},
	'/presentar': async (page) => {
		await page.keyboard.press('ArrowRight');
		await expect(page.locator('[data-position]')).toHaveAttribute('data-position', '1');
		await waitForLeaflet(page);
	},
	'/embed/historia': async (page) => {
		const graphic = page.locator('[data-graphic]');
		const first = await graphic.getAttribute('data-current-beat');
		await page.getByRole('button', { name: new RegExp(t.step.next) }).click();
		await expect(graphic).not.toHaveAttribute('data-current-beat', first ?? '');
		await waitForLeaflet(page);
	}
};

test('the story throws no exception, caught or not, from its start to the live strip and map', async ({
	page,
	expectCleanPage
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
	// A caught exception is no error on the console, but V8 parses the code around the throw again
	// to word its message: inside a big chunk (Leaflet's, whose IE probe threw as it loaded) that
	// was most of the reader's first interaction on a slow phone.
	const cdp = await page.context().newCDPSession(page);
	const thrown: string[] = [];
	cdp.on('Debugger.paused', ({ data, callFrames }) => {
		const where = callFrames[0];
		thrown.push(
			`${String(data?.description ?? data?.className).split('\n')[0]} at ${where?.url}:${where?.location.lineNumber}`
		);
		void cdp.send('Debugger.resume');
	});
	await cdp.send('Debugger.enable');
	await cdp.send('Debugger.setPauseOnExceptions', { state: 'all' });
	await page.goto('/');
	await waitForAppStart(page);
	await FIRST_USES['/']!(page);
	await page.waitForLoadState('networkidle');
	expect(thrown).toEqual([]);
	await expectCleanPage();
});

for (const [path, use] of Object.entries(FIRST_USES)) {
	test(`${path}: nothing hydrated or updated sets an attribute from a number or a boolean`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
		// Svelte sets such a value only after surveying the element's property setters through
		// Object.getOwnPropertyDescriptors (once per tag name, 1-5 ms at 4x CPU), in the task that
		// hydrates or updates; a string it compares with the markup ($lib/site/attributes.ts).
		await page.addInitScript(() => {
			const surveyed: string[] = [];
			(window as unknown as { __surveyed: string[] }).__surveyed = surveyed;
			const describe = Object.getOwnPropertyDescriptors;
			Object.getOwnPropertyDescriptors = ((object: object) => {
				// An element (its prototypes, surveyed next, have a constructor of their own).
				if (object instanceof Element && !Object.hasOwn(object, 'constructor'))
					surveyed.push(object.nodeName);
				return describe(object);
			}) as typeof Object.getOwnPropertyDescriptors;
		});
		await page.goto(at(path));
		await waitForAppStart(page);
		await use(page);
		await page.waitForLoadState('networkidle');
		const surveyed = await page.evaluate(
			() => (window as unknown as { __surveyed: string[] }).__surveyed
		);
		expect(surveyed).toEqual([]);
		await expectCleanPage();
	});
}

/**
 * Opens a page as it starts (its scripts recorded, up to network quiet) and answers whether any
 * script it has loaded so far carries `marker`.
 */
async function openRecording(page: import('@playwright/test').Page, path: string) {
	const scripts = await openWithScripts(page, path);
	await page.waitForLoadState('networkidle');
	return async (marker: string) => {
		for (const { body } of scripts) if ((await body).includes(marker)) return true;
		return false;
	};
}

test('the scrolly’s watcher (scrollama) comes with the page’s first movement, not with the page', async ({
	page,
	expectCleanPage
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
	const loaded = await openRecording(page, '/');
	const hasScrollama = () => loaded('scrollama__debug-step');
	expect(await hasScrollama(), 'scrollama before the reader moves').toBe(false);
	await page.mouse.wheel(0, 400);
	await expect.poll(hasScrollama, { message: 'scrollama once the page has moved' }).toBe(true);
	await expectCleanPage();
});

test('the slides start with the title slide alone: a step’s slide (its text, map and timeline) comes with the first key', async ({
	page,
	expectCleanPage
}, testInfo) => {
	test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
	const loaded = await openRecording(page, '/presentar');
	// The graphic's markup (its DOM hook) is in no script the title slide loaded.
	expect(await loaded('data-graphic'), 'the graphic on the title slide').toBe(false);
	await page.keyboard.press('ArrowRight');
	await expect(page.locator('.slide[data-step] [data-graphic]')).toBeVisible();
	await expect(page.locator('.slide[data-step] .step-card')).toBeVisible();
	expect(await loaded('data-graphic')).toBe(true);
	await expectCleanPage();
});

for (const name of ['historia', 'mapa', 'cronologia']) {
	test(`the ${name} embed runs as an island without SvelteKit’s client`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the same scripts on any project');
		const scripts = await openWithScripts(page, `/embed/${name}`);
		expect(scripts.some(({ file }) => file.includes('/entry/embed-page.'))).toBe(true);
		await expect(page.locator('[data-island="embed"]')).toHaveAttribute('data-hydrated', '');
		// The reader's first move loads the live map and timeline: no SvelteKit there either.
		await page.waitForLoadState('networkidle');
		const atStart = scripts.length;
		await page.locator('[data-graphic]').hover();
		await page.mouse.wheel(0, 120);
		if (name !== 'cronologia') await waitForLeaflet(page);
		await expect
			.poll(() => scripts.length, 'scripts loaded on the first move')
			.toBeGreaterThan(atStart);
		await page.waitForLoadState('networkidle');
		expect(await scriptsWithKit(scripts), 'scripts with SvelteKit’s client').toEqual([]);
		await expectCleanPage();
	});
}

test('a link to the story loads it as a page, with every step’s text', async ({
	page,
	expectCleanPage
}) => {
	await installStartProbe(page);
	await page.goto(at('/datos'));
	await waitForAppStart(page);
	// SvelteKit's router would render the page from its data file, where the prose is markers.
	const dataFiles: string[] = [];
	page.on('request', (request) => {
		if (request.url().includes('__data.json')) dataFiles.push(request.url());
	});
	await page.getByRole('link', { name: t.nav.story, exact: true }).first().click();
	await expect(page).toHaveURL(new RegExp(`${at('/')}$`));
	for (const [i, step] of steps.entries()) {
		await expect(page.locator(anchor(i + 1))).toContainText(squash(step.title));
	}
	await waitForAppStart(page);
	expect(dataFiles, 'data files fetched').toEqual([]);
	await expectCleanPage();
});
