// Reduced motion (prefers-reduced-motion: reduce): nothing on any page animates. Every element's
// computed transition and animation durations are 0s (the step cards, the slides' progress bar and
// the timeline marks among them, which do animate otherwise); a step change makes no running
// animation; the timeline's period jumps (its marks stand at their new places from the first frame
// after the change); and the map jumps to the step's view (its final centre within 200 ms, where a
// flight takes over a second). Each measurement is first run without the preference, to show that
// it does see motion when there is some.
import type { Page } from '@playwright/test';
import { expect, steps, test, waitForLeaflet, waitForMapToSettle } from './helpers';
import { hasMap, openPresentation, scrollToStep } from './hardening-shared';

/** Elements (and ::before/::after) whose transition or animation lasts longer than 0s. */
const moving = (page: Page) =>
	page.evaluate(() => {
		const nonZero = (list: string) => list.split(',').some((value) => parseFloat(value) > 0);
		const found: string[] = [];
		for (const element of document.querySelectorAll('*')) {
			for (const pseudo of [null, '::before', '::after']) {
				const style = getComputedStyle(element, pseudo);
				const transition = nonZero(style.transitionDuration);
				const animation = style.animationName !== 'none' && nonZero(style.animationDuration);
				if (transition || animation)
					found.push(
						`<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">${pseudo ?? ''} transition ${style.transitionDuration} animation ${style.animationDuration}`
					);
			}
		}
		return found;
	});

/** Computed durations of one sample element. */
const durations = (page: Page, selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((element) => {
			const style = getComputedStyle(element);
			return `${style.transitionDuration}/${style.animationDuration}`;
		});

interface Recording {
	/** The first frame after the change of data-current-step (0-based) from which the marks stand at their final places for good. */
	marksSettledFrame: number;
	/** Distinct positions of the marks seen after the change. */
	markStates: number;
	/** ms from the change to the moment data-center took its final value. */
	centreFinalAfter: number;
	/** Frames after the change in which a CSS or Web animation was running. */
	framesWithAnimations: number;
	/** Frames recorded. */
	frames: number;
}

/**
 * Records, frame by frame, the timeline marks' positions, the running animations and the map's
 * centre while `change` moves to another step; waits for the map to stand still; sums up.
 */
/**
 * The prerendered strip has come alive (the first interaction asks for it, and it hydrates in tasks
 * of its own): one that goes live mid-recording takes its measured width a frame later, a move that
 * is not the step change's.
 */
const expectLiveStrip = (page: Page) =>
	expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);

async function recordStepChange(page: Page, change: () => Promise<void>): Promise<Recording> {
	await page.evaluate(() => {
		const graphic = document.querySelector('[data-graphic]')!;
		const map = graphic.querySelector<HTMLElement>('[data-map]');
		// Where each mark is drawn in this frame (its transform as the browser has it, mid-glide
		// included) and its size.
		const marks = () =>
			[...graphic.querySelectorAll('[data-event]')]
				.map(
					(mark) =>
						`${getComputedStyle(mark).transform}:${mark.querySelector('circle')?.getAttribute('r')}`
				)
				.join('|');
		const rec = {
			changedAt: -1,
			frames: [] as { t: number; marks: string; animations: number }[],
			centres: [] as { t: number; centre: string }[]
		};
		(window as unknown as { __rec: typeof rec }).__rec = rec;
		new MutationObserver(() => {
			if (rec.changedAt < 0) rec.changedAt = performance.now();
		}).observe(graphic, { attributes: true, attributeFilter: ['data-current-beat'] });
		if (map)
			new MutationObserver(() =>
				rec.centres.push({ t: performance.now(), centre: map.dataset.center ?? '' })
			).observe(map, { attributes: true, attributeFilter: ['data-center'] });
		const frame = () => {
			const t = performance.now();
			rec.frames.push({ t, marks: marks(), animations: document.getAnimations().length });
			if (rec.changedAt < 0 || t - rec.changedAt < 2_500) requestAnimationFrame(frame);
		};
		requestAnimationFrame(frame);
	});
	await change();
	await page.waitForFunction(() => {
		const rec = (window as unknown as { __rec: { changedAt: number; frames: { t: number }[] } })
			.__rec;
		// The change can land before the first recorded frame: wait for frames after it.
		const last = rec.frames.at(-1);
		return rec.changedAt >= 0 && !!last && last.t - rec.changedAt >= 2_500;
	});
	await waitForMapToSettle(page);
	return page.evaluate(() => {
		const rec = (
			window as unknown as {
				__rec: {
					changedAt: number;
					frames: { t: number; marks: string; animations: number }[];
					centres: { t: number; centre: string }[];
				};
			}
		).__rec;
		const after = rec.frames.filter((frame) => frame.t >= rec.changedAt);
		const final = after.at(-1)!.marks;
		let settled = after.length - 1;
		while (settled > 0 && after[settled - 1]!.marks === final) settled--;
		const finalCentre = document.querySelector<HTMLElement>('[data-map]')?.dataset.center;
		const firstFinal = rec.centres.find((entry) => entry.centre === finalCentre);
		return {
			marksSettledFrame: settled,
			markStates: new Set(after.map((frame) => frame.marks)).size,
			centreFinalAfter: firstFinal ? firstFinal.t - rec.changedAt : Number.NaN,
			framesWithAnimations: after.filter((frame) => frame.animations > 0).length,
			frames: after.length
		};
	});
}

test.describe('reduced motion', () => {
	test('the measurement sees the motion there is without the preference (control)', async ({
		page,
		expectCleanPage
	}) => {
		await page.emulateMedia({ reducedMotion: 'no-preference' });
		await page.goto('/');
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		await waitForMapToSettle(page);
		expect(await durations(page, '[data-step] .beat')).not.toBe('0s/0s');
		expect(await durations(page, '[data-graphic] [data-event] circle')).not.toBe('0s/0s');
		const recording = await recordStepChange(page, () => scrollToStep(page, 2));
		expect(recording.markStates, JSON.stringify(recording)).toBeGreaterThan(3);
		// The flight takes 1.1 s, or, where its frames lag (this recorder restyles every mark on
		// every frame), the 300 ms its watch lasts before it lands ($lib/theme/motion): either way
		// longer than a jump (200 ms below).
		expect(recording.centreFinalAfter, JSON.stringify(recording)).toBeGreaterThan(250);
		await expectCleanPage();
	});

	test.describe('with prefers-reduced-motion: reduce', () => {
		test.use({ reducedMotion: 'reduce' });

		test('no element of any page has a transition or an animation', async ({
			page,
			expectCleanPage
		}) => {
			test.setTimeout(60_000);
			for (const path of [
				'/',
				'/datos',
				'/guia',
				'/insertar',
				'/embed/historia',
				'/embed/cronologia'
			]) {
				await page.goto(path);
				await expect(page.locator('h1').first()).toBeAttached();
				if (await hasMap(page)) await waitForLeaflet(page);
				expect.soft(await moving(page), path).toEqual([]);
				expect
					.soft(
						await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior),
						`${path}: scroll-behavior`
					)
					.toBe('auto');
			}
			await expectCleanPage();
		});

		test('/presentar: the progress bar, the slides and the map do not animate', async ({
			page,
			expectCleanPage
		}) => {
			await openPresentation(page, '#paso-1');
			await waitForLeaflet(page);
			await waitForMapToSettle(page);
			expect(await durations(page, '.progress span')).toBe('0s/0s');
			expect(await moving(page)).toEqual([]);
			const recording = await recordStepChange(page, async () => {
				await page.keyboard.press('ArrowRight');
			});
			expect(recording.framesWithAnimations, JSON.stringify(recording)).toBe(0);
			expect(recording.centreFinalAfter, JSON.stringify(recording)).toBeLessThanOrEqual(200);
			expect(recording.marksSettledFrame, JSON.stringify(recording)).toBeLessThanOrEqual(1);
			expect(await moving(page)).toEqual([]);
			await expectCleanPage();
		});

		test('the story: step cards, marks and map jump from step to step', async ({
			page,
			expectCleanPage
		}) => {
			test.setTimeout(60_000);
			await page.goto('/');
			await waitForLeaflet(page);
			await scrollToStep(page, 1);
			await waitForMapToSettle(page);
			await expectLiveStrip(page);
			expect(await durations(page, '[data-step] .beat')).toBe('0s/0s');
			expect(await durations(page, '[data-graphic] [data-event] circle')).toBe('0s/0s');
			for (const number of [2, 3]) {
				const recording = await recordStepChange(page, () => scrollToStep(page, number));
				const report = `paso-${number}: ${JSON.stringify(recording)}`;
				// The marks stand at their new places from the first frame after the change (one
				// frame of slack for the frame in which the change lands).
				expect(recording.marksSettledFrame, report).toBeLessThanOrEqual(1);
				expect(recording.markStates, report).toBeLessThanOrEqual(2);
				expect(recording.framesWithAnimations, report).toBe(0);
				// The map jumps: its final centre within 200 ms of the step change.
				expect(recording.centreFinalAfter, report).toBeLessThanOrEqual(200);
				await expect(page.locator('[data-graphic]')).toHaveAttribute(
					'data-current-step',
					steps[number - 1]!.id
				);
			}
			expect(await moving(page)).toEqual([]);
			await expectCleanPage();
		});

		test('the /embed/historia stepper jumps too', async ({ page, expectCleanPage }) => {
			await page.goto('/embed/historia');
			await waitForLeaflet(page);
			await waitForMapToSettle(page);
			await expectLiveStrip(page);
			const recording = await recordStepChange(page, () =>
				page.getByRole('button', { name: /Siguiente/ }).press('Enter')
			);
			expect(recording.framesWithAnimations, JSON.stringify(recording)).toBe(0);
			expect(recording.marksSettledFrame, JSON.stringify(recording)).toBeLessThanOrEqual(1);
			expect(recording.centreFinalAfter, JSON.stringify(recording)).toBeLessThanOrEqual(200);
			await expectCleanPage();
		});
	});
});
