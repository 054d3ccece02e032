// Step addresses come from URLs that people type, paste from CMSs or truncate in chat apps: every
// input must resolve to a valid step (or "no step" for a hash that is not ours) and never throw.
import { describe, expect, test } from 'vitest';
import { steps } from '$lib/data';
import { hashOf, stepFromHash, stepFromParam } from '$lib/story/address';

const ids = steps.map((step) => step.id);
const count = ids.length;
const last = count - 1;

describe('stepFromHash', () => {
	test.each([
		{ name: 'first step', hash: '#paso-1', expected: 0 },
		{ name: 'middle step', hash: '#paso-5', expected: 4 },
		{ name: 'upper case', hash: '#PASO-3', expected: 2 },
		{ name: 'without the #', hash: 'paso-2', expected: 1 },
		{ name: 'zero → first', hash: '#paso-0', expected: 0 },
		{ name: 'past the end → last', hash: '#paso-99', expected: last },
		{ name: 'negative → first', hash: '#paso--4', expected: 0 },
		{ name: 'leading zeros', hash: '#paso-003', expected: 2 },
		{ name: 'encoded trailing space', hash: '#paso-3%20', expected: 2 },
		{ name: 'encoded name', hash: '#%70aso-4', expected: 3 },
		{ name: 'letters', hash: '#paso-abc', expected: undefined },
		{ name: 'decimal', hash: '#paso-2.5', expected: undefined },
		{ name: 'plus sign', hash: '#paso-+2', expected: undefined },
		{ name: 'non-ASCII digits', hash: '#paso-٣', expected: undefined },
		{ name: 'another anchor on the page', hash: '#metodo', expected: undefined },
		{ name: 'bare #', hash: '#', expected: undefined },
		{ name: 'empty', hash: '', expected: undefined },
		{ name: 'broken percent-encoding', hash: '#%E0%A4%A', expected: undefined },
		{ name: 'lone %', hash: '#paso-%', expected: undefined },
		{ name: 'seven-digit number is garbage', hash: '#paso-1234567', expected: undefined },
		{ name: 'very long number', hash: `#paso-${'9'.repeat(10_000)}`, expected: undefined },
		{ name: 'very long padding', hash: `#paso-2${' '.repeat(100_000)}`, expected: 1 },
		{ name: 'very long garbage', hash: `#${'paso-'.repeat(50_000)}`, expected: undefined }
	])('$name', ({ hash, expected }) => {
		expect(stepFromHash(hash, count)).toBe(expected);
	});

	test('reads back every address it writes', () => {
		for (let i = 0; i < count; i++) expect(stepFromHash(hashOf(i), count)).toBe(i);
	});

	test('garbage is rejected quickly, whatever its length', () => {
		const started = performance.now();
		stepFromHash(`#paso-${'-1'.repeat(500_000)}`, count);
		stepFromHash(`#${'%25'.repeat(300_000)}`, count);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('stepFromParam', () => {
	test.each([
		{ name: 'absent', value: null, expected: 0 },
		{ name: 'empty', value: '', expected: 0 },
		{ name: 'number', value: '3', expected: 2 },
		{ name: 'number with spaces', value: ' 3 ', expected: 2 },
		{ name: 'zero → first', value: '0', expected: 0 },
		{ name: 'past the end → last', value: '99', expected: last },
		{ name: 'negative → first', value: '-2', expected: 0 },
		{ name: 'step id', value: ids[2]!, expected: 2 },
		{ name: 'last step id', value: ids[last]!, expected: last },
		{ name: 'step id in capitals', value: ids[1]!.toUpperCase(), expected: 1 },
		{ name: 'unknown id', value: 'no-existe', expected: 0 },
		{ name: 'number then letters', value: '3abc', expected: 0 },
		{ name: 'exponent', value: '1e3', expected: 0 },
		{ name: 'markup', value: '<script>', expected: 0 },
		{ name: 'very long', value: '7'.repeat(100_000), expected: 0 }
	])('$name', ({ value, expected }) => {
		expect(stepFromParam(value, ids)).toBe(expected);
	});

	test('every result is a valid index', () => {
		for (const value of [null, '', '-999999', '999999', ...ids, 'x'.repeat(1000)]) {
			const index = stepFromParam(value, ids);
			expect(Number.isInteger(index) && index >= 0 && index < count).toBe(true);
		}
	});
});
