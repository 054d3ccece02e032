// The timeline must stay legible from a 320 px phone to a desktop: ticks that do not crowd, and
// event labels that never overlap or fall off the axis, for every step of the story.
import { describe, expect, test } from 'vitest';
import type { Period, EventCore } from '$lib/data/types';
import { formatDayTick, formatShortDate } from '$lib/i18n';
import { stateAt, stepCount } from '$lib/story/state';
import {
	CHAR_WIDTH,
	datePosition,
	layoutLabels,
	MARGIN,
	overlaps,
	ticksFor,
	timeScale,
	type LabelInput,
	type PlacedLabel
} from '$lib/timeline/layout';

const WIDTHS = [320, 390, 600, 1280];
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const period = (start: string, end: string): Period => ({ start: utc(start), end: utc(end) });

const MULTI_YEAR = period('2019-01-01', '2025-06-30');
const AUTUMN_2024 = period('2024-10-01', '2024-12-31');

describe('timeScale', () => {
	test.each(WIDTHS)('maps the period onto the axis inside the margins at %i px', (width) => {
		const scale = timeScale(AUTUMN_2024, width);
		expect(scale.domain()).toEqual([AUTUMN_2024.start.getTime(), AUTUMN_2024.end.getTime()]);
		expect(scale.range()).toEqual([MARGIN.left, width - MARGIN.right]);
		expect(scale(AUTUMN_2024.start)).toBe(MARGIN.left);
		expect(scale(AUTUMN_2024.end)).toBe(width - MARGIN.right);
		// Linear in time: 15 November is 45 of the period's 91 days in.
		const share = 45 / 91;
		expect(scale(utc('2024-11-15'))).toBeCloseTo(MARGIN.left + share * (width - 32), 6);
	});

	test('a width smaller than the margins still gives an increasing range', () => {
		const [x0, x1] = timeScale(AUTUMN_2024, 10).range();
		expect(x1!).toBeGreaterThan(x0!);
	});
});

describe('datePosition', () => {
	test('a day sits on its day, a month at mid-month', () => {
		const day = { iso: '2024-10-24', date: utc('2024-10-24'), precision: 'day' as const };
		const month = { iso: '2024-10', date: utc('2024-10-01'), precision: 'month' as const };
		expect(datePosition(day)).toEqual(utc('2024-10-24'));
		expect(datePosition(month).toISOString()).toBe('2024-10-16T12:00:00.000Z');
	});
});

function expectSpaced(ticks: { x: number }[]) {
	for (let i = 1; i < ticks.length; i++) {
		expect(ticks[i]!.x - ticks[i - 1]!.x).toBeGreaterThanOrEqual(44);
	}
}

describe('ticksFor', () => {
	test.each(WIDTHS)('year ticks for a multi-year period at %i px', (width) => {
		const ticks = ticksFor(timeScale(MULTI_YEAR, width));
		expect(ticks.length).toBeGreaterThanOrEqual(2);
		for (const tick of ticks) {
			expect(tick.date.toISOString()).toMatch(/^\d{4}-01-01T00:00:00/);
			expect(tick.label).toBe(String(tick.date.getUTCFullYear()));
			expect(tick.major).toBe(true);
		}
		expectSpaced(ticks);
	});

	test('every year is ticked when there is room', () => {
		const labels = ticksFor(timeScale(MULTI_YEAR, 1280)).map((tick) => tick.label);
		expect(labels).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025']);
	});

	test.each(WIDTHS)('Spanish month ticks for Oct–Dec 2024 at %i px', (width) => {
		const ticks = ticksFor(timeScale(AUTUMN_2024, width));
		expect(ticks.map((tick) => tick.label)).toEqual(['oct', 'nov', 'dic']);
		expect(ticks.every((tick) => !tick.major)).toBe(true);
		expectSpaced(ticks);
	});

	test('January is labelled with its year, as a major tick', () => {
		const ticks = ticksFor(timeScale(period('2024-11-01', '2025-02-28'), 1280));
		expect(ticks.map((tick) => [tick.label, tick.major])).toEqual([
			['nov', false],
			['dic', false],
			['2025', true],
			['feb', false]
		]);
	});

	// Every step's period, plus periods that end just short of a boundary, where a thinning rule
	// that counts ticks instead of measuring their spacing would let them crowd.
	const periods = [
		...Array.from({ length: stepCount }, (_, i) => stateAt(i).period),
		period('2023-01-15', '2024-06-10'),
		period('2019-01-02', '2025-12-31')
	];
	test.each(periods.flatMap((p) => [320, 390, 1280].map((width) => ({ p, width }))))(
		'ticks for $p.start – $p.end are 44 px apart at $width px',
		({ p, width }) => {
			const ticks = ticksFor(timeScale(p, width));
			expect(ticks.length).toBeGreaterThanOrEqual(1);
			expectSpaced(ticks);
		}
	);
});

/** The label the timeline shows for an event (Timeline.svelte's labelText). */
function labelText(event: EventCore, shown: Period): string {
	const longPeriod = shown.end.getTime() - shown.start.getTime() > 400 * 86_400_000;
	return longPeriod || event.date.precision === 'month'
		? formatShortDate(event.date)
		: formatDayTick(event.date.date);
}

function expectClean(placed: PlacedLabel[], minX: number, maxX: number) {
	for (const label of placed) {
		expect(label.left).toBeGreaterThanOrEqual(minX);
		expect(label.left + label.width).toBeLessThanOrEqual(maxX);
	}
	for (let i = 0; i < placed.length; i++) {
		for (let j = i + 1; j < placed.length; j++) {
			expect(overlaps(placed[i]!, placed[j]!), `${placed[i]!.id} / ${placed[j]!.id}`).toBe(false);
		}
	}
}

describe('layoutLabels', () => {
	const cases = Array.from({ length: stepCount }, (_, index) =>
		WIDTHS.map((width) => ({ index, width }))
	).flat();

	test.each(cases)('step $index at $width px: no overlaps, all on the axis', ({ index, width }) => {
		const state = stateAt(index);
		const scale = timeScale(state.period, width);
		const [minX, maxX] = scale.range() as [number, number];
		const labels: LabelInput[] = state.activeEvents.map((event) => ({
			id: event.id,
			x: scale(datePosition(event.date)),
			text: labelText(event, state.period)
		}));
		for (const label of labels) expect(label.text.length).toBeGreaterThanOrEqual(5);
		const placed = layoutLabels(labels, minX, maxX);
		expect(placed.map((label) => label.id).sort()).toEqual(labels.map((l) => l.id).sort());
		expectClean(placed, minX, maxX);
	});

	test('labels keep their text width and sit centred on their mark when there is room', () => {
		const [placed] = layoutLabels([{ id: 'a', x: 200, text: '24 oct' }], 16, 374);
		expect(placed!.width).toBeCloseTo(6 * CHAR_WIDTH, 9);
		expect(placed!.left + placed!.width / 2).toBeCloseTo(200, 9);
		expect(placed!.lane).toBe(0);
	});

	test('a label near an edge is pulled inside the axis', () => {
		const placed = layoutLabels(
			[
				{ id: 'left', x: 17, text: '1 oct 2024' },
				{ id: 'right', x: 373, text: '31 dic 2024' }
			],
			16,
			374
		);
		expect(placed[0]!.left).toBe(16);
		expect(placed[1]!.left + placed[1]!.width).toBeCloseTo(374, 9);
	});

	const dense = (x0: number): LabelInput[] =>
		Array.from({ length: 10 }, (_, i) => ({ id: `e${i}`, x: x0 + i * 2, text: `${i + 1} nov` }));

	test.each([
		{ where: 'in the middle', width: 1280, x0: 600 },
		{ where: 'in the middle', width: 390, x0: 180 },
		{ where: 'at the left edge', width: 390, x0: 16 },
		{ where: 'at the right edge', width: 1280, x0: 1246 },
		{ where: 'at the right edge', width: 390, x0: 356 }
	])('10 labels 2 px apart $where at $width px', ({ width, x0 }) => {
		const [minX, maxX] = [MARGIN.left, width - MARGIN.right];
		const placed = layoutLabels(dense(x0), minX, maxX);
		// Three lanes hold three of them; the rest are left out rather than drawn on top.
		expect(placed).toHaveLength(3);
		expect(new Set(placed.map((label) => label.lane)).size).toBe(3);
		expect(placed.map((label) => label.id)).toEqual(['e0', 'e1', 'e2']);
		expectClean(placed, minX, maxX);
	});
});
