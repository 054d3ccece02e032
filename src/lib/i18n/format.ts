// Dates and numbers the Spanish way: «19 de junio de 2024», «6.688 km». Every browser carries the
// Spanish month names in Intl; the few shapes the story uses are put together here rather than
// shipping d3-time-format and d3-format with their locale tables to every reader.
import type { FuzzyDate } from '$lib/data/types';

// Full month names from Intl: «enero» … «diciembre» agree across ICU versions (Node's, Chromium's,
// WebKit's). UTC, so a date is its record's day wherever the machine or the reader is.
const monthName = new Intl.DateTimeFormat('es', { month: 'long', timeZone: 'UTC' });
// Short names are the style guide's, not Intl's: newer ICU abbreviates September «sept», older
// «sep», so two engines would label the same axis differently.
const SHORT_MONTHS = [
	'ene',
	'feb',
	'mar',
	'abr',
	'may',
	'jun',
	'jul',
	'ago',
	'sep',
	'oct',
	'nov',
	'dic'
];

const month = (date: Date) => monthName.format(date);
const shortMonth = (date: Date) => SHORT_MONTHS[date.getUTCMonth()] ?? '';
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatDate(date: FuzzyDate): string {
	const d = date.date;
	const monthYear = `${month(d)} de ${d.getUTCFullYear()}`;
	return date.precision === 'day' ? `${d.getUTCDate()} de ${monthYear}` : monthYear;
}

export function formatShortDate(date: FuzzyDate): string {
	const d = date.date;
	const monthYear = `${shortMonth(d)} ${d.getUTCFullYear()}`;
	return date.precision === 'day' ? `${d.getUTCDate()} ${monthYear}` : monthYear;
}

export function isoDay(date: Date): string {
	return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** «27 y 28 de febrero de 2019», «15 y 16 de septiembre de 2023», or one date. */
export function formatDateSpan(start: FuzzyDate, end?: FuzzyDate): string {
	if (!end || end.iso === start.iso) return formatDate(start);
	const sameMonth = isoDay(start.date).slice(0, 7) === isoDay(end.date).slice(0, 7);
	if (sameMonth && start.precision === 'day' && end.precision === 'day') {
		return `${start.date.getUTCDate()} y ${formatDate(end)}`;
	}
	return `${formatDate(start)} al ${formatDate(end)}`;
}

/**
 * A whole number with a dot every three digits, four-digit numbers too (6.688), as the style guide
 * asks. Not Intl: its "es" leaves four digits ungrouped (6688), and `useGrouping: 'always'` is too
 * recent for every browser that reads the story.
 */
export function formatInteger(value: number): string {
	const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
	return value <= -0.5 ? `−${digits}` : digits;
}

export function formatKilometres(km: number): string {
	return `${formatInteger(km)} km`;
}

/** Axis ticks: «ene 2024» style month labels, or the year alone on a year boundary. */
export const formatMonthTick = shortMonth;
export const formatYearTick = (date: Date): string => String(date.getUTCFullYear());
export const formatDayTick = (date: Date): string => `${date.getUTCDate()} ${shortMonth(date)}`;
