// npm run bench: measures the built site against SPEC's budgets (Budgets) and exits non-zero when
// one fails. Not part of npm test: it takes minutes and measures, rather than checks behaviour.
// - Lighthouse 12 (mobile defaults: simulated slow 4G and 4× CPU), RUNS runs per page, medians
//   with their spread (min–max), on `/`, `/presentar`, `/embed/historia` and, in the same run and
//   with the same settings, the peer: a TimelineJS page of the same events (scripts/peer-timeline.js).
// - A reader's walk (scripts/reader-scroll.js): `/` wheeled from the top to the end at 390×844 and
//   360×640 with the CPU 4× slower, first wheel = first interaction; the peer stepped through.
//   Beside them, the floor (scripts/floor-page.js): the same page with no script, wheeled the same
//   way. Its long tasks and frame gaps are the machine's; a run where it has long tasks is not a
//   quiet one, and says so. Each of the three pages has its floor in Lighthouse too: what this
//   machine charges for its document alone (the fonts it looks up, its first layout), in the same
//   run, so a page's TBT reads beside the part of it no script of ours could remove.
// - The graphic in view (scripts/graphic-visibility.js, as tests/e2e/phone-graphic.test.ts): at
//   390×844 and 360×640, `/`'s scrolly wheeled through 60 px at a time, how much of the map and of
//   the timeline is visible, and the map on each beat's places 1.2 s after it becomes active.
// Every figure prints beside the peer's and their ratio; the whole record goes to
// bench-results/bench-<time>.json (gitignored: a machine's figures, not the project's).
// Options: --no-build (measure BUILD_DIR as it is), --dir <folder> (measure another build),
// BENCH_RUNS (Lighthouse runs per page, 3), WALK_RUNS (reader walks per viewport, 3).
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { setTimeout as sleep } from 'node:timers/promises';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import sirv from 'sirv';
import { CHROMIUM_ARGS, CHROMIUM_HELP, findChromium } from './chromium-path.js';
import { LANDING_MS, TARGETS, scrollThroughGraphic } from './graphic-visibility.js';
import { withoutScripts } from './floor-page.js';
import { buildPeer } from './peer-timeline.js';
import { CPU_SLOWDOWN, WHEEL_EVERY_MS, WHEEL_PX, readerWalk } from './reader-scroll.js';

const { values: args } = parseArgs({
	options: {
		'no-build': { type: 'boolean', default: false },
		dir: { type: 'string', default: 'build-bench' }
	}
});
const PORT = 4180;
const PEER_PORT = 4181;
const FLOOR_PORT = 4182;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const PEER_ORIGIN = `http://127.0.0.1:${PEER_PORT}`;
const FLOOR_ORIGIN = `http://127.0.0.1:${FLOOR_PORT}`;
const PAGES = ['/', '/presentar', '/embed/historia'];
const PEER = 'TimelineJS';
/** A page without its script, in Lighthouse (and `/` in the walks): what its document alone costs. */
const floorOf = (/** @type {string} */ path) => `${path} without script`;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const WALK_RUNS = Number(process.env.WALK_RUNS ?? 3);
const VIEWPORTS = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 }
];
// SPEC.md, Budgets.
const BUDGET = {
	performance: 100,
	accessibility: 100,
	'best-practices': 100,
	seo: 100,
	lcpMs: 1200,
	cls: 0,
	tbtMs: 50,
	scriptKb: 55,
	totalKb: 150,
	longTasks: 0,
	frameGapP95Ms: 20,
	// beside the peer, same run
	scriptRatio: 0.8,
	tbtRatio: 0.5,
	lcpRatio: 0.8
};

const chromePath = findChromium();
if (!chromePath) {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}

// Its own build folders, so a bench never races a test run's build.
const BUILD_DIR = /** @type {string} */ (args.dir);
if (!args['no-build']) {
	const build = spawnSync('npx', ['vite', 'build'], {
		stdio: ['ignore', 'ignore', 'inherit'],
		// As a deployment builds it, with its address (PUBLIC_SITE_URL, README: Configuration): here the
		// bench's own server. The slides' title QR code is then drawn at build time.
		env: { ...process.env, BUILD_DIR, KIT_OUT_DIR: '.kit-bench', PUBLIC_SITE_URL: ORIGIN }
	});
	if (build.status !== 0) process.exit(build.status ?? 1);
}
const PEER_DIR = 'build-bench-peer';
buildPeer(PEER_DIR);
const server = spawn('node', ['scripts/serve.js', '--port', String(PORT), '--dir', BUILD_DIR], {
	stdio: 'ignore'
});
process.on('exit', () => server.kill());
const peerServer = createServer(sirv(PEER_DIR, { gzip: true, brotli: true, etag: true }));
peerServer.listen(PEER_PORT, '127.0.0.1');
// The floors: each page without its script, at its own path, compressed as the site's server
// sends the page (the build's .br and .gz: sent whole, the HTML would weigh seven times as much and
// paint later on a slow network); its stylesheets, images and fonts from the build itself.
const floorPages = new Map(
	PAGES.map((path) => {
		const html = withoutScripts(
			readFileSync(`${BUILD_DIR}${path === '/' ? '/index' : path}.html`, 'utf8')
		);
		return [path, { br: brotliCompressSync(html), gzip: gzipSync(html, { level: 9 }) }];
	})
);
const buildAssets = sirv(BUILD_DIR, { gzip: true, brotli: true, etag: true });
const floorServer = createServer((req, res) => {
	const encoded = floorPages.get(req.url ?? '');
	if (encoded) {
		const accepts = String(req.headers['accept-encoding'] ?? '');
		const encoding = /\bbr\b/.test(accepts) ? 'br' : 'gzip';
		res.writeHead(200, {
			'content-type': 'text/html; charset=utf-8',
			'content-encoding': encoding,
			vary: 'accept-encoding'
		});
		res.end(encoded[encoding]);
	} else buildAssets(req, res);
});
floorServer.listen(FLOOR_PORT, '127.0.0.1');
await waitForServer(ORIGIN);
await waitForServer(PEER_ORIGIN);
await waitForServer(FLOOR_ORIGIN);

// The machine's state, in the record: on a shared machine the figures follow it.
const machine = { cpus: cpus().length, loadavgStart: loadavg() };
const started = Date.now();

/** @type {(string | number)[][]} */
const rows = [];
let failed = false;
const check = (/** @type {boolean} */ ok) => {
	if (!ok) failed = true;
	return ok ? 'ok' : 'FAIL';
};

/** @type {Record<string, { runs: Summary[], median: Summary }>} */
const lighthouseResults = {};
const chrome = await chromeLauncher.launch({
	chromePath,
	chromeFlags: ['--headless=new', ...CHROMIUM_ARGS]
});
try {
	// Pages and peer interleaved run by run, so a slow minute on the machine falls on both.
	/** @type {[string, string][]} */
	const targets = [
		...PAGES.flatMap(
			(path) =>
				/** @type {[string, string][]} */ ([
					[path, `${ORIGIN}${path}`],
					[floorOf(path), `${FLOOR_ORIGIN}${path}`]
				])
		),
		[PEER, `${PEER_ORIGIN}/`]
	];
	/** @type {Record<string, Summary[]>} */
	const runs = {};
	for (let i = 0; i < RUNS; i++) {
		for (const [name, url] of targets) {
			const result = await lighthouse(url, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error'
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
			(runs[name] ??= []).push(summarise(result.lhr, new URL(url).origin));
		}
	}
	for (const [name, list] of Object.entries(runs)) {
		lighthouseResults[name] = { runs: list, median: median(list) };
	}
} finally {
	await chrome.kill();
}

const peer = lighthouseResults[PEER];
if (!peer) throw new Error('no peer runs');
for (const path of PAGES) {
	const result = lighthouseResults[path];
	const floorPage = lighthouseResults[floorOf(path)];
	if (!result) continue;
	const { runs, median: m } = result;
	const spread = (/** @type {keyof Summary} */ key, /** @type {Summary[]} */ list = runs) => {
		const values = list.map((run) => Number(run[key]));
		return `(${fmt(Math.min(...values))}–${fmt(Math.max(...values))})`;
	};
	const ratio = (/** @type {keyof Summary} */ key) => Number(m[key]) / Number(peer.median[key]);
	/**
	 * @param {string} label
	 * @param {keyof Summary} key
	 * @param {string} unit
	 * @param {string} budget
	 * @param {boolean} ok
	 */
	const row = (label, key, unit, budget, ok) => [
		path,
		label,
		`${fmt(Number(m[key]))}${unit} ${spread(key)}`,
		floorPage ? `${fmt(Number(floorPage.median[key]))}${unit} ${spread(key, floorPage.runs)}` : '–',
		`${fmt(Number(peer.median[key]))}${unit} ${spread(key, peer.runs)}`,
		Number.isFinite(ratio(key)) ? `${ratio(key).toFixed(2)}×` : '–',
		budget,
		check(ok)
	];
	rows.push(
		row(
			'performance',
			'performance',
			'',
			`${BUDGET.performance}`,
			m.performance >= BUDGET.performance
		),
		row('accessibility', 'accessibility', '', '100', m.accessibility >= BUDGET.accessibility),
		row(
			'best practices',
			'best-practices',
			'',
			'100',
			m['best-practices'] >= BUDGET['best-practices']
		),
		row('SEO', 'seo', '', '100', m.seo >= BUDGET.seo),
		row(
			'LCP',
			'lcpMs',
			' ms',
			`≤ ${BUDGET.lcpMs} ms, ≤ ${BUDGET.lcpRatio}×`,
			m.lcpMs <= BUDGET.lcpMs && ratio('lcpMs') <= BUDGET.lcpRatio
		),
		row(
			'TBT',
			'tbtMs',
			' ms',
			`≤ ${BUDGET.tbtMs} ms, ≤ ${BUDGET.tbtRatio}×`,
			m.tbtMs <= BUDGET.tbtMs && ratio('tbtMs') <= BUDGET.tbtRatio
		),
		row('CLS', 'cls', '', `${BUDGET.cls}`, m.cls <= BUDGET.cls),
		row(
			'script before interaction (gzip)',
			'scriptKb',
			' KB',
			`≤ ${BUDGET.scriptKb} KB, ≤ ${BUDGET.scriptRatio}×`,
			m.scriptKb <= BUDGET.scriptKb && ratio('scriptKb') <= BUDGET.scriptRatio
		),
		row(
			'whole page (transfer)',
			'totalKb',
			' KB',
			`≤ ${BUDGET.totalKb} KB`,
			m.totalKb <= BUDGET.totalKb
		),
		row('other hosts', 'otherHosts', '', '0', m.otherHosts === 0)
	);
}
// The peer must not reach out either, or its figures would not be its own.
rows.push([
	PEER,
	'other hosts',
	'',
	fmt(peer.median.otherHosts),
	'',
	'0',
	check(peer.median.otherHosts === 0)
]);

/** @type {Record<string, { story: Walk[], floor: Walk[], peer: Walk[] }>} */
const walks = {};
const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
try {
	for (const viewport of VIEWPORTS) {
		const key = `${viewport.width}×${viewport.height}`;
		const story = [];
		const floor = [];
		const peerWalks = [];
		// Interleaved, as above.
		for (let i = 0; i < WALK_RUNS; i++) {
			story.push(await readerWalk(browser, `${ORIGIN}/`, viewport, 'story'));
			floor.push(await readerWalk(browser, `${FLOOR_ORIGIN}/`, viewport, 'story'));
			peerWalks.push(await readerWalk(browser, `${PEER_ORIGIN}/`, viewport, 'peer'));
		}
		walks[key] = { story, floor, peer: peerWalks };
	}
} finally {
	await browser.close();
}
for (const [key, { story, floor, peer: peerWalks }] of Object.entries(walks)) {
	const label = `/ reader, ${key}, CPU ${CPU_SLOWDOWN}×`;
	const mid = (/** @type {Walk[]} */ list, /** @type {Figure} */ k) =>
		middle(list.map((w) => w[k]));
	const spread = (/** @type {Walk[]} */ list, /** @type {Figure} */ k) =>
		`(${fmt(Math.min(...list.map((w) => w[k])))}–${fmt(Math.max(...list.map((w) => w[k])))})`;
	/**
	 * @param {string} measure
	 * @param {Figure} k
	 * @param {string} unit
	 * @param {string} budget
	 * @param {boolean | null} ok null: information only
	 */
	const row = (measure, k, unit, budget, ok) => {
		const ours = mid(story, k);
		const theirs = mid(peerWalks, k);
		return [
			label,
			measure,
			`${fmt(ours)}${unit} ${spread(story, k)}`,
			k === 'stepsSeen' ? '–' : `${fmt(mid(floor, k))}${unit} ${spread(floor, k)}`,
			`${fmt(theirs)}${unit} ${spread(peerWalks, k)}`,
			theirs > 0 ? `${(ours / theirs).toFixed(2)}×` : '–',
			budget,
			ok === null ? 'info' : check(ok)
		];
	};
	rows.push(
		row(
			'tasks > 50 ms (median of runs)',
			'longTasks',
			'',
			`${BUDGET.longTasks} in every run`,
			story.every((w) => w.longTasks <= BUDGET.longTasks)
		),
		row('longest task', 'longestTaskMs', ' ms', 'info', null),
		row('blocking (sum over 50 ms)', 'blockingMs', ' ms', 'info', null),
		row(
			'frame gap p95',
			'frameGapP95Ms',
			' ms',
			`≤ ${BUDGET.frameGapP95Ms} ms`,
			mid(story, 'frameGapP95Ms') <= BUDGET.frameGapP95Ms
		),
		row('worst frame gap', 'worstFrameGapMs', ' ms', 'info', null),
		row('frames over 20 ms', 'slowFrames', '', 'info', null),
		row('main thread busy', 'busyMs', ' ms', 'info', null),
		row(
			'steps reached (peer: slides)',
			'stepsSeen',
			'',
			'all',
			story.every((w) => w.stepsSeen === w.stepCount)
		)
	);
}

// The graphic in view on a phone; the peer has no sticky graphic to compare.
const graphic = await graphicInView();
const pc = (/** @type {number} */ share) => `${Math.round(share * 100)} %`;
for (const [key, f] of Object.entries(graphic)) {
	const label = `/ graphic in view, ${key}`;
	rows.push(
		[
			label,
			'≥ 50 % of the map visible (median)',
			`${pc(f.mapShown)} (${pc(f.mapMedian)})`,
			'–',
			'–',
			`≥ ${pc(TARGETS.mapShown)}`,
			check(f.mapShown >= TARGETS.mapShown)
		],
		[
			label,
			'≥ 50 % of the timeline visible (median)',
			`${pc(f.timelineShown)} (${pc(f.timelineMedian)})`,
			'–',
			'–',
			`≥ ${pc(TARGETS.timelineShown)}`,
			check(f.timelineShown >= TARGETS.timelineShown)
		],
		[
			label,
			"a beat's text with ≥ 50 % of the map",
			pc(f.textWithMap),
			'–',
			'–',
			`≥ ${pc(TARGETS.textWithMap)}`,
			check(f.textWithMap >= TARGETS.textWithMap)
		],
		[
			label,
			`map on the beat's places at ${LANDING_MS} ms`,
			`${f.beatsOnView} of ${f.landings.length}`,
			'–',
			'–',
			'every beat',
			check(f.beatsOnView === f.landings.length)
		]
	);
}

printTable(rows);
for (const [key, { story }] of Object.entries(walks)) {
	// Whether the walk's figures are of a page that moved or of one that stopped its motion.
	console.log(
		`Motion, ${key}: the page stopped animating its step changes (a device that lags) in ${story.filter((walk) => walk.motionStopped).length} of ${story.length} walks`
	);
	// When the walk's long tasks fell, to tell the first interaction's from a step change's.
	story.forEach((walk, i) => {
		if (walk.longTaskTimes.length)
			console.log(
				`Long tasks, ${key}, walk ${i + 1}: ${walk.longTaskTimes.map((t) => `${t.ms} ms at ${t.atMs} ms`).join(', ')}`
			);
	});
}
// The floor's long tasks are the machine's: with any, this run cannot tell the page's from them.
const floorTasks = Object.values(walks).flatMap(({ floor }) => floor.map((walk) => walk.longTasks));
const quiet = floorTasks.every((count) => count === 0);
console.log(
	quiet
		? 'Quiet machine: the page without script had no task over 50 ms in any walk.'
		: `Busy machine: the page without script had ${floorTasks.join(', ')} tasks over 50 ms in its walks. The walk figures of this run are the machine's as much as the page's: run it again when the machine is quiet.`
);
const record = {
	date: new Date(started).toISOString(),
	durationS: Math.round((Date.now() - started) / 1000),
	build: BUILD_DIR,
	commit: spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim(),
	machine: { ...machine, loadavgEnd: loadavg(), quiet },
	settings: {
		lighthouse: 'mobile defaults',
		runs: RUNS,
		walkRuns: WALK_RUNS,
		cpuSlowdown: CPU_SLOWDOWN,
		wheel: `${WHEEL_PX} px every ${WHEEL_EVERY_MS} ms`
	},
	budget: BUDGET,
	lighthouse: lighthouseResults,
	walks,
	graphic,
	failed
};
mkdirSync('bench-results', { recursive: true });
const out = `bench-results/bench-${started}.json`;
writeFileSync(out, JSON.stringify(record, null, 2));
console.log(
	`\nRecord: ${out} (load average ${machine.loadavgStart.map((n) => n.toFixed(1)).join(' ')} at start, on ${machine.cpus} cores)`
);
peerServer.close();
floorServer.close();
process.exit(failed ? 1 : 0);

/** @typedef {ReturnType<typeof summarise>} Summary */
/** @typedef {import('./reader-scroll.js').Walk} Walk */
/** @typedef {Exclude<keyof Walk, 'longTaskTimes' | 'motionStopped'>} Figure a walk's figures (numbers) */

/**
 * @param {any} lhr Lighthouse's result: read loosely, its audit details are a wide union.
 * @param {string} origin the page's own origin; anything else counts as another host
 */
function summarise(lhr, origin) {
	const audit = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? NaN;
	const items = lhr.audits['resource-summary']?.details?.items ?? [];
	const transfer = (/** @type {string} */ type) =>
		(items.find((/** @type {any} */ item) => item.resourceType === type)?.transferSize ?? 0) / 1024;
	const requests = lhr.audits['network-requests']?.details?.items ?? [];
	const otherHosts = requests.filter(
		(/** @type {any} */ r) => !r.url.startsWith(origin) && !r.url.startsWith('data:')
	).length;
	const score = (/** @type {string} */ id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		'best-practices': score('best-practices'),
		seo: score('seo'),
		lcpMs: audit('largest-contentful-paint'),
		tbtMs: audit('total-blocking-time'),
		cls: audit('cumulative-layout-shift'),
		scriptKb: transfer('script'),
		totalKb: transfer('total'),
		otherHosts
	};
}

/** @param {number[]} values */
function middle(values) {
	return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

/**
 * @param {Summary[]} runs
 * @returns {Summary}
 */
function median(runs) {
	const keys = /** @type {(keyof Summary)[]} */ (Object.keys(runs[0] ?? {}));
	return /** @type {Summary} */ (
		Object.fromEntries(keys.map((key) => [key, middle(runs.map((run) => Number(run[key])))]))
	);
}

/** @param {number} n */
function fmt(n) {
	if (!Number.isFinite(n)) return '–';
	if (Number.isInteger(n)) return String(n);
	return Math.abs(n) >= 10 ? String(Math.round(n)) : n.toFixed(n < 1 ? 3 : 1);
}

/**
 * scripts/graphic-visibility.js at each phone size, once (it measures layout, not speed).
 * @returns {Promise<Record<string, import('./graphic-visibility.js').Figures>>}
 */
async function graphicInView() {
	const data = (/** @type {string} */ name) =>
		JSON.parse(readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8'));
	/** @type {Map<string, string[]>} */
	const via = new Map(data('routes.json').routes.map((/** @type {any} */ r) => [r.id, r.via]));
	// A beat's places: its own map keys over its step's, and its routes' stops.
	/** @type {Map<string, string[]>} */
	const placesOf = new Map(
		data('story.json').steps.flatMap((/** @type {any} */ step) =>
			step.beats.map((/** @type {any} */ beat, /** @type {number} */ i) => {
				const map = { ...step.map, ...beat.map };
				const stops = map.routes.flatMap((/** @type {string} */ id) => via.get(id) ?? []);
				return [`${step.id}:${i + 1}`, [...new Set([...map.places, ...stops])]];
			})
		)
	);
	/** @type {Record<string, import('./graphic-visibility.js').Figures>} */
	const found = {};
	const browser = await chromium.launch({ executablePath: chromePath, args: CHROMIUM_ARGS });
	try {
		for (const viewport of VIEWPORTS) {
			const page = await browser.newPage({ viewport, isMobile: true, hasTouch: true });
			await page.goto(`${ORIGIN}/`);
			// Leaflet loads on the reader's first interaction: a key that moves nothing.
			for (let i = 0; i < 100 && !(await page.$('[data-map][data-center]')); i++) {
				await page.keyboard.press('Shift');
				await sleep(200);
			}
			const { figures } = await scrollThroughGraphic(page, {
				settle: mapLanded,
				placesOf: (key) => placesOf.get(key) ?? []
			});
			found[`${viewport.width}×${viewport.height}`] = figures;
			await page.close();
		}
	} finally {
		await browser.close();
	}
	return found;
}

/**
 * Until the map's view, panes and markers hold still for ten frames (a flight has landed).
 * @param {import('playwright-core').Page} page
 */
async function mapLanded(page) {
	await page.waitForFunction(
		() =>
			new Promise((resolve) => {
				const snapshot = () =>
					[...document.querySelectorAll('[data-map], .leaflet-map-pane, .leaflet-marker-icon')]
						.map(
							(el) =>
								`${el.getAttribute('data-center')}${el.getAttribute('data-zoom')}${el.getAttribute('style')}`
						)
						.join(';');
				const first = snapshot();
				let frames = 0;
				const check = () => {
					if (snapshot() !== first) return resolve(false);
					if (++frames >= 10) return resolve(true);
					requestAnimationFrame(check);
				};
				requestAnimationFrame(check);
			}),
		undefined,
		{ timeout: 10_000, polling: 100 }
	);
}

/** @param {string} origin */
async function waitForServer(origin) {
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`${origin}/`)).ok) return;
		} catch {
			// not up yet
		}
		await sleep(100);
	}
	throw new Error(`Nothing answers on ${origin}`);
}

/** @param {(string | number)[][]} table */
function printTable(table) {
	const header = [
		'page',
		'measure',
		'ours: median (min–max)',
		'same page, no script',
		`${PEER}`,
		'ratio',
		'budget',
		'result'
	];
	// Rows without a floor column (the page-wide ones) get a dash in it.
	const all = [
		header,
		...table.map((row) =>
			(row.length === header.length ? row : [...row.slice(0, 3), '–', ...row.slice(3)]).map(String)
		)
	];
	const widths = header.map((_, i) => Math.max(...all.map((row) => (row[i] ?? '').length)));
	const line = (/** @type {string[]} */ row) =>
		`| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
	console.log(line(header));
	console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
	for (const row of all.slice(1)) console.log(line(row));
}
