// Positions come from URLs that people type, paste from CMSs or truncate in chat apps: every input
// must resolve to a valid position (or "not ours" for a hash of another anchor) and never throw.
// A bad step falls back as it always has; a bad beat to the first beat of its step.
import { describe, expect, test } from 'vitest';
import { steps } from '$lib/data';
import { hashOf, positionFromHash, positionFromParam } from '$lib/story/address';
import { sequence } from '$lib/story/position';

const ids = steps.map((step) => step.id);
const last = steps.length - 1;
const lastBeats = steps[last]!.beats.length;
const at = (step: number, beat = 0) => ({ step, beat });

describe('positionFromHash', () => {
	test.each([
		{ name: 'first step', hash: '#paso-1', expected: at(0) },
		{ name: 'middle step', hash: '#paso-5', expected: at(4) },
		{ name: 'a beat', hash: '#paso-5.2', expected: at(4, 1) },
		{ name: 'the first beat, spelt out', hash: '#paso-5.1', expected: at(4) },
		{
			name: 'last beat of the last step',
			hash: `#paso-${last + 1}.${lastBeats}`,
			expected: at(last, lastBeats - 1)
		},
		{ name: 'beat past the step’s end → first beat', hash: '#paso-1.9', expected: at(0) },
		{ name: 'beat zero → first beat', hash: '#paso-2.0', expected: at(1) },
		{ name: 'negative beat → first beat', hash: '#paso-2.-1', expected: at(1) },
		{ name: 'letters for a beat → first beat', hash: '#paso-2.x', expected: at(1) },
		{ name: 'empty beat → first beat', hash: '#paso-2.', expected: at(1) },
		{ name: 'beat as a decimal → first beat', hash: '#paso-2.5.1', expected: at(1) },
		{ name: 'upper case', hash: '#PASO-3', expected: at(2) },
		{ name: 'without the #', hash: 'paso-2', expected: at(1) },
		{ name: 'zero → first', hash: '#paso-0', expected: at(0) },
		{ name: 'past the end → last', hash: '#paso-99', expected: at(last) },
		{
			name: 'past the end with a beat → last step, that beat',
			hash: '#paso-99.2',
			expected: at(last, 1)
		},
		{ name: 'negative → first', hash: '#paso--4', expected: at(0) },
		{ name: 'leading zeros', hash: '#paso-003', expected: at(2) },
		{ name: 'encoded trailing space', hash: '#paso-3%20', expected: at(2) },
		{ name: 'encoded name', hash: '#%70aso-4', expected: at(3) },
		{ name: 'letters', hash: '#paso-abc', expected: undefined },
		{ name: 'plus sign', hash: '#paso-+2', expected: undefined },
		{ name: 'non-ASCII digits', hash: '#paso-٣', expected: undefined },
		{ name: 'another anchor on the page', hash: '#metodo', expected: undefined },
		{ name: 'bare #', hash: '#', expected: undefined },
		{ name: 'empty', hash: '', expected: undefined },
		{ name: 'broken percent-encoding', hash: '#%E0%A4%A', expected: undefined },
		{ name: 'lone %', hash: '#paso-%', expected: undefined },
		{ name: 'seven-digit number is garbage', hash: '#paso-1234567', expected: undefined },
		{ name: 'very long number', hash: `#paso-${'9'.repeat(10_000)}`, expected: undefined },
		{ name: 'very long padding', hash: `#paso-2${' '.repeat(100_000)}`, expected: at(1) },
		{ name: 'very long garbage', hash: `#${'paso-'.repeat(50_000)}`, expected: undefined }
	])('$name', ({ hash, expected }) => {
		expect(positionFromHash(hash)).toEqual(expected);
	});

	test('reads back every address it writes, and writes #paso-N for a first beat', () => {
		for (const position of sequence) {
			expect(positionFromHash(hashOf(position))).toEqual(position);
			expect(hashOf(position)).toBe(
				position.beat === 0
					? `#paso-${position.step + 1}`
					: `#paso-${position.step + 1}.${position.beat + 1}`
			);
		}
	});

	test('garbage is rejected quickly, whatever its length', () => {
		const started = performance.now();
		positionFromHash(`#paso-${'-1'.repeat(500_000)}`);
		positionFromHash(`#${'%25'.repeat(300_000)}`);
		positionFromHash(`#paso-1.${'9'.repeat(500_000)}`);
		expect(performance.now() - started).toBeLessThan(500);
	});
});

describe('positionFromParam', () => {
	test.each([
		{ name: 'absent', value: null, expected: at(0) },
		{ name: 'empty', value: '', expected: at(0) },
		{ name: 'number', value: '3', expected: at(2) },
		{ name: 'number and beat', value: '3.2', expected: at(2, 1) },
		{ name: 'bad beat → first beat', value: '3.99', expected: at(2) },
		{ name: 'number with spaces', value: ' 3 ', expected: at(2) },
		{ name: 'zero → first', value: '0', expected: at(0) },
		{ name: 'past the end → last', value: '99', expected: at(last) },
		{ name: 'negative → first', value: '-2', expected: at(0) },
		{ name: 'step id', value: ids[2]!, expected: at(2) },
		{ name: 'last step id', value: ids[last]!, expected: at(last) },
		{ name: 'step id in capitals', value: ids[1]!.toUpperCase(), expected: at(1) },
		{ name: 'unknown id', value: 'no-existe', expected: at(0) },
		{ name: 'number then letters', value: '3abc', expected: at(0) },
		{ name: 'exponent', value: '1e3', expected: at(0) },
		{ name: 'markup', value: '<script>', expected: at(0) },
		{ name: 'very long', value: '7'.repeat(100_000), expected: at(0) }
	])('$name', ({ value, expected }) => {
		expect(positionFromParam(value, ids)).toEqual(expected);
	});

	test('every result is a position the story has', () => {
		for (const value of [null, '', '-999999', '999999', '2.999', ...ids, 'x'.repeat(1000)]) {
			const { step, beat } = positionFromParam(value, ids);
			expect(step >= 0 && step <= last && beat >= 0 && beat < steps[step]!.beats.length).toBe(true);
		}
	});
});
