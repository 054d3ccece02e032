// Timeline geometry, computed here (d3-time's calendar) and rendered by Timeline.svelte: the scale
// for a period, the ticks that fit the width, and label lanes so that no two labels overlap.
import { utcMonth, utcYear } from 'd3-time';
import type { FuzzyDate, Period } from '$lib/data/types';
import { formatMonthTick, formatYearTick } from '$lib/i18n';

export const MARGIN = { left: 16, right: 16 };

/**
 * A linear scale over milliseconds, as d3's scaleLinear computes it (the same interpolation, so
 * the ends land exactly on the range). The strip needs nothing else of a d3 scale: its ticks come
 * from ticksFor, and d3-scale would bring d3-interpolate, d3-color and d3-format to every page
 * that shows a timeline.
 */
export interface TimeScale {
	(date: Date): number;
	/** [start, end] in milliseconds. */
	domain(): [number, number];
	/** [left, right] in pixels. */
	range(): [number, number];
}

export function timeScale(period: Period, width: number): TimeScale {
	const d0 = period.start.getTime();
	const d1 = period.end.getTime();
	const r0 = MARGIN.left;
	const r1 = Math.max(MARGIN.left + 1, width - MARGIN.right);
	const scale = (date: Date) => {
		// A one-instant period puts everything mid-axis, as d3 does.
		const t = d1 === d0 ? 0.5 : (date.getTime() - d0) / (d1 - d0);
		return r0 * (1 - t) + r1 * t;
	};
	return Object.assign(scale, {
		domain: (): [number, number] => [d0, d1],
		range: (): [number, number] => [r0, r1]
	});
}

/** Where a date sits: a day at its day, a month-precision date at mid-month. */
export function datePosition(date: FuzzyDate): Date {
	if (date.precision === 'day') return date.date;
	const start = date.date.getTime();
	const end = utcMonth.offset(date.date, 1).getTime();
	return new Date((start + end) / 2);
}

export interface Tick {
	date: Date;
	x: number;
	label: string;
	major: boolean;
}

const MIN_TICK_GAP = 44;

/** Year ticks for long periods, month ticks for short ones; as many as fit without crowding. */
export function ticksFor(scale: TimeScale): Tick[] {
	const [start, end] = scale.domain().map((ms) => new Date(ms)) as [Date, Date];
	const [x0, x1] = scale.range() as [number, number];
	const width = x1 - x0;
	const months = utcMonth.count(start, end);
	if (months > 18) {
		const years = utcYear.range(utcYear.ceil(start), end);
		const yearWidth = (width * 365.25 * 86_400_000) / (end.getTime() - start.getTime());
		const every = Math.max(1, Math.ceil(MIN_TICK_GAP / yearWidth));
		return years
			.filter((_, i) => i % every === 0)
			.map((date) => ({ date, x: scale(date), label: formatYearTick(date), major: true }));
	}
	const all = utcMonth.range(utcMonth.ceil(start), end);
	const monthWidth = (width * 30.44 * 86_400_000) / (end.getTime() - start.getTime());
	const every = Math.max(1, Math.ceil(MIN_TICK_GAP / monthWidth));
	return all
		.filter((_, i) => i % every === 0)
		.map((date) => {
			const january = date.getUTCMonth() === 0;
			return {
				date,
				x: scale(date),
				label: january ? formatYearTick(date) : formatMonthTick(date),
				major: january
			};
		});
}

export interface LabelInput {
	id: string;
	x: number;
	text: string;
}

export interface PlacedLabel extends LabelInput {
	lane: number;
	/** Left edge and width of the label box, after it was kept inside [minX, maxX]. */
	left: number;
	width: number;
}

/**
 * Approximate advance of a 12 px bold system-ui label (measured: DejaVu Sans, the widest of the
 * usual system fonts, averages 7.2 px on labels such as «26 may 2022»); measuring would need the DOM.
 */
export const CHAR_WIDTH = 7.3;
const GAP = 6;

/**
 * Greedy interval placement: labels sorted by x go into the first lane where they clear the
 * previous label by GAP. Boxes are centred on their mark and clamped to the axis so that none is
 * cut at the edges. A label that fits in no lane is left out rather than drawn over another: its
 * mark keeps its accessible name and its detail card.
 */
export function layoutLabels(
	labels: LabelInput[],
	minX: number,
	maxX: number,
	lanes = 3
): PlacedLabel[] {
	const ends: number[] = Array.from({ length: lanes }, () => -Infinity);
	const placed: PlacedLabel[] = [];
	for (const label of [...labels].sort((a, b) => a.x - b.x)) {
		const width = label.text.length * CHAR_WIDTH;
		const left = Math.min(Math.max(label.x - width / 2, minX), Math.max(minX, maxX - width));
		const lane = ends.findIndex((end) => left >= end + GAP);
		if (lane === -1) continue;
		ends[lane] = left + width;
		placed.push({ ...label, lane, left, width });
	}
	return placed;
}

/** True when two placed labels share a lane and their boxes touch. */
export function overlaps(a: PlacedLabel, b: PlacedLabel): boolean {
	return a.lane === b.lane && a.left < b.left + b.width && b.left < a.left + a.width;
}
