// SvelteKit's start-up script waits for the page's first paint, and the page's content security
// policy still allows it: the hash in the policy is the rewritten script's. A script of another
// shape than the one rewritten fails the build rather than starting the page early or not at all.
import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { bootAfterPaint } from '$lib/server/boot-after-paint';

const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

/** The start-up script as SvelteKit 2 writes it into a prerendered page. */
const START = `
	{
		__sveltekit_abc123 = { base: "" };
		const element = document.currentScript.parentElement;
		Promise.all([
			import("/_app/immutable/entry/start.js"),
			import("/_app/immutable/entry/app.js")
		]).then(([kit, app]) => {
			kit.start(app, element, { node_ids: [0, 4], data: [null,null], form: null, error: null });
		});
	}
`;

const page = (script: string, hash = sha256(script)) =>
	`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'sha256-${hash}'; style-src 'self'"></head>` +
	`<body><div><p>Texto</p><script>${script}</script></div></body></html>`;

const scriptOf = (html: string) => /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;

describe('bootAfterPaint', () => {
	test('the app is imported once the page has painted, and the policy allows the new script', () => {
		const out = bootAfterPaint(page(START));
		const script = scriptOf(out);
		expect(script).toMatch(
			/new Promise\(\(painted\) => \{[\s\S]*first-contentful-paint[\s\S]*\}\)\.then\(\(\) => Promise\.all\(\[/
		);
		expect(script).toContain('])).then(([kit, app]) =>');
		expect(out).toContain(`'sha256-${sha256(script)}'`);
		expect(out).not.toContain(`'sha256-${sha256(START)}'`);
		// The rewritten script is still valid JavaScript.
		expect(() => new Function(script)).not.toThrow();
		expect(out.replace(script, START).replace(sha256(script), sha256(START))).toBe(page(START));
	});

	test('a page without a start-up script is left as it is', () => {
		const html = '<html><body><p>Sin script</p></body></html>';
		expect(bootAfterPaint(html)).toBe(html);
	});

	test('a page without its policy in a <meta> (vite dev sends a header) is left as it is', () => {
		const html = page(START).replace(/<meta[^>]*>/, '');
		expect(bootAfterPaint(html)).toBe(html);
	});

	test.each([
		[
			'imports of another shape',
			START.replace('Promise.all([', 'Promise.allSettled(['),
			/the imports/
		],
		['a start call of another shape', START.replace('([kit, app])', '([k, a])'), /the start call/]
	])('%s fail the build', (_, script, message) => {
		expect(() => bootAfterPaint(page(script))).toThrow(message);
	});

	test('a policy without the script’s hash fails the build', () => {
		expect(() => bootAfterPaint(page(START, 'not-the-hash'))).toThrow(/its hash/);
	});
});
