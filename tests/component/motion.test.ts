// A device that cannot keep up with the step changes' motion stops animating, as under
// prefers-reduced-motion. In order, in one page (the judgement lasts a page's life): a lagging
// motion alone, or two with a smooth one between, do not stop it, nor does a watch of a throttled
// page; two lagging in a row do; then
// the timeline lands at once and its fades end.
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../src/app.css';
import { allEvents, indexOfStep, stateAt } from '$lib/story/state';
import { judgeMotion, motion, watchMotion } from '$lib/theme/motion.svelte';
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
	test('two lagging motions in a row stop it; the timeline then lands at once', async () => {
		expect(motion.reduced).toBe(false);
		expect(judgeMotion(lagging)).toBe(false);
		expect(judgeMotion(smooth)).toBe(false);
		expect(judgeMotion(lagging)).toBe(false);
		// A throttled watch says nothing either way: it does not count, nor break the row.
		expect(judgeMotion(throttled)).toBe(false);
		expect(document.documentElement.dataset.motion).toBeUndefined();

		// The real watch, over frames held to 30 ms each: the second lagging motion in a row.
		const release = burdenFrames(30);
		watchMotion();
		await expect.poll(() => motion.reduced, { timeout: 5_000 }).toBe(true);
		release();
		expect(document.documentElement.dataset.motion).toBe('reduced');

		const target = document.createElement('div');
		target.style.width = '600px';
		document.body.append(target);
		const from = stateAt(indexOfStep('guerra-2022'));
		const screen = await render(Timeline, {
			target,
			props: { events: allEvents, active: from.activeEventIds, period: from.period }
		});
		const svg = target.querySelector<SVGSVGElement>('svg[data-timeline]')!;
		await expect.poll(() => svg.viewBox.baseVal.width).toBe(600);
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
