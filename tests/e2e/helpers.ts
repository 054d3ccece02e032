// Shared end-to-end helpers: a `test` whose every page is watched for console errors and
// warnings, uncaught exceptions and requests to any host but the site's own, with the
// `expectCleanPage()` fixture that each test calls at its end; plus the project's data files and
// the date formats the pages must show, written here independently of src/.
//
// One run tests one edition: E2E_EDITION=en makes the same tests read the English copy, visit
// /en/… (`at()`), and expect English dates and interface strings (`t`, the edition's dictionary).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
	test as base,
	expect,
	type ConsoleMessage,
	type Frame,
	type Locator,
	type Page
} from '@playwright/test';
import { applyOverlay } from '../../src/lib/data/overlay';
import type { DataFileName } from '../../src/lib/data/validate';
import { en } from '../../src/lib/i18n/en';
import { enPages } from '../../src/lib/i18n/en-pages';
import { es } from '../../src/lib/i18n/es';
import { esPages } from '../../src/lib/i18n/es-pages';

export type Edition = 'es' | 'en';
export const edition: Edition = process.env.E2E_EDITION === 'en' ? 'en' : 'es';
/** The edition's interface strings, as its pages show them. */
export const t = edition === 'en' ? en : es;
/** The strings of the pages that show them alone (/presentar, /insertar). */
export const pageStrings = edition === 'en' ? enPages : esPages;
/** Where the edition lives: '' or '/en'. */
export const prefix = edition === 'en' ? '/en' : '';
/** A page of the edition under test: at('/datos') is /datos or /en/datos; at('/') is / or /en/. */
export const at = (path: string) =>
	edition === 'es' || path !== '/' ? `${prefix}${path}` : '/en/';
/** The word of step anchors: #paso-4.2, #step-4.2. */
export const stepWord = edition === 'en' ? 'step' : 'paso';
/** A step's or beat's address: anchor(4) is #paso-4, anchor(4, 2) #paso-4.2 (#step-… in English). */
export const anchor = (step: number | string, beat?: number | string) =>
	`#${stepWord}-${step}${beat === undefined ? '' : `.${beat}`}`;

export { expect };

export interface CleanPageOptions {
	/** Console messages (errors or warnings) to tolerate, e.g. the load of a page that is a 404. */
	ignoreConsole?: (message: ConsoleMessage) => boolean;
	/** Set true to tolerate console warnings (errors still fail). */
	allowWarnings?: boolean;
	/** Requests to another host to tolerate, e.g. a variant build served on a port of its own. */
	ignoreRequest?: (url: string) => boolean;
}

export interface PageWatch {
	console: ConsoleMessage[];
	pageErrors: Error[];
	/** URLs of requests that left the site's own origin. */
	foreignRequests: string[];
	/** Whether the test checked the page itself (with its own options). */
	checked: boolean;
}

/** Hosts a page may talk to: the site's own (127.0.0.1:<port> from baseURL, or localhost). */
function ownHosts(baseURL: string | undefined): Set<string> {
	const url = new URL(baseURL ?? 'http://127.0.0.1:4173');
	const port = url.port || (url.protocol === 'https:' ? '443' : '80');
	return new Set([`127.0.0.1:${port}`, `localhost:${port}`, url.host]);
}

/** True for a URL that goes over the network to another host (data:, blob: and about: stay local). */
export function isForeign(url: string, hosts: Set<string>): boolean {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return true;
	}
	if (['data:', 'blob:', 'about:'].includes(parsed.protocol)) return false;
	return !hosts.has(parsed.host);
}

function describeMessage(message: ConsoleMessage): string {
	const where = message.location().url;
	return `[${message.type()}] ${message.text()}${where ? ` (${where})` : ''}`;
}

/** The console, page errors and foreign requests a page gathered, held to the options. */
function expectClean(watch: PageWatch, options: CleanPageOptions) {
	const messages = watch.console.filter(
		(message) =>
			(message.type() === 'error' || !options.allowWarnings) && !options.ignoreConsole?.(message)
	);
	expect.soft(messages.map(describeMessage), 'console errors and warnings').toEqual([]);
	expect
		.soft(
			watch.pageErrors.map((error) => error.stack ?? error.message),
			'uncaught page errors'
		)
		.toEqual([]);
	expect
		.soft(
			watch.foreignRequests.filter((url) => !options.ignoreRequest?.(url)),
			'requests to another host'
		)
		.toEqual([]);
}

export const test = base.extend<{
	/** What the teardown's check tolerates in a whole file (test.use), e.g. its own servers. */
	cleanPage: CleanPageOptions;
	watch: PageWatch;
	expectCleanPage: (options?: CleanPageOptions) => Promise<void>;
}>({
	cleanPage: [{}, { option: true }],
	// Every test's page is watched, and checked when the test ends (the fixture's teardown), with
	// the default options unless the test called expectCleanPage() with its own: no test can
	// forget the check.
	watch: [
		async ({ page, baseURL, cleanPage }, use) => {
			const hosts = ownHosts(baseURL);
			const watch: PageWatch = {
				console: [],
				pageErrors: [],
				foreignRequests: [],
				checked: false
			};
			page.on('console', (message) => {
				if (message.type() === 'error' || message.type() === 'warning') watch.console.push(message);
			});
			page.on('pageerror', (error) => watch.pageErrors.push(error));
			// On the context: also catches requests from iframes and workers of this page.
			page.context().on('request', (request) => {
				if (isForeign(request.url(), hosts)) watch.foreignRequests.push(request.url());
			});
			await use(watch);
			if (!watch.checked) expectClean(watch, cleanPage);
		},
		{ auto: true }
	],
	expectCleanPage: async ({ watch }, use) => {
		await use(async (options = {}) => {
			watch.checked = true;
			expectClean(watch, options);
		});
	}
});

// ---------------------------------------------------------------------------------------------
// Data files, read straight from data/ (the tests compare the pages with them).

const readData = (path: string) =>
	JSON.parse(readFileSync(fileURLToPath(new URL(`../../data/${path}`, import.meta.url)), 'utf8'));
const languages = new Map<string, string>(
	(readData('sources.json') as { sources: { id: string; language: string }[] }).sources.map(
		(source) => [source.id, source.language]
	)
);
/** A data file as the edition shows it: in English, with data/en's copy over the Spanish file. */
function dataFile(name: DataFileName) {
	const original = readData(name);
	if (edition === 'es') return original;
	const { merged, errors } = applyOverlay(name, original, readData(`en/${name}`), {
		locale: edition,
		languages,
		where: `data/en/${name}`
	});
	if (!merged) throw new Error(errors.join('\n'));
	return merged;
}

export interface MapViewRecord {
	places: string[];
	routes: string[];
	countries: string[];
}
export interface BeatRecord {
	text: string;
	events: string[];
	map?: Partial<MapViewRecord>;
	period?: { start: string; end: string };
	description?: string;
}
export interface StoryStep {
	id: string;
	kicker?: string;
	title: string;
	summary: string;
	description: string;
	period: { start: string; end: string };
	map: MapViewRecord;
	beats: BeatRecord[];
}
export interface EventRecord {
	id: string;
	date: string;
	endDate?: string;
	title: string;
	summary: string;
	location: string;
	place?: string;
	kind: string;
	status: 'confirmado' | 'informado' | 'atribuido';
	claimedBy?: string;
	reportedBy?: string;
	confirmedBy?: string;
	deniedBy?: string;
	declinedBy?: string;
	revisado: string;
	sources: { source: string; quote?: string }[];
}
export interface PlaceRecord {
	id: string;
	name: string;
	lat: number;
	lon: number;
}
export interface SourceRecord {
	id: string;
	title: string;
	outlet: string;
	url?: string;
}
export interface RouteRecord {
	id: string;
	via: string[];
}

export const story = dataFile('story.json') as {
	meta: { headline: string; description: string };
	steps: StoryStep[];
};
export const steps = story.steps;

/** A beat as the reader meets it: what it leaves unset taken from its step (as the data module does). */
export interface StoryBeat {
	step: StoryStep;
	/** 1-based step number. */
	stepNumber: number;
	/** 1-based within its step. */
	number: number;
	/** The DOM contract's key: `<step id>:<n>`. */
	key: string;
	/** Its canonical address: `#paso-N` for a first beat, else `#paso-N.M` (#step-… in English). */
	hash: string;
	text: string;
	events: string[];
	map: MapViewRecord;
	period: { start: string; end: string };
	description: string;
}
/** Every beat of the story in reading order. */
export const beats: StoryBeat[] = steps.flatMap((step, i) =>
	step.beats.map((beat, j) => ({
		step,
		stepNumber: i + 1,
		number: j + 1,
		key: `${step.id}:${j + 1}`,
		hash: j === 0 ? anchor(i + 1) : anchor(i + 1, j + 1),
		text: beat.text,
		events: beat.events,
		map: { ...step.map, ...beat.map },
		period: beat.period ?? step.period,
		description: beat.description ?? step.description
	}))
);
/** A step's first beat. */
export const firstBeatOf = (stepNumber: number) =>
	beats.find((beat) => beat.stepNumber === stepNumber)!;
export const events = (dataFile('events.json') as { events: EventRecord[] }).events;
export const places = (dataFile('places.json') as { places: PlaceRecord[] }).places;
export const routes = (dataFile('routes.json') as { routes: RouteRecord[] }).routes;
export const sources = (dataFile('sources.json') as { sources: SourceRecord[] }).sources;
export const sourceById = new Map(sources.map((source) => [source.id, source]));
export const eventById = new Map(events.map((event) => [event.id, event]));
export const placeById = new Map(places.map((place) => [place.id, place]));
export const routeById = new Map(routes.map((route) => [route.id, route]));

/** Every place a map view shows a marker for: its own places and its routes' stops. */
export function placesShownAt(step: { map: MapViewRecord }): Set<string> {
	return new Set([
		...step.map.places,
		...step.map.routes.flatMap((id) => routeById.get(id)?.via ?? [])
	]);
}

/** What decides a map view: the places and routes it fits. */
export function viewKey(step: { map: MapViewRecord }): string {
	return [[...placesShownAt(step)].sort().join(','), [...step.map.routes].sort().join(',')].join(
		'|'
	);
}

// ---------------------------------------------------------------------------------------------
// Dates the newsroom's way. Spanish: «19 de junio de 2024», «octubre de 2024», «27 y 28 de febrero
// de 2019», «30 de septiembre de 2023 al 2 de octubre de 2023». English: "June 19, 2024",
// "October 2024", "February 27–28, 2019", "September 30, 2023 – October 2, 2023".

const MONTHS = {
	es: 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
	en: 'January February March April May June July August September October November December'
}[edition].split(' ');

/** "2024-06-19" → «19 de junio de 2024» (June 19, 2024); "2024-10" → «octubre de 2024». */
export function dateText(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number) as [number, number, number | undefined];
	const monthName = MONTHS[month - 1]!;
	if (edition === 'en')
		return day === undefined ? `${monthName} ${year}` : `${monthName} ${day}, ${year}`;
	return day === undefined ? `${monthName} de ${year}` : `${day} de ${monthName} de ${year}`;
}

/** An event's date or span as the lists and tables write it. */
export function spanText(event: Pick<EventRecord, 'date' | 'endDate'>): string {
	const { date, endDate } = event;
	if (!endDate || endDate === date) return dateText(date);
	const bothDays = date.length === 10 && endDate.length === 10;
	if (bothDays && date.slice(0, 7) === endDate.slice(0, 7)) {
		return edition === 'en'
			? `${MONTHS[Number(date.slice(5, 7)) - 1]} ${Number(date.slice(8))}–${Number(endDate.slice(8))}, ${date.slice(0, 4)}`
			: `${Number(date.slice(8))} y ${dateText(endDate)}`;
	}
	return edition === 'en'
		? `${dateText(date)} – ${dateText(endDate)}`
		: `${dateText(date)} al ${dateText(endDate)}`;
}

/** "YYYY-MM-DD" of an event's start, a month date pinned to its first day. */
export const dayOf = (iso: string) => (iso.length === 7 ? `${iso}-01` : iso);

/** The status lines the newsroom shows: who confirmed, reported or claims it, who denies or declines. */
export function statusLines(event: EventRecord): string[] {
	const claimed = event.claimedBy ?? '';
	if (edition === 'en') {
		const lines = [
			{
				confirmado: `Confirmed by ${event.confirmedBy}`,
				informado: `Reported by ${event.reportedBy}`,
				atribuido: `Attributed to ${claimed}`
			}[event.status]
		];
		if (event.deniedBy) lines.push(`Denied by ${event.deniedBy}`);
		if (event.declinedBy) lines.push(`Neither confirmed nor denied by ${event.declinedBy}`);
		return lines;
	}
	const first = {
		confirmado: `Confirmado por ${event.confirmedBy}`,
		informado: `Informado por ${event.reportedBy}`,
		atribuido: `Atribuido ${claimed.startsWith('el ') ? `al ${claimed.slice(3)}` : `a ${claimed}`}`
	}[event.status];
	const lines = [first];
	if (event.deniedBy) lines.push(`Negado por ${event.deniedBy}`);
	if (event.declinedBy) lines.push(`Ni confirmado ni negado por ${event.declinedBy}`);
	return lines;
}

/** The mark each level draws, in the downloads: filled, half, ring. */
export const STATUS_SYMBOLS = { confirmado: '●', informado: '◐', atribuido: '○' } as const;

/** Collapses runs of whitespace, as innerText comparisons need. */
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Markdown-ish inline copy (*italics*, [links](#x)) reduced to the text a reader sees. */
export function plainCopy(text: string): string {
	return squash(text.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1').replace(/\*([^*]+)\*/g, '$1'));
}

/**
 * Makes Leaflet load, as a reader's first scroll, pointer or key does (the static map stands in
 * until then), and waits until it has drawn: the map container carries a centre. A Shift press is
 * an interaction that moves nothing; it is repeated because a press before hydration reaches no
 * listener.
 */
export async function waitForLeaflet(page: Page) {
	const map = page.locator('[data-map][data-center]');
	await expect(async () => {
		await page.keyboard.press('Shift');
		await expect(map).toHaveCount(1, { timeout: 1_500 });
	}).toPass({ timeout: 20_000 });
}

/**
 * Waits until something that animates keeps the same state for several animation frames:
 * - `map`: every Leaflet map (none is fine) keeps its centre and zoom attributes and the position
 *   of its panes, overlay and markers. Mid-flight only the markers and overlay move (data-zoom
 *   changes at moveend), and a move may fire moveend more than once, so the first change of
 *   data-center is not yet the view;
 * - `timeline`: the marks stay where they are drawn, and the ticks and labels are back (the marks
 *   glide to a new period between steps);
 * - `scroll`: the page's scroll position holds (keyboard scrolling is animated).
 */
async function waitForStill(root: Page | Frame, what: 'map' | 'timeline' | 'scroll') {
	await expect
		.poll(
			() =>
				root.evaluate(
					(what) =>
						new Promise<boolean>((resolve) => {
							const snapshot = () => {
								if (what === 'scroll') return String(scrollY);
								if (what === 'timeline')
									return [
										...document.querySelectorAll('svg[data-timeline] [data-event]'),
										...document.querySelectorAll('svg[data-timeline] .gliding')
									]
										.map((mark) => getComputedStyle(mark).transform)
										.join(',');
								return [
									...document.querySelectorAll<HTMLElement | SVGElement>(
										'[data-map], .leaflet-map-pane, .leaflet-overlay-pane svg, .leaflet-basemap-pane svg, .leaflet-marker-icon'
									)
								]
									.map(
										(element) =>
											`${element.dataset.center}${element.dataset.zoom}${element.style.transform}${element.getAttribute('viewBox')}`
									)
									.join(';');
							};
							const first = snapshot();
							let frames = 0;
							const check = () => {
								if (snapshot() !== first) return resolve(false);
								if (++frames >= 10) return resolve(true);
								requestAnimationFrame(check);
							};
							requestAnimationFrame(check);
						}),
					what
				),
			{ message: `the ${what} stands still`, timeout: 10_000, intervals: [50, 100, 200] }
		)
		.toBe(true);
}

export const waitForMapToSettle = (root: Page | Frame) => waitForStill(root, 'map');
export const waitForTimelineToSettle = (root: Page | Frame) => waitForStill(root, 'timeline');
export const waitForScrollToSettle = (page: Page) => waitForStill(page, 'scroll');

/** The map's centre as numbers. */
export async function mapCenter(page: Page): Promise<[number, number]> {
	const value = await page.locator('[data-map]').getAttribute('data-center');
	const [lat, lon] = (value ?? '').split(',').map(Number);
	return [lat!, lon!];
}

/** Screenshots a QR code element and decodes it, as a phone held up to the screen would. */
export async function decodeQr(qr: Locator): Promise<string | undefined> {
	const png = PNG.sync.read(await qr.screenshot());
	const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
	return code?.data;
}
