// The cross-engine tests, written once against a small driver interface that firefox.test.js
// (puppeteer over WebDriver BiDi) and webkit.test.js (W3C WebDriver) each implement.
import assert from 'node:assert/strict';
import {
	BEATS,
	origins,
	beatAt,
	embedProbe,
	historiaSnippet,
	hostIframeProbe,
	hostUrl,
	noJsProbe,
	scrollHostToIframe,
	serviceWorkerProbe,
	slideProbe,
	storyBeatKeys,
	storyProbe,
	uncachedProbe,
	until
} from './shared.js';

/**
 * @typedef {object} Driver
 * @property {(width: number, height: number) => Promise<void>} setSize  the viewport's size
 * @property {(url: string) => Promise<void>} goto
 * @property {() => Promise<void>} reload
 * @property {<T>(fn: (...args: any[]) => T, ...args: unknown[]) => Promise<Awaited<T>>} evaluate
 * @property {<T>(fn: (...args: any[]) => T) => Promise<Awaited<T>>} frameEvaluate  in `#slot iframe`
 * @property {(text: string) => Promise<void>} frameClickButton  a button inside `#slot iframe`
 * @property {(x: number, y: number, deltaY: number) => Promise<void>} wheel
 * @property {(key: 'PageDown' | 'Home' | 'End' | 'ArrowRight' | 'b') => Promise<void>} press
 */

const LAST = BEATS.at(-1);
assert.ok(LAST);

/** Waits until the page has stopped scrolling (smooth scrolling may still be gliding). */
async function settle(/** @type {Driver} */ d) {
	let previous = NaN;
	let same = 0;
	await until(
		async () => {
			const y = await d.evaluate(() => window.scrollY);
			same = y === previous ? same + 1 : 0;
			previous = y;
			return same;
		},
		(n) => n >= 2,
		{ what: 'the scroll settles', timeout: 5_000, interval: 60 }
	);
}

/**
 * Scrolls with the wheel until the beat's top is just above the trigger line, and waits until the
 * graphic, the beat and the address all say that beat.
 * @param {Driver} d
 * @param {(typeof BEATS)[number]} beat
 */
async function scrollBeatIntoSync(d, beat) {
	const deadline = Date.now() + 20_000;
	for (;;) {
		const p = await d.evaluate(storyProbe, beat.key);
		assert.ok(p.found, `${beat.key} is in the scrolly`);
		if (p.current === beat.key && p.active === 'true' && p.hash === beat.hash) return;
		if (Date.now() > deadline)
			assert.fail(
				`${beat.key}: graphic says ${p.current}, beat data-active=${p.active}, hash ${p.hash} (want ${beat.hash}); beat top ${Math.round(p.top)} px, trigger ${Math.round(p.trigger)} px, viewport ${p.innerWidth}×${p.innerHeight}`
			);
		// Just past the line (not on it), so rounding cannot leave it on the previous beat.
		const delta = p.top - (p.trigger - Math.min(40, p.height / 2));
		if (Math.abs(delta) > 6) {
			const x = Math.max(10, Math.min(p.innerWidth - 10, p.left));
			await d.wheel(x, Math.round(p.trigger), Math.round(delta));
			await settle(d);
		} else {
			// In place: the address follows in a task after the graphic.
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
}

/** @param {Driver} d @param {{ width: number, height: number }} size */
export async function storySyncedAtEveryBeat(d, size) {
	await d.setSize(size.width, size.height);
	await d.goto(`${origins.site}/`);
	assert.deepEqual(
		await d.evaluate(storyBeatKeys),
		BEATS.map((b) => b.key),
		'the scrolly holds every beat in reading order'
	);
	for (const beat of BEATS) await scrollBeatIntoSync(d, beat);
}

/** @param {Driver} d @param {(typeof BEATS)[number]} beat @param {string} how */
const expectSlide = (d, beat, how) =>
	until(
		() => d.evaluate(slideProbe),
		(p) => p.hash === beat.hash && p.beat === beat.key && p.title === beat.title && !p.blank,
		{ what: `slides ${how}: ${beat.hash} ${beat.key}` }
	);

/** @param {Driver} d */
export async function slidesKeysAndHash(d) {
	await d.setSize(1280, 800);
	await d.goto(`${origins.site}/presentar`);
	// The prerendered slides look ready before the app listens: End is idempotent, so press it
	// until the app has heard it.
	assert.ok(LAST);
	await until(
		async () => {
			await d.press('End');
			return d.evaluate(slideProbe);
		},
		(p) => p.hash === LAST.hash && p.beat === LAST.key,
		{ what: 'End once the app has started', timeout: 20_000, interval: 250 }
	);
	await d.press('Home');
	await expectSlide(d, BEATS[0], 'after Home');
	for (const beat of BEATS.slice(1)) {
		await d.press('PageDown');
		await expectSlide(d, beat, 'after PageDown');
	}
	await d.press('b');
	await until(
		() => d.evaluate(slideProbe),
		(p) => p.blank,
		{ what: 'b blanks the screen' }
	);
	await d.press('b');
	await expectSlide(d, LAST, 'b again brings it back, without moving');
	await d.press('Home');
	await expectSlide(d, BEATS[0], 'Home');
	await d.press('End');
	await expectSlide(d, LAST, 'End');

	await d.goto('about:blank');
	await d.goto(`${origins.site}/presentar#paso-4.2`);
	await expectSlide(d, beatAt('#paso-4.2'), 'deep link');
}

/** @param {Driver} d @param {'pym' | 'iframe'} kind */
export async function embedStepperResizes(d, kind) {
	await d.setSize(1280, 800);
	await d.goto(hostUrl(historiaSnippet(kind), 600));
	await until(
		() => d.evaluate(hostIframeProbe),
		(p) => p.ready && !!p.src,
		{
			what: 'the host page inserts the embed'
		}
	);
	// Browsers may pause rendering in an off-screen cross-origin frame, as for a reader.
	await d.evaluate(scrollHostToIframe);
	/** @param {string | null} notBeat @param {string} what */
	const fitted = (notBeat, what) =>
		until(
			async () => ({
				host: await d.evaluate(hostIframeProbe),
				inner: await d.frameEvaluate(embedProbe)
			}),
			({ host, inner }) =>
				inner.doc > 100 &&
				!!inner.beat &&
				inner.beat !== notBeat &&
				Math.abs(host.height - inner.doc) <= 4 &&
				Math.abs(host.height - inner.content) <= 4 &&
				inner.scrollHeight <= inner.clientHeight + 1,
			{ what: `${kind}: the iframe is as tall as the embed ${what}`, timeout: 15_000 }
		);
	let m = await fitted(null, 'at first');
	const seen = [{ beat: m.inner.beat, height: Math.round(m.host.height) }];
	for (let i = 0; i < 5; i++) {
		await d.frameClickButton('Siguiente');
		m = await fitted(m.inner.beat, `after «Siguiente» ${i + 1}`);
		seen.push({ beat: m.inner.beat, height: Math.round(m.host.height) });
	}
	assert.equal(new Set(seen.map((s) => s.beat)).size, seen.length, 'every click moves on');
	assert.ok(
		new Set(seen.map((s) => s.height)).size > 1,
		`the iframe's height follows the content: ${JSON.stringify(seen)}`
	);
}

/**
 * @param {Driver} d
 * @param {(offline: boolean) => Promise<void>} setOffline
 */
export async function offlineReload(d, setOffline) {
	await d.setSize(1280, 800);
	await d.goto(`${origins.site}/presentar#paso-3`);
	const three = beatAt('#paso-3');
	await expectSlide(d, three, 'online');
	// The page registers the worker after two quiet seconds; it then takes control of the page.
	await until(
		() => d.evaluate(serviceWorkerProbe),
		(s) => s === 'controlled',
		{ what: 'the offline cache takes control', timeout: 40_000, interval: 250 }
	);
	await setOffline(true);
	try {
		assert.equal(
			await d.evaluate(uncachedProbe),
			'network error',
			'really offline: an address the cache never saw fails'
		);
		await d.reload();
		await expectSlide(d, three, 'reloaded offline');
		await d.press('ArrowRight');
		await expectSlide(d, beatAt('#paso-3.2'), 'offline, → still moves');
	} finally {
		await setOffline(false);
	}
}

/** @param {Driver} d  a page whose scripts do not run */
export async function noJsStory(d) {
	await d.setSize(1280, 800);
	await d.goto(`${origins.site}/`);
	const page = await d.evaluate(noJsProbe);
	assert.deepEqual(
		page.steps.map((s) => s.id),
		[...new Set(BEATS.map((b) => b.step))],
		'every step is on the page'
	);
	for (const step of page.steps) {
		const beats = BEATS.filter((b) => b.step === step.id);
		assert.deepEqual(
			step.beats,
			beats.map(() => 'text'),
			`${step.id}: every beat's text`
		);
		assert.ok(step.image, `${step.id}: has its static map image`);
	}
	// The images are lazy: bring each into view, as a reader scrolling would, and wait for it.
	for (const [i, step] of page.steps.entries()) {
		await d.evaluate((/** @type {number} */ n) => {
			const img = document
				.querySelectorAll('.scrolly [data-step]')
				[n]?.querySelector('img[data-static-map-image]');
			img?.scrollIntoView({ block: 'center' });
		}, i);
		await until(
			() => d.evaluate(noJsProbe).then((p) => p.steps[i]?.image),
			(img) => !!img && img.complete && img.width > 0 && img.shown,
			{ what: `${step.id}: its static map shows` }
		);
	}
}
