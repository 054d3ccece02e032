// Dates and numbers each edition's way: «19 de junio de 2024», «6.688 km» in Spanish; "June 19,
// 2024", "6,688 km" in English. The few shapes the story uses are put together here rather than
// shipping d3-time-format and d3-format with their locale tables to every reader, and without
// Intl, whose first formatter costs a slow phone more than the month names weigh (see below).
import type { FuzzyDate } from '$lib/data/types';
import { locale, type Locale } from './edition';

/** The formats of one edition; the module's exports are those of the edition being built. */
export function formatsFor(edition: Locale) {
	const english = edition === 'en';
	// Full month names written out, as the short ones are: the first Intl.DateTimeFormat a page makes
	// loads its locale's data, 55 to 90 ms on a phone 4× slower than this machine (measured in
	// Chromium), for twelve words. tests/unit/format.test.ts checks them against Intl's.
	const MONTHS = english
		? [
				'January',
				'February',
				'March',
				'April',
				'May',
				'June',
				'July',
				'August',
				'September',
				'October',
				'November',
				'December'
			]
		: [
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
	// Short names are the style guides', not Intl's: newer ICU abbreviates September «sept», older
	// «sep», so two engines would label the same axis differently.
	const SHORT_MONTHS = english
		? ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
		: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sep', 'oct', 'nov', 'dic'];

	// UTC, so a date is its record's day wherever the reader is.
	const month = (date: Date) => MONTHS[date.getUTCMonth()] ?? '';
	const shortMonth = (date: Date) => SHORT_MONTHS[date.getUTCMonth()] ?? '';
	const pad = (n: number, width = 2) => String(n).padStart(width, '0');

	function formatDate(date: FuzzyDate): string {
		const d = date.date;
		if (english) {
			return date.precision === 'day'
				? `${month(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
				: `${month(d)} ${d.getUTCFullYear()}`;
		}
		const monthYear = `${month(d)} de ${d.getUTCFullYear()}`;
		return date.precision === 'day' ? `${d.getUTCDate()} de ${monthYear}` : monthYear;
	}

	function formatShortDate(date: FuzzyDate): string {
		const d = date.date;
		if (english) {
			return date.precision === 'day'
				? `${shortMonth(d)} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
				: `${shortMonth(d)} ${d.getUTCFullYear()}`;
		}
		const monthYear = `${shortMonth(d)} ${d.getUTCFullYear()}`;
		return date.precision === 'day' ? `${d.getUTCDate()} ${monthYear}` : monthYear;
	}

	function isoDay(date: Date): string {
		return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
	}

	/** «27 y 28 de febrero de 2019», "February 27–28, 2019", or one date. */
	function formatDateSpan(start: FuzzyDate, end?: FuzzyDate): string {
		if (!end || end.iso === start.iso) return formatDate(start);
		const sameMonth = isoDay(start.date).slice(0, 7) === isoDay(end.date).slice(0, 7);
		if (sameMonth && start.precision === 'day' && end.precision === 'day') {
			const d = end.date;
			return english
				? `${month(d)} ${start.date.getUTCDate()}–${d.getUTCDate()}, ${d.getUTCFullYear()}`
				: `${start.date.getUTCDate()} y ${formatDate(end)}`;
		}
		return english
			? `${formatDate(start)} – ${formatDate(end)}`
			: `${formatDate(start)} al ${formatDate(end)}`;
	}

	/**
	 * A whole number grouped by thousands, four-digit numbers too: 6.688 in Spanish, as its style guide
	 * asks, 6,688 in English. Not Intl: its "es" leaves four digits ungrouped (6688), and
	 * `useGrouping: 'always'` is too recent for every browser that reads the story.
	 */
	function formatInteger(value: number): string {
		const separator = english ? ',' : '.';
		const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, separator);
		return value <= -0.5 ? `−${digits}` : digits;
	}

	function formatKilometres(km: number): string {
		return `${formatInteger(km)} km`;
	}

	/** Axis ticks: «ene 2024» style month labels, or the year alone on a year boundary. */
	const formatMonthTick = shortMonth;
	const formatYearTick = (date: Date): string => String(date.getUTCFullYear());
	const formatDayTick = (date: Date): string =>
		english
			? `${shortMonth(date)} ${date.getUTCDate()}`
			: `${date.getUTCDate()} ${shortMonth(date)}`;

	return {
		formatDate,
		formatShortDate,
		isoDay,
		formatDateSpan,
		formatInteger,
		formatKilometres,
		formatMonthTick,
		formatYearTick,
		formatDayTick
	};
}

export const {
	formatDate,
	formatShortDate,
	isoDay,
	formatDateSpan,
	formatInteger,
	formatKilometres,
	formatMonthTick,
	formatYearTick,
	formatDayTick
} = formatsFor(locale);
