// A device that cannot keep up with the step changes' motion stops animating, as under
// prefers-reduced-motion. In order, in one page (the judgement lasts a page's life): a lagging
// motion alone, or two with a smooth one between, do not stop it, nor does a watch of a throttled
// page; two lagging in a row do. Each motion found to lag lands at once, the first of the two too.
// Then the timeline lands at once and its fades end.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../src/app.css';
import { allEvents, indexOfStep, stateAt } from '$lib/story/state';
import { judgeMotion, motion } from '$lib/theme/motion.svelte';
import Timeline from '$lib/timeline/Timeline.svelte';

const frames = (gap: number, count: number) => Array.from({ length: count }, () => gap);
const lagging = frames(33.3, 18);
const smooth = frames(16.7, 36);
const throttled = [...frames(33.3, 10), 400];

/** Keeps each frame's task busy for `ms`: frames that cannot come sooner than that. */
function burdenFrames(ms: number) {
	let on = true;
	const frame = () => {
		const until = performance.now() + ms;
		while (performance.now() < until);
		if (on) requestAnimationFrame(frame);
	};
	requestAnimationFrame(frame);
	return () => (on = false);
}

describe('motion on a device that lags', () => {
	test('two lagging motions in a row stop it, and each lands at once; the timeline then lands at once', async () => {
		expect(motion.reduced).toBe(false);
		expect(judgeMotion(lagging)).toBe(false);
		expect(judgeMotion(smooth)).toBe(false);
		expect(judgeMotion(lagging)).toBe(false);
		// A throttled watch says nothing either way: it does not count, nor break the row.
		expect(judgeMotion(throttled)).toBe(false);
		expect(document.documentElement.dataset.motion).toBeUndefined();

		const target = document.createElement('div');
		target.style.width = '600px';
		document.body.append(target);
		const first = stateAt(indexOfStep('guerra-2022'));
		const screen = await render(Timeline, {
			target,
			props: { events: allEvents, active: first.activeEventIds, period: first.period }
		});
		const svg = target.querySelector<SVGSVGElement>('svg[data-timeline]')!;
		await expect.poll(() => svg.viewBox.baseVal.width).toBe(600);

		const marks = target.querySelector('.marks')!;
		/** A glide to `step`'s period over frames held to 30 ms each: watched, and found to lag. */
		async function glideLagging(step: string) {
			const release = burdenFrames(30);
			const lagged = motion.lagged;
			const to = stateAt(indexOfStep(step));
			await screen.rerender({ active: to.activeEventIds, period: to.period });
			expect(marks.classList.contains('gliding'), `gliding to ${step}`).toBe(true);
			await expect.poll(() => motion.lagged, { timeout: 5_000, interval: 10 }).toBe(lagged + 1);
			release();
		}

		// The real watch, started by the marks' glide. A first motion found to lag (the row had
		// started again) lands at once, half-way through (the watch is shorter than the glide),
		// and motion goes on.
		expect(judgeMotion(smooth)).toBe(false);
		await glideLagging('tropas-2024');
		expect(marks.classList.contains('gliding'), 'still gliding once found to lag').toBe(false);
		expect(motion.reduced).toBe(false);
		// The second in a row: the glide lands, and the device lags.
		await glideLagging('en-vigor-2024');
		expect(marks.classList.contains('gliding'), 'still gliding once found to lag').toBe(false);
		expect(motion.reduced).toBe(true);
		expect(document.documentElement.dataset.motion).toBe('reduced');

		// Then a new period: the marks land at once.
		const next = stateAt(indexOfStep('ratificacion-2024'));
		await screen.rerender({ active: next.activeEventIds, period: next.period });
		const mark = target.querySelector<SVGGElement>('[data-event="ratificacion-duma"]')!;
		expect(target.querySelector('.labels')!.classList.contains('gliding')).toBe(false);
		expect(mark.getAnimations()).toEqual([]);
		const drawn = new DOMMatrix(getComputedStyle(mark).transform).e;
		expect(drawn).toBeCloseTo(mark.transform.baseVal.consolidate()!.matrix.e, 0);
		// The strip's fades end too, as under reduced motion.
		for (const part of ['.labels', '.ticks', '.mark circle'])
			expect(getComputedStyle(target.querySelector(part)!).transitionDuration, part).toBe('0s');
	});
});
