// The timeline strip in a real browser: the visible period follows the step (through its tween),
// the step's events are the highlighted marks, marks work from the keyboard, and the event labels
// never collide or leave the strip at phone and desktop widths.
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
// The site's tokens and font stack, so label widths are measured in the font readers get.
import '../../src/app.css';
import { attributionOf } from '$lib/data/details';
import { fullEventById, sourceById } from '$lib/data/text';
import type { EventCore, FuzzyDate } from '$lib/data/types';
import { statusLines } from '$lib/events/status';
import { allEvents, stateAt, stepCount, indexOfStep } from '$lib/story/state';
import Timeline from '$lib/timeline/Timeline.svelte';
import { datePosition } from '$lib/timeline/layout';

const MONTHS = [
	'enero',
	'febrero',
	'marzo',
	'abril',
	'mayo',
	'junio',
	'julio',
	'agosto',
	'septiembre',
	'octubre',
	'noviembre',
	'diciembre'
];
const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

/** «19 de junio de 2024» / «octubre de 2024», written out here rather than taken from i18n. */
function spanishDate(date: FuzzyDate): string {
	const d = date.date;
	const month = `${MONTHS[d.getUTCMonth()]} de ${d.getUTCFullYear()}`;
	return date.precision === 'day' ? `${d.getUTCDate()} de ${month}` : month;
}

const steps = Array.from({ length: stepCount }, (_, i) => stateAt(i));

/** Whether an event's mark falls inside a step's period (where the strip should show it). */
function inPeriod(event: EventCore, index: number): boolean {
	const { start, end } = stateAt(index).period;
	const t = datePosition(event.date).getTime();
	return t >= start.getTime() && t <= end.getTime();
}

/** A host of a fixed width, so the strip measures a known size (as in a phone or a desktop). */
function host(width: number): HTMLElement {
	const div = document.createElement('div');
	div.style.width = `${width}px`;
	document.body.append(div);
	return div;
}

async function renderStep(index: number, width = 600) {
	const target = host(width);
	const state = stateAt(index);
	const screen = await render(Timeline, {
		target,
		props: { events: allEvents, active: state.activeEventIds, period: state.period }
	});
	const svg = target.querySelector<SVGSVGElement>('svg[data-timeline]')!;
	// The strip draws at initialWidth until its ResizeObserver reports the host's width.
	await expect.poll(() => svg.viewBox.baseVal.width).toBe(width);
	return { screen, target, svg };
}

const markOf = (root: ParentNode, id: string) =>
	root.querySelector<SVGGElement>(`[data-event="${id}"]`)!;
const tickLabels = (root: ParentNode) =>
	[...root.querySelectorAll('.ticks text')].map((text) => text.textContent?.trim());
const shownIds = (root: ParentNode) =>
	[...root.querySelectorAll<SVGGElement>('[data-event]')]
		.filter((mark) => !mark.classList.contains('hidden'))
		.map((mark) => mark.dataset.event);

afterEach(() => {
	// A focused mark would otherwise carry its open card into the next test's assertions.
	(document.activeElement as HTMLElement | null)?.blur?.();
});

describe('visible period', () => {
	test.each(steps.map((s) => [s.step.id, s.index] as const))(
		'step %s shows exactly the marks inside its period',
		async (_id, index) => {
			const { target } = await renderStep(index);
			for (const event of allEvents) {
				const mark = markOf(target, event.id);
				const inside = inPeriod(event, index);
				// Outside the period a mark is invisible and out of the tab order, not just off-axis.
				expect.soft(mark.classList.contains('hidden'), event.id).toBe(!inside);
				if (!inside) expect.soft(mark.getAttribute('tabindex'), event.id).toBe('-1');
				expect
					.soft(getComputedStyle(mark).visibility, event.id)
					.toBe(inside ? 'visible' : 'hidden');
				expect.soft(mark.getAttribute('aria-hidden'), event.id).toBe(inside ? null : 'true');
			}
		}
	);

	test('ticks of an autumn-2024 step are its three months, within the axis', async () => {
		const { target, svg } = await renderStep(indexOfStep('ratificacion-2024'));
		expect(tickLabels(target)).toEqual(['oct', 'nov', 'dic']);
		const ticks = [...target.querySelectorAll<SVGGElement>('.ticks .tick')];
		const xs = ticks.map((tick) => tick.transform.baseVal.consolidate()!.matrix.e);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(16);
		expect(Math.max(...xs)).toBeLessThanOrEqual(svg.viewBox.baseVal.width - 16);
	});

	test('ticks of the 2019 step are its months, the year on January', async () => {
		const { target } = await renderStep(indexOfStep('vladivostok-2019'));
		expect(tickLabels(target)).toEqual(['2019', ...SHORT_MONTHS.slice(1)]);
	});

	test('ticks of a multi-year step are years', async () => {
		const { target } = await renderStep(indexOfStep('guerra-2022'));
		expect(tickLabels(target)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
	});

	test('the period follows the step when it changes', async () => {
		const from = indexOfStep('vladivostok-2019');
		const to = indexOfStep('ratificacion-2024');
		const { screen, target } = await renderStep(from);
		expect(shownIds(target)).toEqual(allEvents.filter((e) => inPeriod(e, from)).map((e) => e.id));

		const next = stateAt(to);
		await screen.rerender({ active: next.activeEventIds, period: next.period });
		// Marks and ticks glide for 650 ms (instant only under reduced motion): poll for the end.
		const expected = allEvents.filter((e) => inPeriod(e, to)).map((e) => e.id);
		await expect.poll(() => shownIds(target), { timeout: 3000 }).toEqual(expected);
		await expect.poll(() => tickLabels(target), { timeout: 3000 }).toEqual(['oct', 'nov', 'dic']);
		for (const id of ['hanoi-2019', 'cumbre-vladivostok']) {
			expect(markOf(target, id).getAttribute('tabindex')).toBe('-1');
		}

		// And back to a long period: the 2019 marks come back into view.
		const back = stateAt(indexOfStep('en-vigor-2024'));
		await screen.rerender({ active: back.activeEventIds, period: back.period });
		await expect
			.poll(() => shownIds(target), { timeout: 3000 })
			.toEqual(allEvents.map((e) => e.id));
	});
});

describe('a new period', () => {
	test('marks glide to their new places while ticks and labels wait, then those follow', async () => {
		const from = indexOfStep('guerra-2022');
		const to = indexOfStep('ratificacion-2024');
		const { screen, target } = await renderStep(from);
		// In both periods: it glides. (One that leaves hides at once, where it was.)
		const mark = markOf(target, 'ratificacion-duma');
		const leaving = markOf(target, 'firma-tratado');
		const x = () => mark.transform.baseVal.consolidate()!.matrix.e;
		const drawnX = () => new DOMMatrix(getComputedStyle(mark).transform).e;
		const startX = x();

		const next = stateAt(to);
		await screen.rerender({ active: next.activeEventIds, period: next.period });
		// Drawn once, at once, where it lands; the browser does the frames in between.
		const endX = x();
		expect(endX).not.toBeCloseTo(startX, 0);
		const labels = target.querySelector('.labels')!;
		const ticks = target.querySelector('.ticks')!;
		const labelsBefore = [...labels.querySelectorAll('text')].map((text) => text.textContent);
		// The ticks and labels step aside as they were, and change once the marks have landed.
		expect(labels.classList.contains('gliding')).toBe(true);
		expect(ticks.classList.contains('gliding')).toBe(true);
		expect(tickLabels(target)).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
		expect([...labels.querySelectorAll('text')].map((text) => text.textContent)).toEqual(
			labelsBefore
		);
		// Halfway through the browser's glide, held there: the mark is drawn between its places.
		const [glide] = mark.getAnimations();
		expect(glide, 'a CSS transition on the mark').toBeDefined();
		glide!.pause();
		glide!.currentTime = Number(glide!.effect!.getTiming().duration) / 2;
		const midX = drawnX();
		glide!.play();
		expect(Math.min(startX, endX) < midX && midX < Math.max(startX, endX)).toBe(true);
		expect(getComputedStyle(leaving).visibility).toBe('hidden');
		expect(leaving.getAnimations()).toEqual([]);

		await expect.poll(() => labels.classList.contains('gliding'), { timeout: 2000 }).toBe(false);
		expect(ticks.classList.contains('gliding')).toBe(false);
		expect(tickLabels(target)).toEqual(['oct', 'nov', 'dic']);
		expect(drawnX()).toBeCloseTo(endX, 0);
		expect(target.querySelectorAll('.labels text').length).toBeGreaterThan(0);
	});
});

describe('a new width', () => {
	test('moves the marks at once: no glide, the ticks and labels stay', async () => {
		const { target } = await renderStep(indexOfStep('guerra-2022'), 360);
		const mark = markOf(target, 'firma-tratado');
		const x = () => mark.transform.baseVal.consolidate()!.matrix.e;
		const narrowX = x();
		target.style.width = '720px';
		await expect.poll(x).not.toBeCloseTo(narrowX, 0);
		expect(mark.getAnimations()).toEqual([]);
		expect(target.querySelector('.labels')!.classList.contains('gliding')).toBe(false);
		expect(new DOMMatrix(getComputedStyle(mark).transform).e).toBeCloseTo(x(), 0);
	});
});

describe('marks', () => {
	test.each(steps.map((s) => [s.step.id, s.index] as const))(
		'step %s highlights exactly its events',
		async (_id, index) => {
			const { target } = await renderStep(index);
			const active = [...target.querySelectorAll<SVGGElement>('[data-active="true"]')].map(
				(mark) => mark.dataset.event
			);
			expect(active.sort()).toEqual([...stateAt(index).activeEventIds].sort());
		}
	);

	test('every event has one mark with its id and a YYYY-MM-DD date', async () => {
		const { target } = await renderStep(0);
		const marks = [...target.querySelectorAll<SVGGElement>('[data-event]')];
		expect(marks.map((m) => m.dataset.event)).toEqual(allEvents.map((e) => e.id));
		for (const mark of marks) {
			const event = allEvents.find((e) => e.id === mark.dataset.event)!;
			expect(mark.dataset.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			// Month-precision events give the first of their month.
			const expected = event.date.precision === 'day' ? event.date.iso : `${event.date.iso}-01`;
			expect(mark.dataset.date).toBe(expected);
		}
	});

	test('each mark is named «<fecha>: <título>. <estado>»', async () => {
		// The last step's period holds every event (a hidden mark has no accessible name).
		const { target } = await renderStep(indexOfStep('en-vigor-2024'));
		for (const event of allEvents) {
			await expect
				.element(markOf(target, event.id))
				.toHaveAccessibleName(
					`${spanishDate(event.date)}: ${event.title}. ${statusLines(event.status, attributionOf(event.id)).join('. ')}`
				);
		}
		// Spot-check the format against a name written by hand, and each level once.
		const name = (id: string) => markOf(target, id).getAttribute('aria-label');
		expect(name('firma-tratado')).toMatch(
			/^19 de junio de 2024: Putin y Kim firman el Tratado de Asociación Estratégica Integral\. Confirmado por .+/
		);
		expect(name('articulo-rodong')).toMatch(/^18 de junio de 2024: .+\. Informado por .+/);
		expect(name('misil-jarkov')).toMatch(/^2 de enero de 2024: .+\. Atribuido (a|al) .+/);
	});
});

describe('keyboard', () => {
	const index = indexOfStep('ratificacion-2024');

	async function setup(at = index, width = 600) {
		// A focusable element before the strip, to tab from and to move focus away to.
		const before = document.createElement('button');
		before.textContent = 'antes';
		document.body.append(before);
		const target = host(width);
		const state = stateAt(at);
		const screen = await render(Timeline, {
			target,
			props: { events: allEvents, active: state.activeEventIds, period: state.period }
		});
		const svg = target.querySelector<SVGSVGElement>('svg[data-timeline]')!;
		await expect.poll(() => svg.viewBox.baseVal.width).toBe(width);
		return { screen, target, svg, before };
	}
	const tabStops = (root: ParentNode) =>
		[...root.querySelectorAll<SVGGElement>('[data-event][tabindex="0"]')].map(
			(mark) => mark.dataset.event
		);
	const focusedId = () => (document.activeElement as SVGGElement | null)?.dataset?.event;
	/** The marks in view at a step, in the strip's (chronological) order. */
	const inViewAt = (at: number) => allEvents.filter((e) => inPeriod(e, at)).map((e) => e.id);

	test.each(steps.map((s) => [s.step.id, s.index] as const))(
		'step %s: one tab stop, its first highlighted mark in view',
		async (_id, at) => {
			const { target, before } = await setup(at);
			const first = allEvents.find((e) => inPeriod(e, at) && stateAt(at).activeEventIds.has(e.id));
			expect(tabStops(target)).toEqual([first?.id ?? inViewAt(at)[0]]);
			before.focus();
			await userEvent.tab();
			expect(focusedId()).toBe(tabStops(target)[0]);
			// One more Tab leaves the strip: the other marks are not tab stops.
			await userEvent.tab();
			expect(target.querySelector('svg')!.contains(document.activeElement)).toBe(false);
			before.remove();
		}
	);

	test('arrows, Home and End walk the marks in view; the tab stop follows the focus', async () => {
		const { before, target } = await setup();
		const ids = inViewAt(index);
		before.focus();
		await userEvent.tab();
		const start = ids.indexOf(focusedId()!);
		await userEvent.keyboard('{ArrowRight}');
		expect(focusedId()).toBe(ids[start + 1]);
		expect(tabStops(target)).toEqual([ids[start + 1]]);
		await userEvent.keyboard('{ArrowDown}');
		expect(focusedId()).toBe(ids[start + 2]);
		await userEvent.keyboard('{ArrowUp}');
		await userEvent.keyboard('{ArrowLeft}');
		expect(focusedId()).toBe(ids[start]);
		await userEvent.keyboard('{Home}');
		expect(focusedId()).toBe(ids[0]);
		// At an end the arrow stays put (no wrap), and never reaches a mark out of view.
		await userEvent.keyboard('{ArrowLeft}');
		expect(focusedId()).toBe(ids[0]);
		await userEvent.keyboard('{End}');
		expect(focusedId()).toBe(ids.at(-1));
		await userEvent.keyboard('{ArrowRight}');
		expect(focusedId()).toBe(ids.at(-1));
		expect(tabStops(target)).toEqual([ids.at(-1)]);
		// Tab out and back: the strip remembers where the reader was.
		before.focus();
		await userEvent.tab();
		expect(focusedId()).toBe(ids.at(-1));
		before.remove();
	});

	test('PageDown and PageUp move by at least a calendar month, else to the end', async () => {
		// Autumn 2024: a mark in October, November's cluster, December's entry into force.
		const { before, target } = await setup();
		markOf(target, 'nis-tropas').focus(); // 18 Oct
		await userEvent.keyboard('{PageDown}');
		// The first mark on or after 18 November: the rest of November is sooner.
		expect(focusedId()).toBe('entrada-en-vigor');
		await userEvent.keyboard('{PageDown}');
		expect(focusedId()).toBe(inViewAt(index).at(-1));
		await userEvent.keyboard('{PageUp}');
		// The last mark on or before 4 November.
		expect(focusedId()).toBe('zelenski-11000');
		await userEvent.keyboard('{PageUp}');
		// Nothing a month before 4 November but the earliest marks: the first.
		expect(focusedId()).toBe(inViewAt(index)[0]);
		before.remove();
	});

	test('the keys it moves with stay in the strip (no page scroll, no window listener)', async () => {
		const { before, target } = await setup();
		const heard: string[] = [];
		const listen = (event: KeyboardEvent) => heard.push(event.key);
		window.addEventListener('keydown', listen);
		markOf(target, 'kim-decreto').focus();
		await userEvent.keyboard('{ArrowLeft}{PageDown}{Home}{End}');
		window.removeEventListener('keydown', listen);
		expect(heard).toEqual([]);
		before.remove();
	});

	test('focus opens the card, Enter pins it, Escape closes it', async () => {
		const { before, target } = await setup();
		const event = allEvents.find((e) => e.id === 'ratificacion-duma')!;
		const mark = markOf(target, event.id);
		const card = () => target.querySelector<HTMLElement>(`[data-event-card="${event.id}"]`);

		mark.focus();
		await expect.poll(card).not.toBeNull();
		const opened = card()!;
		expect(opened.textContent).toContain(event.title);
		for (const line of statusLines(event.status, attributionOf(event.id)))
			expect(opened.textContent).toContain(line);
		// The summary and the sources come with the data's text module, fetched as the card opens.
		const { sources } = fullEventById.get(event.id)!;
		await expect.poll(() => opened.querySelectorAll('.citations li').length).toBe(sources.length);
		for (const citation of sources) {
			expect(opened.textContent).toContain(sourceById.get(citation.source)!.outlet);
		}
		expect(mark.getAttribute('aria-expanded')).toBe('true');
		expect(mark.getAttribute('aria-describedby')).toBe(opened.id);

		// Unpinned, the card follows focus: leaving the mark closes it.
		before.focus();
		await expect.poll(card).toBeNull();
		expect(mark.getAttribute('aria-expanded')).toBe('false');

		// Pinned with Enter, it stays after focus leaves.
		mark.focus();
		await expect.poll(card).not.toBeNull();
		await userEvent.keyboard('{Enter}');
		before.focus();
		// Give Svelte a frame to react to the blur before checking the card is still there.
		await new Promise((r) => requestAnimationFrame(() => r(undefined)));
		expect(card()).not.toBeNull();

		// Escape closes it even though it was pinned.
		mark.focus();
		await userEvent.keyboard('{Escape}');
		await expect.poll(card).toBeNull();
		// Escape closes the card without moving focus off the mark.
		expect(document.activeElement).toBe(mark);
		before.remove();
	});

	test('a focused mark still in view keeps the focus when the beat changes', async () => {
		const tropas = indexOfStep('tropas-2024');
		const { before, target, screen } = await setup(tropas);
		const mark = markOf(target, 'austin-confirma');
		mark.focus();
		// The next step: another period (October to December) and other highlighted events.
		const next = stateAt(index);
		await screen.rerender({ active: next.activeEventIds, period: next.period });
		await expect.poll(() => mark.dataset.active).toBeUndefined();
		expect(document.activeElement).toBe(mark);
		expect(tabStops(target)).toEqual(['austin-confirma']);
		before.remove();
	});

	test('a focused mark that a beat change takes out of view hands its focus to the nearest mark in view', async () => {
		const { before, target, screen } = await setup();
		const mark = markOf(target, 'kim-decreto'); // 11 November 2024
		mark.focus();
		expect(document.activeElement).toBe(mark);

		// Pionyang, mid-May to mid-July 2024: the nearest mark in view is the latest of them.
		const pionyang = indexOfStep('pionyang-2024');
		const next = stateAt(pionyang);
		await screen.rerender({ active: next.activeEventIds, period: next.period });
		await expect.poll(() => mark.classList.contains('hidden')).toBe(true);
		const nearest = inViewAt(pionyang).at(-1)!;
		expect(focusedId()).toBe(nearest);
		expect(tabStops(target)).toEqual([nearest]);
		// Moved for the reader, quietly: no card pops open over the strip.
		expect(target.querySelector('[data-event-card]')).toBeNull();
		// And the arrows go on from there.
		await userEvent.keyboard('{Home}');
		expect(focusedId()).toBe(inViewAt(pionyang)[0]);
		before.remove();
	});

	test('a new beat while the focus is elsewhere: Tab lands on that beat’s events', async () => {
		const { before, target, screen } = await setup();
		markOf(target, 'kim-decreto').focus();
		before.focus();
		await expect.poll(() => tabStops(target)).toEqual(['kim-decreto']);
		const tropas = stateAt(indexOfStep('ratificacion-2024'), 1);
		await screen.rerender({ active: tropas.activeEventIds, period: tropas.period });
		await expect.poll(() => tabStops(target)).toEqual(['consejo-federacion']);
		before.remove();
	});

	test('Enter on an open, pinned card closes it again (toggle)', async () => {
		const { before, target } = await setup();
		const mark = markOf(target, 'kim-decreto');
		const card = () => target.querySelector('[data-event-card="kim-decreto"]');
		mark.focus();
		await userEvent.keyboard('{Enter}');
		await expect.poll(card).not.toBeNull();
		await userEvent.keyboard('{Enter}');
		await expect.poll(card).toBeNull();
		before.remove();
	});
});

describe('labels', () => {
	const WIDTHS = [320, 390, 600, 1280];
	describe.each(WIDTHS)('at %i px', (width) => {
		test.each(steps.map((s) => [s.step.id, s.index] as const))(
			'step %s: labels do not overlap and stay inside the strip',
			async (_id, index) => {
				const { target, svg } = await renderStep(index, width);
				const box = svg.getBoundingClientRect();
				const labels = [...target.querySelectorAll<SVGTextElement>('.labels text')].map((text) => ({
					text: text.textContent,
					lane: text.getAttribute('y'),
					rect: text.getBoundingClientRect()
				}));
				// Only the step's events in view get labels, and a step with some gets at least one.
				const activeInView = [...stateAt(index).activeEventIds].filter((id) =>
					inPeriod(
						allEvents.find((e) => e.id === id)!,
						index
					)
				);
				expect(labels.length).toBeLessThanOrEqual(activeInView.length);
				if (activeInView.length > 0) expect(labels.length).toBeGreaterThan(0);

				for (const { text, rect } of labels) {
					expect.soft(rect.left, `${text} left`).toBeGreaterThanOrEqual(box.left - 0.5);
					expect.soft(rect.right, `${text} right`).toBeLessThanOrEqual(box.right + 0.5);
					expect.soft(rect.top, `${text} top`).toBeGreaterThanOrEqual(box.top - 0.5);
				}
				for (let i = 0; i < labels.length; i++) {
					for (let j = i + 1; j < labels.length; j++) {
						const [a, b] = [labels[i]!, labels[j]!];
						if (a.lane !== b.lane) continue;
						const overlap =
							Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
						expect.soft(overlap, `«${a.text}» vs «${b.text}»`).toBeLessThanOrEqual(0);
					}
				}
			}
		);
	});
});
