// The interface strings of both editions: the real dictionaries match key for key, and each kind
// of gap gives the line that names the file and the key.
import { describe, expect, test } from 'vitest';
import { compareDictionaries } from '$lib/i18n/check';
import { en } from '$lib/i18n/en';
import { enPages } from '$lib/i18n/en-pages';
import { es } from '$lib/i18n/es';
import { esPages } from '$lib/i18n/es-pages';

test('the English dictionary has every Spanish string, and nothing else', () => {
	expect(compareDictionaries(es, en, 'src/lib/i18n/en.ts')).toEqual([]);
});

test("so do the English pages' strings (/presentar, /insertar)", () => {
	expect(compareDictionaries(esPages, enPages, 'src/lib/i18n/en-pages.ts')).toEqual([]);
});

describe('a gap between the dictionaries is named', () => {
	const spanish = {
		title: 'Título',
		nav: { next: 'Siguiente' },
		counter: (current: number, total: number) => `${current} de ${total}`
	};
	const english = {
		title: 'Title',
		nav: { next: 'Next' },
		counter: (current: number, total: number) => `${current} of ${total}`
	};
	test.each([
		{ name: 'nothing', other: english, expected: [] },
		{
			name: 'a missing nested string',
			other: { ...english, nav: {} },
			expected: ['en.ts › nav.next: missing (es.ts has it)']
		},
		{
			name: 'an empty string',
			other: { ...english, title: ' ' },
			expected: ['en.ts › title: is empty']
		},
		{
			name: 'an extra string',
			other: { ...english, extra: 'More' },
			expected: ['en.ts › extra: not in es.ts']
		},
		{
			name: 'a string where Spanish has a function',
			other: { ...english, counter: 'of' },
			expected: ['en.ts › counter: is a string; es.ts has a function']
		},
		{
			name: 'a function with other arguments',
			other: { ...english, counter: (current: number) => `${current}` },
			expected: ['en.ts › counter: takes 1 arguments; es.ts takes 2']
		}
	])('$name', ({ other, expected }) => {
		expect(compareDictionaries(spanish, other, 'en.ts')).toEqual(expected);
	});
});
