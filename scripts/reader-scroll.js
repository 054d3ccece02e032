// A reader on a slow phone, as `npm run bench` measures one (SPEC, Budgets): the CPU slowed 4×
// before the page loads, the page left to settle as a reader reads the headline, then the wheel
// from the very top to the very end of the page, 120 px every 50 ms. Nothing is warmed up: the
// pointer's arrival and the first wheel are the page's first interactions, so whatever they start
// (on `/`, the live timeline and Leaflet) is timed as a reader meets it. Long tasks come from the page's own PerformanceObserver ('longtask'), frame
// gaps from a requestAnimationFrame loop, both only for the walk (start-up is Lighthouse's TBT).
// The peer (TimelineJS) has no page to scroll: its reader steps through its slides with the
// arrow key at the same pace as the story's beats go by, which is its equivalent walk.
import { setTimeout as sleep } from 'node:timers/promises';

/** @typedef {import('playwright-core').Browser} Browser */

/**
 * @typedef {object} Walk
 * @property {number} longTasks tasks over 50 ms during the walk
 * @property {number} longestTaskMs
 * @property {{ atMs: number, ms: number }[]} longTaskTimes each task over 50 ms: when it began,
 *   from the walk's start (the pointer's arrival, then a wheel every 50 ms: where the page was),
 *   and how long it took
 * @property {number} blockingMs the sum of each task's time over 50 ms, during the walk
 * @property {number} frameGapP95Ms
 * @property {number} worstFrameGapMs
 * @property {number} slowFrames frames drawn more than 20 ms after the one before (a missed
 *   vsync at 60 Hz): what the p95 stands on, counted, so that a change short of moving the p95
 *   from two vsyncs to one still shows
 * @property {number} busyMs the page's main thread at work during the walk, in wall time on the
 *   slowed CPU (CDP's Performance.getMetrics TaskDuration): the work a change takes off the main
 *   thread, where the frame gaps, counted in whole vsyncs, may not show it
 * @property {boolean} motionStopped the page stopped animating its step changes, as a device
 *   that lags (its own judgement, $lib/theme/motion): the rest of the walk moved as under reduced
 *   motion
 * @property {number} frames
 * @property {number} stepsSeen story steps the graphic showed (peer: slides shown)
 * @property {number} stepCount
 * @property {number} walkMs
 */

export const CPU_SLOWDOWN = 4;
export const WHEEL_PX = 120;
export const WHEEL_EVERY_MS = 50;
/** The peer's reader: one slide per this many ms. */
const PEER_SLIDE_MS = 400;

/**
 * @param {Browser} browser
 * @param {string} url
 * @param {{ width: number, height: number }} viewport
 * @param {'story' | 'peer'} kind
 * @returns {Promise<Walk>}
 */
export async function readerWalk(browser, url, viewport, kind) {
	const context = await browser.newContext({ viewport, isMobile: true, hasTouch: true });
	const page = await context.newPage();
	try {
		const cdp = await context.newCDPSession(page);
		await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
		await page.addInitScript(() => {
			const w = /** @type {any} */ (window);
			w.__tasks = [];
			w.__frames = [];
			w.__walking = false;
			new PerformanceObserver((list) => {
				for (const entry of list.getEntries()) {
					w.__tasks.push({ start: entry.startTime, duration: entry.duration });
				}
			}).observe({ type: 'longtask', buffered: true });
			const frame = (/** @type {number} */ t) => {
				if (w.__walking) w.__frames.push(t);
				requestAnimationFrame(frame);
			};
			requestAnimationFrame(frame);
		});
		await page.goto(url, { waitUntil: 'load' });
		// A reader reads the headline before the first wheel: start-up (hydration, the timeline's
		// own task) is over by then and is Lighthouse's to measure.
		await page.waitForLoadState('networkidle');
		await sleep(2000);
		await cdp.send('Performance.enable');
		const busy = async () =>
			(await cdp.send('Performance.getMetrics')).metrics.find(
				(metric) => metric.name === 'TaskDuration'
			)?.value ?? NaN;
		const busyBefore = await busy();
		const start = await page.evaluate(() => {
			/** @type {any} */ (window).__walking = true;
			return performance.now();
		});
		// The wheel lands where a thumb would be: over the text, below the sticky graphic. The
		// pointer's arrival is the reader's first sign of life, and what the page defers to it (on
		// `/`, the live timeline) is the walk's to count: moved before the walk began, its task
		// fell in or out of the count by a race.
		await page.mouse.move(viewport.width / 2, viewport.height * 0.85);
		/** @type {Set<string>} */
		const seen = new Set();
		let stepCount = 0;
		if (kind === 'story') {
			// To the end of the page, however long it grows: stop once the wheel no longer moves it.
			let still = 0;
			for (let i = 0; i < 3000 && still < 10; i++) {
				const before = await page.evaluate(() => scrollY);
				await page.mouse.wheel(0, WHEEL_PX);
				await sleep(WHEEL_EVERY_MS);
				const { y, step } = await page.evaluate(() => ({
					y: scrollY,
					step: document.querySelector('[data-graphic]')?.getAttribute('data-current-step')
				}));
				if (step) seen.add(step);
				still = y === before ? still + 1 : 0;
			}
			stepCount = await page.evaluate(() => document.querySelectorAll('[data-step]').length);
		} else {
			stepCount = await page.evaluate(
				() => /** @type {any} */ (window).timeline?.config?.events?.length ?? 0
			);
			await page.locator('#timeline').focus();
			for (let i = 0; i < stepCount; i++) {
				await page.keyboard.press('ArrowRight');
				await sleep(PEER_SLIDE_MS);
				const id = await page.evaluate(
					() => /** @type {any} */ (window).timeline?.current_id ?? ''
				);
				if (id) seen.add(id);
			}
		}
		await sleep(1500);
		const busyAfter = await busy();
		const { tasks, frames, end } = await page.evaluate(() => {
			const w = /** @type {any} */ (window);
			w.__walking = false;
			return { tasks: w.__tasks, frames: w.__frames, end: performance.now() };
		});
		const motionStopped = await page.evaluate(
			() => document.documentElement.dataset.motion === 'reduced'
		);
		const during = /** @type {{ start: number, duration: number }[]} */ (tasks).filter(
			(task) => task.start >= start
		);
		/** @type {number[]} */
		const gaps = [];
		for (let i = 1; i < frames.length; i++) gaps.push(frames[i] - frames[i - 1]);
		gaps.sort((a, b) => a - b);
		return {
			longTasks: during.filter((task) => task.duration > 50).length,
			longestTaskMs: Math.max(0, ...during.map((task) => task.duration)),
			longTaskTimes: during
				.filter((task) => task.duration > 50)
				.map((task) => ({ atMs: Math.round(task.start - start), ms: Math.round(task.duration) })),
			blockingMs: during.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0),
			frameGapP95Ms: gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.95))] ?? NaN,
			worstFrameGapMs: gaps.at(-1) ?? NaN,
			slowFrames: gaps.filter((gap) => gap > 20).length,
			busyMs: (busyAfter - busyBefore) * 1000,
			motionStopped,
			frames: frames.length,
			stepsSeen: seen.size,
			stepCount,
			walkMs: end - start
		};
	} finally {
		await context.close();
	}
}
