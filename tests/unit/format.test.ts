// Dates and numbers follow the story's Spanish style guide («19 de junio de 2024», «6.688 km»),
// which differs from what Intl gives for "es" (no thousands dot in four-digit numbers).
import { describe, expect, test } from 'vitest';
import { parseFuzzyDate } from '$lib/data/dates';
import type { FuzzyDate } from '$lib/data/types';
import {
	formatDate,
	formatDateSpan,
	formatInteger,
	formatKilometres,
	formatMonthTick,
	formatYearTick,
	formatsFor
} from '$lib/i18n/format';

const fuzzy = (iso: string): FuzzyDate => {
	const date = parseFuzzyDate(iso);
	if (!date) throw new Error(`bad test date ${iso}`);
	return date;
};

describe('formatDate', () => {
	test.each([
		{ iso: '2024-06-19', expected: '19 de junio de 2024' },
		{ iso: '2019-04-25', expected: '25 de abril de 2019' },
		{ iso: '2024-12-04', expected: '4 de diciembre de 2024' },
		{ iso: '2024-10', expected: 'octubre de 2024' },
		{ iso: '2025-01', expected: 'enero de 2025' }
	])('$iso → «$expected»', ({ iso, expected }) => {
		expect(formatDate(fuzzy(iso))).toBe(expected);
	});

	test('uses the UTC day whatever the machine time zone', () => {
		// Midnight UTC is still the previous evening in the Americas, where builds may run.
		const saved = process.env.TZ;
		process.env.TZ = 'America/Mexico_City';
		try {
			expect(new Date(Date.UTC(2024, 0, 1)).getDate()).toBe(31); // the zone took effect
			expect(formatDate(fuzzy('2024-01-01'))).toBe('1 de enero de 2024');
		} finally {
			if (saved === undefined) delete process.env.TZ;
			else process.env.TZ = saved;
		}
	});
});

describe('formatDateSpan', () => {
	test.each([
		{ start: '2019-02-27', end: '2019-02-28', expected: '27 y 28 de febrero de 2019' },
		{ start: '2023-09-15', end: '2023-09-16', expected: '15 y 16 de septiembre de 2023' },
		{ start: '2024-06-19', end: undefined, expected: '19 de junio de 2024' },
		{ start: '2024-06-19', end: '2024-06-19', expected: '19 de junio de 2024' }
	])('$start → $end: «$expected»', ({ start, end, expected }) => {
		expect(formatDateSpan(fuzzy(start), end ? fuzzy(end) : undefined)).toBe(expected);
	});

	test('a span across months names both dates in full', () => {
		const text = formatDateSpan(fuzzy('2023-09-30'), fuzzy('2023-10-02'));
		expect(text).toContain('30 de septiembre de 2023');
		expect(text).toContain('2 de octubre de 2023');
	});
});

describe('numbers', () => {
	test.each([
		{ km: 6687.8, expected: '6.688 km' },
		{ km: 560, expected: '560 km' },
		{ km: 680.6, expected: '681 km' },
		{ km: 7102.3, expected: '7.102 km' },
		{ km: 12345.6, expected: '12.346 km' },
		{ km: 0, expected: '0 km' }
	])('formatKilometres($km) = «$expected»', ({ km, expected }) => {
		expect(formatKilometres(km)).toBe(expected);
	});

	test.each([
		{ value: 11000, expected: '11.000' },
		{ value: 1000, expected: '1.000' },
		{ value: 999, expected: '999' },
		{ value: 1234567, expected: '1.234.567' }
	])('formatInteger($value) = «$expected»', ({ value, expected }) => {
		expect(formatInteger(value)).toBe(expected);
	});
});

describe('axis ticks', () => {
	test('months are short, lower-case Spanish names', () => {
		const months = Array.from({ length: 12 }, (_, m) =>
			formatMonthTick(new Date(Date.UTC(2024, m, 1)))
		);
		expect(months.join(' ')).toBe('ene feb mar abr may jun jul ago sep oct nov dic');
		expect(formatYearTick(new Date(Date.UTC(2025, 0, 1)))).toBe('2025');
	});
});

describe('the English edition', () => {
	const english = formatsFor('en');
	test.each([
		{ format: english.formatDate(fuzzy('2024-06-19')), expected: 'June 19, 2024' },
		{ format: english.formatDate(fuzzy('2024-10')), expected: 'October 2024' },
		{
			format: english.formatDateSpan(fuzzy('2019-02-27'), fuzzy('2019-02-28')),
			expected: 'February 27–28, 2019'
		},
		{
			format: english.formatDateSpan(fuzzy('2023-09-30'), fuzzy('2023-10-02')),
			expected: 'September 30, 2023 – October 2, 2023'
		},
		{ format: english.formatShortDate(fuzzy('2024-06-19')), expected: 'Jun 19, 2024' },
		{ format: english.formatInteger(6688), expected: '6,688' },
		{ format: english.formatInteger(11000), expected: '11,000' },
		{ format: english.formatKilometres(560), expected: '560 km' },
		{ format: english.formatDayTick(new Date(Date.UTC(2024, 5, 19))), expected: 'Jun 19' },
		{ format: english.formatMonthTick(new Date(Date.UTC(2024, 8, 1))), expected: 'Sep' }
	])('«$expected»', ({ format, expected }) => {
		expect(format).toBe(expected);
	});
});

// The month names are written out (Intl's first formatter is slow to make on a phone): they must
// be the ones Intl gives, in both editions.
describe('month names', () => {
	test.each(
		(['es', 'en'] as const).flatMap((edition) =>
			Array.from({ length: 12 }, (_, month) => ({ edition, month: month + 1 }))
		)
	)('$edition, month $month: as Intl writes it', ({ edition, month }) => {
		const iso = `2024-${String(month).padStart(2, '0')}`;
		const date = fuzzy(iso);
		const intl = new Intl.DateTimeFormat(edition, { month: 'long', timeZone: 'UTC' }).format(
			date.date
		);
		expect(formatsFor(edition).formatDate(date)).toBe(
			edition === 'es' ? `${intl} de 2024` : `${intl} 2024`
		);
	});
});
