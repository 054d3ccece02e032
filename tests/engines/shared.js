// What both engines' tests share: the story's beats from the data (not from the page under test),
// the in-page probes (plain functions, so puppeteer's evaluate and WebDriver's executeScript run
// the same code), and waiting on a condition.
import { readFileSync } from 'node:fs';
import { parse } from 'jsonc-parser';

/** The site and the host page (another origin); an engine's tests may put the site behind a proxy. */
export const origins = {
	site: process.env.ENGINES_SITE_URL ?? 'http://127.0.0.1:4173',
	host: process.env.ENGINES_HOST_URL ?? 'http://127.0.0.1:4174'
};

/** @type {{ steps: { id: string, title: string, beats: unknown[] }[] }} */
const story = parse(readFileSync(new URL('../../data/story.json', import.meta.url), 'utf8'));

/** Every beat in reading order, with the DOM contract's key and its canonical address. */
export const BEATS = story.steps.flatMap((step, i) =>
	step.beats.map((_, j) => ({
		key: `${step.id}:${j + 1}`,
		hash: j === 0 ? `#paso-${i + 1}` : `#paso-${i + 1}.${j + 1}`,
		step: step.id,
		title: step.title
	}))
);
export const beatAt = (/** @type {string} */ hash) => {
	const beat = BEATS.find((b) => b.hash === hash);
	if (!beat) throw new Error(`no beat at ${hash}`);
	return beat;
};

export const WIDTHS = /** @type {const} */ ([
	{ name: 'phone', width: 390, height: 844 },
	{ name: 'desktop', width: 1280, height: 800 }
]);

/**
 * Polls `probe` until `accept` says yes; on timeout throws with the last value seen, so a failure
 * says what the page was doing instead of "timed out".
 * @template T
 * @param {() => Promise<T>} probe
 * @param {(value: T) => boolean} accept
 * @param {{ timeout?: number, interval?: number, what: string }} options
 * @returns {Promise<T>}
 */
export async function until(probe, accept, { timeout = 10_000, interval = 100, what }) {
	const deadline = Date.now() + timeout;
	/** @type {T | undefined} */
	let last;
	/** @type {unknown} */
	let error;
	for (;;) {
		try {
			last = await probe();
			error = undefined;
			if (accept(last)) return last;
		} catch (e) {
			error = e;
		}
		if (Date.now() > deadline)
			throw new Error(
				`${what}: not reached in ${timeout} ms; last seen ${JSON.stringify(last)}${error ? ` (${error})` : ''}`
			);
		await new Promise((resolve) => setTimeout(resolve, interval));
	}
}

// ---------------------------------------------------------------------------------------------
// In-page probes. They run in the page, so they must not close over anything.

/**
 * Where a story beat is against the scrollama trigger line, and what the page says about it.
 * @param {string} key
 */
export function storyProbe(key) {
	const beat = document.querySelector(`.scrolly [data-beat="${key}"]`);
	const graphic = document.querySelector('[data-graphic]');
	const box = beat ? beat.getBoundingClientRect() : null;
	// The same rule as ScrollStory's offset(): the middle from 1024 px, 45 % on a landscape phone,
	// 14 rem above the bottom of a phone held upright.
	const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
	const share = window.matchMedia('(min-width: 1024px)').matches
		? 0.5
		: window.matchMedia('(orientation: landscape) and (max-height: 500px)').matches
			? 0.45
			: Math.min(0.9, Math.max(0.5, 1 - (14 * rem) / window.innerHeight));
	const trigger = window.innerHeight * share;
	return {
		found: !!beat,
		top: box ? box.top : 0,
		height: box ? box.height : 0,
		left: box ? box.left + box.width / 2 : 0,
		trigger,
		scrollY: window.scrollY,
		innerWidth: window.innerWidth,
		innerHeight: window.innerHeight,
		current: graphic ? graphic.getAttribute('data-current-beat') : null,
		active: beat ? beat.getAttribute('data-active') : null,
		hash: location.hash
	};
}

/** The scrolly's beats in DOM order (the print handout's are outside `.scrolly`). */
export function storyBeatKeys() {
	return [...document.querySelectorAll('.scrolly [data-beat]')].map((b) =>
		b.getAttribute('data-beat')
	);
}

/** What the slides show. */
export function slideProbe() {
	const active = document.querySelector('.slide [data-beat][data-active="true"]');
	const title = document.querySelector('.slides h1');
	return {
		hash: location.hash,
		beat: active ? active.getAttribute('data-beat') : null,
		title: title ? (title.textContent || '').trim() : null,
		blank: !!document.querySelector('[data-blank]')
	};
}

/** The no-JS story: every step's beats with text, and each step's static map image loaded. */
export function noJsProbe() {
	const steps = [...document.querySelectorAll('.scrolly [data-step]')];
	return {
		steps: steps.map((step) => {
			const img = /** @type {HTMLImageElement | null} */ (
				step.querySelector('img[data-static-map-image]')
			);
			return {
				id: step.getAttribute('data-step'),
				beats: [...step.querySelectorAll('[data-beat]')].map((b) =>
					(b.textContent || '').trim().length > 20 ? 'text' : 'empty'
				),
				image: img
					? {
							complete: img.complete,
							width: img.naturalWidth,
							shown: img.getBoundingClientRect().width > 0
						}
					: null
			};
		}),
		imagesOutsideSteps: document.querySelectorAll('img[data-static-map-image]').length
	};
}

/** The embed document's own height, seen from inside the iframe. */
export function embedProbe() {
	const html = document.documentElement;
	const graphic = document.querySelector('[data-graphic]');
	return {
		doc: html.getBoundingClientRect().height,
		content: document.body.getBoundingClientRect().bottom + window.scrollY,
		scrollHeight: html.scrollHeight,
		clientHeight: html.clientHeight,
		beat: graphic ? graphic.getAttribute('data-current-beat') : null
	};
}

/** The iframe's height on the host page. */
export function hostIframeProbe() {
	const iframe = document.querySelector('#slot iframe');
	return {
		ready:
			/** @type {{ snippetReady?: boolean }} */ (/** @type {unknown} */ (window)).snippetReady ===
			true,
		height: iframe ? iframe.getBoundingClientRect().height : 0,
		src: iframe ? iframe.getAttribute('src') : null
	};
}

export function scrollHostToIframe() {
	const iframe = document.querySelector('#slot iframe');
	if (iframe) window.scrollTo(0, iframe.getBoundingClientRect().top + window.scrollY - 40);
}

/** Fetches an address the offline cache never saw: with the network cut it must fail. */
export async function uncachedProbe() {
	try {
		const response = await fetch(`/nunca-cacheado-${Date.now()}.txt`);
		return `status ${response.status}`;
	} catch {
		return 'network error';
	}
}

export async function serviceWorkerProbe() {
	if (!('serviceWorker' in navigator)) return 'unsupported';
	const all = await navigator.serviceWorker.getRegistrations();
	return navigator.serviceWorker.controller ? 'controlled' : `registrations ${all.length}`;
}

// ---------------------------------------------------------------------------------------------
// The embed codes, as src/lib/embed/snippets.ts writes them (that file is TypeScript; these tests
// run in plain Node). embeds.test.ts checks the real ones in Chromium.

/** @param {'pym' | 'iframe'} kind */
export function historiaSnippet(kind, base = origins.site) {
	const title = 'La historia paso a paso · Moscú–Pionyang';
	if (kind === 'pym')
		return [
			`<div id="moscu-pionyang-historia"></div>`,
			`<script src="${base}/pym.v1.min.js"></script>`,
			`<script>new pym.Parent("moscu-pionyang-historia", "${base}/embed/historia", { title: ${JSON.stringify(title)} });</script>`
		].join('\n');
	return [
		`<iframe src="${base}/embed/historia" title="${title}" width="100%" height="600" scrolling="no" loading="lazy" style="border:0;width:100%;display:block"></iframe>`,
		`<script>(function (frame) {`,
		`  window.addEventListener('message', function (event) {`,
		`    var data = event.data;`,
		`    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;`,
		`    frame.style.height = Math.ceil(data.height) + 'px';`,
		`  });`,
		`})(document.currentScript.previousElementSibling);</script>`
	].join('\n');
}

/** @param {string} snippet @param {number} width */
export const hostUrl = (snippet, width = 600) =>
	`${origins.host}/?width=${width}&snippet=${encodeURIComponent(snippet)}`;
