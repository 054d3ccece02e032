// URL fuzzing: well over 200 addresses that readers, CMSs, teachers and bots type or mangle —
// #paso-N hashes in and out of range, garbage and percent-garbage, unicode, very long strings,
// markup; ?paso= numbers, step ids and junk, empty and repeated; ?tema= values; unknown and
// hostile paths — generated deterministically (seeded PRNG, same list every run). For each: the
// page is never blank, it shows the story (or the page asked for) or a proper 404 page, and
// nothing is logged to the console (the 404 status line of an unknown path aside) or thrown.
// Desktop only (the address handling does not depend on the width); one page is reused.
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, steps, test } from './helpers';
import { installStartProbe, is404Resource, waitForAppStart } from './hardening-shared';

type Kind = 'page' | '404' | 'either';
interface Variant {
	url: string;
	kind: Kind;
}

/** mulberry32: a small seeded PRNG, so every run fuzzes the same addresses. */
function prng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
const random = prng(20_240_619);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const ids = steps.map((step) => step.id);
const numbers = Array.from({ length: 26 }, (_, i) => i - 5); // -5 … 20

const HASHES = [
	...numbers.map((n) => `#paso-${n}`),
	'#paso-',
	'#PASO-3',
	'#Paso-2',
	'#paso-03',
	'#paso-1.5',
	'#paso-1e2',
	'#paso-+2',
	'#paso--1',
	'#paso- 2',
	'#paso-%32',
	'#paso%2D4',
	'#%E0%A4%A',
	'#%',
	'#%%%',
	'#%FF%FE',
	'#paso-999999',
	'#paso-9999999999999999999999',
	`#paso-${'9'.repeat(3000)}`,
	`#${'a'.repeat(8000)}`,
	'#paso-٣',
	'#paso-３',
	'#пасо-2',
	'#🙂',
	'#paso-2🙂',
	'#<script>alert(1)</script>',
	'#"><img src=x onerror=alert(1)>',
	'#javascript:alert(1)',
	'#',
	'##paso-2',
	'#paso-2#paso-3',
	'#contenido',
	'#metodo',
	`#${ids[2]}`,
	'#null',
	'#undefined',
	'#__proto__'
];

const PASO_VALUES = [
	...numbers.map(String),
	...ids,
	...ids.slice(0, 3).map((id) => id.toUpperCase()),
	'',
	' ',
	' 3 ',
	'3.5',
	'1e3',
	'0x3',
	'-0',
	'+4',
	'NaN',
	'Infinity',
	'null',
	'%00',
	'%E0%A4%A',
	'３',
	'<script>alert(1)</script>',
	'paso-3',
	`${'7'.repeat(4000)}`,
	'constructor',
	'__proto__'
];

const TEMA_VALUES = [
	'oscuro',
	'claro',
	'auto',
	'OSCURO',
	'Claro',
	'',
	'dark',
	'negro',
	'<b>',
	'%00',
	'oscuro%20'
];

const PAGES = ['/', '/datos', '/guia', '/presentar', '/insertar'];
const EMBEDS = ['/embed/mapa', '/embed/cronologia', '/embed/historia'];

const UNKNOWN_PATHS = [
	'/x',
	'/embed/x',
	'/datos/x',
	'/presentar/x',
	'/guia/x',
	'/insertar/x',
	'/embed/mapa/x',
	'/embed/',
	'/embed',
	'/..%2F..%2Fetc%2Fpasswd',
	'/%2e%2e/%2e%2e/etc/passwd',
	'/%00',
	'/%',
	'/%E0%A4%A',
	'/embed/%E0%A4%A',
	'/embed/__proto__',
	'/embed/constructor',
	'/embed/MAPA',
	'/paso-3',
	'/mapas/paso-99.svg',
	'/datos/eventos.csv/x',
	'/_app/x',
	'/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
	'/🙂',
	`/${'x'.repeat(3000)}`
];

function variants(): Variant[] {
	const list: Variant[] = [];
	for (const hash of HASHES) list.push({ url: `/${hash}`, kind: 'page' });
	for (const hash of HASHES.filter((_, i) => i % 3 === 0))
		list.push({ url: `/presentar${hash}`, kind: 'page' });
	for (const value of PASO_VALUES) {
		list.push({ url: `/embed/historia?paso=${value}`, kind: 'page' });
		if (random() < 0.3) list.push({ url: `/embed/mapa?paso=${value}`, kind: 'page' });
	}
	list.push(
		{ url: '/embed/historia?paso=2&paso=5', kind: 'page' },
		{ url: '/embed/mapa?paso=&paso=3', kind: 'page' },
		{ url: '/embed/historia?paso', kind: 'page' },
		{ url: '/embed/historia?paso==3', kind: 'page' },
		{ url: '/embed/historia?&&&', kind: 'page' },
		{ url: '/embed/historia?paso=3?paso=4', kind: 'page' },
		{ url: '/?paso=3', kind: 'page' },
		{ url: '/presentar?paso=4', kind: 'page' },
		{ url: '/presentar?vista=presentador', kind: 'page' },
		{ url: '/presentar?vista=presentador#paso-99', kind: 'page' },
		{ url: '/presentar?vista=<script>', kind: 'page' }
	);
	for (const value of TEMA_VALUES)
		list.push({ url: `${pick(EMBEDS)}?tema=${value}`, kind: 'page' });
	list.push({ url: '/embed/cronologia?tema=oscuro&tema=claro', kind: 'page' });
	for (const path of UNKNOWN_PATHS) list.push({ url: path, kind: '404' });
	for (const path of ['/datos/', '/guia/', '/presentar/', '/index.html', '/datos.html'])
		list.push({ url: path, kind: 'either' });
	// Random mixes of everything: any page or unknown path, with a query and a hash.
	for (let i = 0; i < 16; i++) {
		const unknown = random() < 0.2;
		const path = unknown ? pick(UNKNOWN_PATHS.slice(0, 9)) : pick([...PAGES, ...EMBEDS]);
		const query = pick([
			'',
			`?paso=${pick(PASO_VALUES)}`,
			`?tema=${pick(TEMA_VALUES)}`,
			`?paso=${pick(PASO_VALUES)}&tema=${pick(TEMA_VALUES)}`,
			`?childId=${pick(['x', '', '<i>', 'moscu-pionyang-historia'])}`
		]);
		list.push({ url: `${path}${query}${pick(['', ...HASHES])}`, kind: unknown ? '404' : 'page' });
	}
	return list;
}

const ALL = variants();
const NOT_FOUND_TITLES = /Página no encontrada|No existe ese gráfico/;

/** Checks one address; returns what went wrong (empty when all is well). */
async function check(
	page: Page,
	variant: Variant,
	previous: string | undefined
): Promise<string[]> {
	const problems: string[] = [];
	const messages: ConsoleMessage[] = [];
	const errors: Error[] = [];
	const onConsole = (message: ConsoleMessage) => {
		if (message.type() === 'error' || message.type() === 'warning') messages.push(message);
	};
	const onError = (error: Error) => errors.push(error);
	page.on('console', onConsole);
	page.on('pageerror', onError);
	try {
		// A new hash on the same address would not load the page again: leave it first.
		const sameDocument = previous?.split('#')[0] === variant.url.split('#')[0];
		if (sameDocument) await page.goto('about:blank');
		const response = await page.goto(variant.url, { waitUntil: 'domcontentloaded' });
		const status = response?.status() ?? 0;
		// A page's app must start (a throw on the way leaves a dead page). The 404 pages are static
		// by design: they run no app, so an address the router could not decode still gets one.
		// Generous waits: both conditions hold at once on a sound page, and a short one fails a sound
		// page whose main thread is busy starting up on a loaded machine (CI's two workers).
		if (status === 200)
			await waitForAppStart(page).catch(() => problems.push('the app did not start'));
		const h1 = page.locator('h1').first();
		const title = (await h1.textContent({ timeout: 10_000 }).catch(() => null)) ?? '';
		const notFound = NOT_FOUND_TITLES.test(title);

		if (variant.kind === 'page' && (status !== 200 || notFound))
			problems.push(`expected the page, got ${status} «${title}»`);
		if (variant.kind === '404' && (status !== 404 || !notFound))
			problems.push(`expected a 404 page, got ${status} «${title}»`);
		if (notFound || !variant.url.startsWith('/embed/')) {
			if (!(await h1.isVisible())) problems.push('no visible h1');
		} else if (!(await page.locator('[data-graphic]').first().isVisible())) {
			problems.push('the embed shows no graphic');
		}
		if (!title.trim()) problems.push('no h1 text');
		// Text a reader could see: text nodes outside script, style and noscript (no layout needed).
		const text = await page.evaluate(() => {
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
				acceptNode: (node) =>
					node.parentElement?.closest('script, style, noscript, template')
						? NodeFilter.FILTER_REJECT
						: NodeFilter.FILTER_ACCEPT
			});
			let length = 0;
			while (walker.nextNode()) length += (walker.currentNode.textContent ?? '').trim().length;
			return length;
		});
		if (text < 40) problems.push(`a blank page (${text} characters of text)`);
		if (variant.kind === 'page' && new URL(variant.url, 'http://x').pathname === '/') {
			const current = await page.locator('[data-graphic]').getAttribute('data-current-step');
			if (!ids.includes(current ?? '')) problems.push(`the graphic shows step «${current}»`);
		}
		// Late errors (a hash handler, a rejected import) get a moment to show.
		await page.evaluate(
			() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)))
		);
	} catch (error) {
		problems.push(`failed: ${(error as Error).message.split('\n')[0]}`);
	} finally {
		page.off('console', onConsole);
		page.off('pageerror', onError);
	}
	const allowed = (message: ConsoleMessage) => variant.kind !== 'page' && is404Resource(message);
	for (const message of messages.filter((m) => !allowed(m)))
		problems.push(`console ${message.type()}: ${message.text().slice(0, 200)}`);
	for (const error of errors) problems.push(`page error: ${error.message.slice(0, 200)}`);
	return problems;
}

test.describe('URL fuzzing', () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only');
	// Console lines are judged address by address (check); the teardown still checks the hosts
	// requested, and does not list a failed run's expected 404 lines a second time.
	test.use({ cleanPage: { ignoreConsole: () => true } });

	test('at least 200 generated addresses', () => {
		expect(ALL.length).toBeGreaterThanOrEqual(200);
		expect(new Set(ALL.map((v) => v.url)).size).toBeGreaterThan(190);
	});

	// Four chunks, so that two workers share the work.
	const CHUNKS = 4;
	for (let chunk = 0; chunk < CHUNKS; chunk++) {
		const mine = ALL.filter((_, i) => i % CHUNKS === chunk);
		test(`addresses ${chunk + 1}/${CHUNKS} (${mine.length})`, async ({ page }) => {
			test.setTimeout(150_000);
			await installStartProbe(page);
			const failures: string[] = [];
			let previous: string | undefined;
			for (const variant of mine) {
				const problems = await check(page, variant, previous);
				previous = variant.url;
				for (const problem of problems)
					failures.push(`${variant.url.slice(0, 120)} (${variant.kind}): ${problem}`);
			}
			expect(failures).toEqual([]);
		});
	}
});
