// An editor fixes a broken data file by jumping to a line and column, so the position must point
// at the offending character (1-based, as editors count) whatever the JavaScript engine reports.
import { describe, expect, test } from 'vitest';
import { lineAndColumn, parseJson } from '$lib/data/json';

interface Case {
	name: string;
	text: string;
	line: number;
	/** Exact, or the range of acceptable columns when either end of a bad token will do. */
	column: number | [number, number];
	/** Words the reason must keep, so the editor knows what is wrong. */
	reason?: RegExp;
}

const cases: Case[] = [
	{
		name: 'trailing comma in an object',
		text: '{\n  "a": 1,\n  "b": 2,\n}\n',
		line: 4,
		column: 1,
		reason: /trailing comma/
	},
	{
		name: 'trailing comma on one line',
		text: '{"a":1,}',
		line: 1,
		column: 8
	},
	{
		name: 'missing colon',
		text: '{\n  "id": "x",\n  "date" "2024-01-01"\n}',
		line: 3,
		column: 10
	},
	{
		name: 'missing comma between array items',
		text: '[\n  1\n  2\n]',
		line: 3,
		column: 3,
		reason: /comma was expected/
	},
	{
		name: 'raw line break inside a string',
		text: '{\n  "title": "dos\nlíneas"\n}',
		// The string that a raw line break leaves unclosed: its opening quote.
		line: 2,
		column: 12,
		reason: /string is not closed|invalid character/
	},
	{
		name: 'text after the end',
		text: '{"a": 1}\n}',
		line: 2,
		column: 1
	},
	{
		name: 'cut off before the end',
		text: '{\n  "a": [1, 2',
		// One past the last character: where the missing "]" belongs.
		line: 2,
		column: 13
	},
	{
		name: 'empty file',
		text: '',
		line: 1,
		column: 1,
		reason: /value was expected/
	},
	// Node 20's V8 says `Unexpected token ']', "..." is not valid JSON` with no position at all
	// for these; the position must still be the token's, not the end of the file.
	{
		name: 'trailing comma in an array',
		text: '{\n  "a": [\n    1,\n  ]\n}\n',
		line: 4,
		column: 3
	},
	{
		name: 'misspelt literal',
		text: '{\n  "ok": tru,\n  "b": 1\n}\n',
		line: 2,
		column: [9, 12] // the "t" of tru, or the comma where the engine gives up
	},
	{
		name: 'single quotes',
		text: "{\n  'a': 1\n}",
		line: 2,
		column: 3
	}
];

describe('parseJson', () => {
	test('returns the value of valid JSON', () => {
		expect(parseJson('{"a": [1, "dos", null]}')).toEqual({
			ok: true,
			value: { a: [1, 'dos', null] }
		});
	});

	test.each(cases)('$name → line $line, column $column', ({ text, line, column, reason }) => {
		const result = parseJson(text);
		expect(result.ok).toBe(false);
		const message = result.ok ? '' : result.message;
		const at = /^line (\d+), column (\d+): \S/.exec(message);
		expect(at, message).not.toBeNull();
		expect(Number(at![1])).toBe(line);
		const [first, last] = typeof column === 'number' ? [column, column] : column;
		expect(Number(at![2])).toBeGreaterThanOrEqual(first);
		expect(Number(at![2])).toBeLessThanOrEqual(last);
		if (reason) expect(message).toMatch(reason);
		// The message becomes one line of the build output: no line breaks, no raw byte offsets.
		expect(message).not.toMatch(/\n/);
		expect(message).not.toMatch(/position \d+/);
	});
});

describe('lineAndColumn', () => {
	test.each([
		{ text: 'abc', offset: 0, expected: { line: 1, column: 1 } },
		{ text: 'abc', offset: 2, expected: { line: 1, column: 3 } },
		{ text: 'a\nbc', offset: 2, expected: { line: 2, column: 1 } },
		{ text: 'a\nbc\n', offset: 3, expected: { line: 2, column: 2 } },
		{ text: 'a\n\n\nx', offset: 4, expected: { line: 4, column: 1 } }
	])('offset $offset in $text', ({ text, offset, expected }) => {
		expect(lineAndColumn(text, offset)).toEqual(expected);
	});
});
