// Dates and numbers the Spanish way: «19 de junio de 2024», «6.688 km».
import { formatLocale, type FormatLocaleDefinition } from 'd3-format';
import { timeFormatLocale, type TimeLocaleDefinition } from 'd3-time-format';
import esTime from 'd3-time-format/locale/es-ES';
import type { FuzzyDate } from '$lib/data/types';

// d3-format's es-ES groups four-digit numbers too (6.688), as the story's style requires;
// Intl's "es" does not (6688).
const esNumbers = formatLocale({
	decimal: ',',
	thousands: '.',
	grouping: [3],
	currency: ['', '\u00a0€']
} satisfies FormatLocaleDefinition);
const esDates = timeFormatLocale(esTime as TimeLocaleDefinition);

const dayFormat = esDates.utcFormat('%-d de %B de %Y');
const monthFormat = esDates.utcFormat('%B de %Y');
const shortDayFormat = esDates.utcFormat('%-d %b %Y');
const isoDay = esDates.utcFormat('%Y-%m-%d');
const integer = esNumbers.format(',.0f');

export function formatDate(date: FuzzyDate): string {
	return date.precision === 'day' ? dayFormat(date.date) : monthFormat(date.date);
}

const shortMonthFormat = esDates.utcFormat('%b %Y');

export function formatShortDate(date: FuzzyDate): string {
	return date.precision === 'day' ? shortDayFormat(date.date) : shortMonthFormat(date.date);
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

export function formatKilometres(km: number): string {
	return `${integer(km)} km`;
}

export function formatInteger(value: number): string {
	return integer(value);
}

/** Axis ticks: «ene 2024» style month labels, or the year alone on a year boundary. */
export const formatMonthTick = esDates.utcFormat('%b');
export const formatYearTick = esDates.utcFormat('%Y');
export const formatDayTick = esDates.utcFormat('%-d %b');
export { isoDay };
