// SvelteKit's start-up script, inline at the end of each page, imports the app and hydrates the
// page as soon as the parser reaches it. When the scripts come from the cache (a teacher opening
// /presentar again) or arrive fast, hydration can run before the browser's first paint and hold the
// text back by as long as it takes on a slow phone. Rewritten here, it waits for the page's first
// contentful paint (or a second, for a page that is not drawn: a background tab, an embed far down
// its host page), so the reader sees the page first; and the scripts' downloads do not share a
// slow connection with what that paint needs. The page's content security policy
// allows that script by its hash, which is rewritten with it.
import { createHash } from 'node:crypto';

const START_SCRIPT = /<script>([^<]*\bkit\.start\([^<]*)<\/script>/;
const IMPORTS = 'Promise.all([';
const THEN_START = ']).then(([kit, app]) =>';
/** Resolves at the first contentful paint, or after a second without one. */
export const AFTER_PAINT = `new Promise((painted) => {
	if (PerformanceObserver.supportedEntryTypes.includes('paint'))
		new PerformanceObserver((list) => list.getEntriesByName('first-contentful-paint').length && painted())
			.observe({ type: 'paint', buffered: true });
	else requestAnimationFrame(() => setTimeout(painted));
	setTimeout(painted, 1000);
})`;

/** Whether the page carries its content security policy (prerendered pages do; `vite dev`'s not). */
export const hasPolicy = (html: string): boolean =>
	html.includes('http-equiv="content-security-policy"');

export const sha256 = (text: string) => createHash('sha256').update(text).digest('base64');

function replaceOnce(text: string, search: string, replacement: string, what: string): string {
	const at = text.indexOf(search);
	if (at < 0 || text.indexOf(search, at + 1) >= 0)
		throw new Error(
			`boot-after-paint: ${what} (${JSON.stringify(search)}) is not in the page once`
		);
	return text.slice(0, at) + replacement + text.slice(at + search.length);
}

/** The page with its start-up script waiting for the first paint, and its policy's hash to match. */
export function bootAfterPaint(html: string): string {
	const match = START_SCRIPT.exec(html);
	// `vite dev` sends its policy as a header, which allows the script as SvelteKit wrote it.
	if (!match || !hasPolicy(html)) return html;
	const original = match[1]!;
	let script = replaceOnce(
		original,
		IMPORTS,
		`${AFTER_PAINT}.then(() => ${IMPORTS}`,
		'the imports'
	);
	script = replaceOnce(script, THEN_START, `]))${THEN_START.slice(2)}`, 'the start call');
	const page = html.replace(match[0], () => `<script>${script}</script>`);
	return replaceOnce(
		page,
		`'sha256-${sha256(original)}'`,
		`'sha256-${sha256(script)}'`,
		'its hash'
	);
}
