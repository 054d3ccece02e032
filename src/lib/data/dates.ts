import type { FuzzyDate } from './types.ts';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

/** Reads "YYYY-MM-DD" or "YYYY-MM" into a UTC date with its precision; undefined if invalid. */
export function parseFuzzyDate(text: string): FuzzyDate | undefined {
	const day = DAY.exec(text);
	if (day) {
		const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
		const date = new Date(Date.UTC(year, month - 1, dayOfMonth));
		const real =
			date.getUTCFullYear() === year &&
			date.getUTCMonth() === month - 1 &&
			date.getUTCDate() === dayOfMonth;
		return real ? { iso: text, date, precision: 'day' } : undefined;
	}
	const month = MONTH.exec(text);
	if (month) {
		const [year, monthNumber] = [Number(month[1]), Number(month[2])];
		if (monthNumber < 1 || monthNumber > 12) return undefined;
		return { iso: text, date: new Date(Date.UTC(year, monthNumber - 1, 1)), precision: 'month' };
	}
	return undefined;
}

/** A strict calendar day, for fields that must be a day. */
export function parseDay(text: string): Date | undefined {
	const parsed = parseFuzzyDate(text);
	return parsed?.precision === 'day' ? parsed.date : undefined;
}
