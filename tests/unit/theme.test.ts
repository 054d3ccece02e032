// The theme's light values, as the share image reads them from theme.css (resvg has no custom
// properties): the light half of each light-dark() pair, with references between tokens resolved.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	compactCss,
	keepTokensReadBy,
	lightTokens,
	lightValue,
	resolveVars
} from '$lib/theme/theme';

// Read from disk: vitest hands CSS imports (?raw too) to tests as empty strings.
const themeCss = readFileSync(new URL('../../src/lib/theme/theme.css', import.meta.url), 'utf8');

describe('lightValue', () => {
	test.each([
		{ value: 'light-dark(#fbfaf6, #11151a)', expected: '#fbfaf6' },
		{ value: 'light-dark(rgb(0 0 0 / 0.08), rgb(0 0 0 / 0.5))', expected: 'rgb(0 0 0 / 0.08)' },
		{ value: 'light-dark(rgb(1, 2, 3), white)', expected: 'rgb(1, 2, 3)' },
		{
			value: '0 1px 2px light-dark(black, white), 0 4px light-dark(red, blue)',
			expected: '0 1px 2px black, 0 4px red'
		},
		{ value: 'light-dark(light-dark(a, b), c)', expected: 'a' },
		{ value: '#123456', expected: '#123456' },
		{ value: 'var(--ru)', expected: 'var(--ru)' }
	])('$value → $expected', ({ value, expected }) => {
		expect(lightValue(value)).toBe(expected);
	});

	test('an unclosed light-dark() is an error, not a guess', () => {
		expect(() => lightValue('light-dark(#fff, #000')).toThrow(/not closed/);
	});
});

describe('lightTokens', () => {
	const css = `/* a comment with --fake: light-dark(red, blue); */
:root {
	color-scheme: light dark;
	--paper: light-dark(#fbfaf6, #11151a);
	--ink:
		light-dark(#1b1f24, #ebe7df);
	--accent: var(--ink);
	--shadow: 0 1px 2px light-dark(rgb(0 0 0 / 0.1), rgb(0 0 0 / 0.5));
	--font: system-ui, sans-serif;
}
:root[data-theme='oscuro'] { --paper: #000; }
@media print { :root { --paper: white; } }`;

	test('each custom property of the first :root block, light, with var() resolved', () => {
		expect(Object.fromEntries(lightTokens(css))).toEqual({
			paper: '#fbfaf6',
			ink: '#1b1f24',
			accent: '#1b1f24',
			shadow: '0 1px 2px rgb(0 0 0 / 0.1)',
			font: 'system-ui, sans-serif'
		});
	});

	test('a reference to a missing token, or a loop, is an error', () => {
		expect(() => resolveVars('fill: var(--nope)', new Map())).toThrow(/--nope/);
		const loop = new Map([
			['a', 'var(--b)'],
			['b', 'var(--a)']
		]);
		expect(() => resolveVars('var(--a)', loop)).toThrow(/loop/);
	});
});

describe('the theme file', () => {
	test('every colour of theme.css has a light value without var() or light-dark()', () => {
		const tokens = lightTokens(themeCss);
		expect(tokens.size).toBeGreaterThan(20);
		for (const [name, value] of tokens) {
			expect(value, name).not.toMatch(/var\(|light-dark\(/);
		}
		expect(tokens.get('paper')).toBe('#fbfaf6');
		expect(tokens.get('route')).toBe(tokens.get('ru'));
	});

	test("a stylesheet of the theme's names gets plain colours", () => {
		const tokens = lightTokens(themeCss);
		expect(resolveVars('.a{fill:var(--ink);stroke:var(--paper)}', tokens)).toBe(
			`.a{fill:${tokens.get('ink')};stroke:${tokens.get('paper')}}`
		);
	});

	test('compactCss keeps selectors and values, drops comments and spacing', () => {
		expect(compactCss('/* why */\n.a .b {\n\tfill: red;\n\tstroke-dasharray: 8 6;\n}\n')).toBe(
			'.a .b{fill:red;stroke-dasharray:8 6;}'
		);
	});
});

describe('keepTokensReadBy', () => {
	const style =
		':root{--ink:#111;--paper:#fff;--ru:red;--route:var(--ru);--link:blue;}' +
		"@supports (color:light-dark(#000,#fff)){:root{--ink:light-dark(#111,#eee);--link:light-dark(blue,cyan);}:root[data-theme='claro']{color-scheme:light;}}";
	test.each([
		{
			css: '.a{fill:var(--ink)}',
			expected:
				':root{--ink:#111;}' +
				"@supports (color:light-dark(#000,#fff)){:root{--ink:light-dark(#111,#eee);}:root[data-theme='claro']{color-scheme:light;}}"
		},
		{
			css: '.r{stroke:var(--route)}',
			expected:
				':root{--ru:red;--route:var(--ru);}' +
				"@supports (color:light-dark(#000,#fff)){:root{}:root[data-theme='claro']{color-scheme:light;}}"
		},
		{
			css: '.plain{fill:red}',
			expected:
				":root{}@supports (color:light-dark(#000,#fff)){:root{}:root[data-theme='claro']{color-scheme:light;}}"
		}
	])('$css', ({ css, expected }) => {
		expect(keepTokensReadBy(css, style)).toBe(expected);
	});

	test('a token the theme lacks is an error, naming it', () => {
		expect(() => keepTokensReadBy('.a{fill:var(--missing)}', style)).toThrow(/--missing/);
	});
});
