// The copy's tiny markup is the only path from data/ strings to links on the page, so it must
// never produce a link off the site or let HTML through as anything but literal text.
import { describe, expect, test } from 'vitest';
import {
	countWords,
	isSafeHref,
	parseInline,
	plainText,
	readingMinutes,
	type Segment
} from '$lib/copy/inline';

const text = (value: string): Segment => ({ kind: 'text', text: value });

describe('parseInline', () => {
	test.each<{ name: string; source: string; expected: Segment[] }>([
		{ name: 'plain text', source: 'Kim viajó en tren.', expected: [text('Kim viajó en tren.')] },
		{ name: 'empty', source: '', expected: [] },
		{
			name: 'emphasis',
			source: 'el diario *Rodong Sinmun* publicó',
			expected: [text('el diario '), { kind: 'em', text: 'Rodong Sinmun' }, text(' publicó')]
		},
		{
			name: 'site link',
			source: 'Descargue los [datos](/datos).',
			expected: [text('Descargue los '), { kind: 'link', text: 'datos', href: '/datos' }, text('.')]
		},
		{
			name: 'anchor link',
			source: '[paso 3](#paso-3)',
			expected: [{ kind: 'link', text: 'paso 3', href: '#paso-3' }]
		},
		{
			name: 'emphasis and link together',
			source: '*Nota:* ver [método](/metodo#fuentes)',
			expected: [
				{ kind: 'em', text: 'Nota:' },
				text(' ver '),
				{ kind: 'link', text: 'método', href: '/metodo#fuentes' }
			]
		},
		{
			name: 'a lone asterisk stays text',
			source: '5 * 3 = 15',
			expected: [text('5 * 3 = 15')]
		}
	])('$name', ({ source, expected }) => {
		expect(parseInline(source)).toEqual(expected);
	});

	test.each([
		'javascript:alert(1)',
		'JavaScript:alert%281%29',
		'//evil.com',
		'/\\evil.com',
		'https://evil.com',
		'http://example.org/datos',
		'data:text/html,hola',
		'mailto:a@b.c',
		'/datos"onmouseover="x'
	])('a link to %s becomes plain text', (href) => {
		const segments = parseInline(`Vea [aquí](${href}) ya`);
		expect(segments.some((segment) => segment.kind === 'link')).toBe(false);
		expect(segments.map((segment) => segment.text).join('')).toContain('aquí');
		expect(isSafeHref(href)).toBe(false);
	});

	test.each(['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&lt;b&gt; <b>x</b>'])(
		'HTML stays literal text: %s',
		(html) => {
			expect(parseInline(html)).toEqual([text(html)]);
			expect(parseInline(`Antes ${html} después`)).toEqual([text(`Antes ${html} después`)]);
		}
	);

	test('HTML inside emphasis or link text stays literal too', () => {
		expect(parseInline('*<script>x</script>*')).toEqual([
			{ kind: 'em', text: '<script>x</script>' }
		]);
		expect(parseInline('[<img src=x>](/datos)')).toEqual([
			{ kind: 'link', text: '<img src=x>', href: '/datos' }
		]);
	});
});

describe('word counts', () => {
	test('plainText drops the markup but keeps every word', () => {
		expect(plainText('Los *datos* están en [esta página](/datos).')).toBe(
			'Los datos están en esta página.'
		);
	});

	test.each([
		{ paragraphs: [], words: 0 },
		{ paragraphs: [''], words: 0 },
		{ paragraphs: ['  uno   dos\ttres\n cuatro '], words: 4 },
		{ paragraphs: ['Ver *el* [método](/metodo).', 'Otro párrafo aquí'], words: 6 },
		{ paragraphs: ['Putin–Kim, 19 de junio de 2024'], words: 6 }
	])('countWords($paragraphs) = $words', ({ paragraphs, words }) => {
		expect(countWords(paragraphs)).toBe(words);
	});

	test.each([
		{ words: 0, minutes: 1 },
		{ words: 99, minutes: 1 },
		{ words: 299, minutes: 1 },
		{ words: 300, minutes: 2 },
		{ words: 1000, minutes: 5 },
		{ words: 2450, minutes: 12 }
	])('readingMinutes($words) = $minutes (200 words a minute, at least 1)', ({ words, minutes }) => {
		expect(readingMinutes(words)).toBe(minutes);
	});
});
