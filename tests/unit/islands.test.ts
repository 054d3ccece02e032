// The story page, the slides and the embeds have no SvelteKit client: the server hook adds each its islands
// script, imported once the page has painted, and the page's policy allows that script by its
// hash. A page of another shape fails the build rather than shipping a story that never comes
// alive.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { addIslandsScript } from '$lib/server/islands';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');
const ENTRY = '/_app/immutable/entry/story-page.abc.js';
/** The built file of each islands script, as the build manifest would give it. */
const entry = (source: string) =>
	`/_app/immutable/entry/${source.split('/').pop()!.replace('.ts', '')}.abc.js`;

const POLICY = `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self'; style-src 'self'">`;
const page = ({
	policy = POLICY,
	body = '<div data-island="story"></div>',
	end = '</body>'
} = {}) => `<html><head>${policy}</head><body>${body}${end}</html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)?.[1];

describe('addIslandsScript', () => {
	test('imports the islands entry after the first paint, allowed by its hash', () => {
		const out = addIslandsScript(page(), entry);
		const script = scriptOf(out)!;
		expect(script).toMatch(/first-contentful-paint[\s\S]*\.then\(\(\) => import\("/);
		expect(script).toContain(JSON.stringify(ENTRY));
		expect(out).toContain(`script-src 'self' 'sha256-${sha256(script)}';`);
		// At the end of the body, after the islands' markup.
		expect(out.indexOf('<script>')).toBeGreaterThan(out.indexOf('data-island="story"'));
		expect(out).toMatch(/<\/script><\/body><\/html>$/);
		expect(() => new Function(script)).not.toThrow();
	});

	test.each([
		{ island: 'story', file: ENTRY },
		{ island: 'embed', file: '/_app/immutable/entry/embed-page.abc.js' },
		{ island: 'slides', file: '/_app/immutable/entry/slides-page.abc.js' }
	])('a page with the $island island gets its own islands script', ({ island, file }) => {
		const out = addIslandsScript(page({ body: `<div data-island="${island}"></div>` }), entry);
		expect(scriptOf(out)).toContain(`import(${JSON.stringify(file)})`);
	});

	test.each([
		{
			name: 'another page (islands elsewhere, but none that marks a page of islands)',
			body: '<span data-island="edition"></span>'
		},
		{ name: 'a page without islands', body: '<p>Texto</p>' }
	])('$name is left as it is', ({ body }) => {
		const html = page({ body });
		expect(addIslandsScript(html, entry)).toBe(html);
	});

	test('a page SvelteKit’s client hydrates (the story page under vite dev) is left as it is', () => {
		const html = page({ body: '<div data-island="story"></div><script>kit.start(app)</script>' });
		expect(addIslandsScript(html, entry)).toBe(html);
	});

	test.each([
		{
			name: 'a policy without script-src',
			html: page({
				policy: `<meta http-equiv="content-security-policy" content="default-src 'self'">`
			}),
			error: /script-src 'self'/
		},
		{ name: 'a page without </body>', html: page({ end: '' }), error: /<\/body>/ }
	])('$name fails, saying what is missing', ({ html, error }) => {
		expect(() => addIslandsScript(html, entry)).toThrow(error);
	});
});
