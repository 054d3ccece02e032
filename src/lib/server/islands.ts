// The islands script of a page without SvelteKit's client ($lib/islands) goes into the page here:
// nothing else adds it. Like SvelteKit's start-up script on the other pages (boot-after-paint.ts),
// it is imported once the page has first been drawn, by an inline script that the page's content
// security policy allows by its hash.
import { readFileSync } from 'node:fs';
import { ISLAND_PAGES } from '$lib/islands/entry';
import { base } from '$lib/site/paths';
import { AFTER_PAINT, sha256 } from './boot-after-paint';

type IslandsEntry = (typeof ISLAND_PAGES)[keyof typeof ISLAND_PAGES];
const SCRIPT_SRC = "script-src 'self'";

let manifest: Record<string, { file: string }> | undefined;

/** An islands script's address: the built file, from the build manifest. */
function islandsEntryUrl(entry: IslandsEntry): string {
	const manifestFile = `${process.env.KIT_OUT_DIR ?? '.svelte-kit'}/output/client/.vite/manifest.json`;
	manifest ??= JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, { file: string }>;
	const file = manifest[entry]?.file;
	if (!file) throw new Error(`islands: ${manifestFile} has no entry for ${entry}`);
	return `${base}/${file}`;
}

/** The islands script a page asks for by the island that marks it, if any. */
const entryOf = (html: string): IslandsEntry | undefined =>
	Object.entries(ISLAND_PAGES).find(([island]) => html.includes(`data-island="${island}"`))?.[1];

/** The page with its islands script, if it has islands, and its policy allowing it. */
export function addIslandsScript(
	html: string,
	url: (entry: IslandsEntry) => string = islandsEntryUrl
): string {
	const entry = entryOf(html);
	// Under `vite dev` SvelteKit's client hydrates these pages (see their +page.server.ts).
	if (!entry || html.includes('kit.start(')) return html;
	const end = html.lastIndexOf('</body>');
	if (end < 0) throw new Error('islands: the page has no </body>');
	const script = `${AFTER_PAINT}.then(() => import(${JSON.stringify(url(entry))}));`;
	const withScript = html.slice(0, end) + `<script>${script}</script>` + html.slice(end);
	const at = html.indexOf(SCRIPT_SRC);
	if (at < 0) throw new Error(`islands: the page's policy has no "${SCRIPT_SRC}"`);
	const cut = at + SCRIPT_SRC.length;
	return withScript.slice(0, cut) + ` 'sha256-${sha256(script)}'` + withScript.slice(cut);
}
