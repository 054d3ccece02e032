// The bench's floor is the story's page with no script: if one survived, the floor would run it
// and stop being the measure of what the document alone costs.
import { describe, expect, test } from 'vitest';
import { withoutScripts } from '../../scripts/floor-page.js';

describe('withoutScripts', () => {
	test.each([
		{
			name: 'inline script',
			html: '<p>a</p><script>boot()</script><p>b</p>',
			expected: '<p>a</p><p>b</p>'
		},
		{
			name: 'external module',
			html: '<head><script type="module" src="/_app/x.js"></script></head>',
			expected: '<head></head>'
		},
		{
			name: 'multi-line script',
			html: '<script>\nnew Promise(() => {\n\timport("/x.js")\n})\n</script><main></main>',
			expected: '<main></main>'
		},
		{
			name: 'module preload',
			html: '<link rel="modulepreload" href="/_app/a.js"><link rel="stylesheet" href="/a.css">',
			expected: '<link rel="stylesheet" href="/a.css">'
		},
		{
			name: 'upper-case tag',
			html: '<SCRIPT src="/a.js"></SCRIPT><p>a</p>',
			expected: '<p>a</p>'
		},
		{ name: 'no script', html: '<p>script</p>', expected: '<p>script</p>' }
	])('$name', ({ html, expected }) => {
		expect(withoutScripts(html)).toBe(expected);
	});

	test('a script it cannot take out is an error, not a floor that runs it', () => {
		expect(() => withoutScripts('<script src="/a.js">')).toThrow(/script/);
	});
});
