// The story page's islands script ($lib/islands/story-page.ts) goes into the page here: the page
// has no SvelteKit client (csr = false), so nothing else adds it. Like SvelteKit's start-up script
// on the other pages (boot-after-paint.ts), it is imported once the page has first been drawn, by
// an inline script that the page's content security policy allows by its hash.
import { readFileSync } from 'node:fs';
import { ISLANDS_ENTRY as ENTRY } from '$lib/islands/entry';
import { base } from '$lib/site/paths';
import { AFTER_PAINT, sha256 } from './boot-after-paint';

/** Where a page says it has islands to hydrate. */
const STORY_ISLAND = 'data-island="story"';
const SCRIPT_SRC = "script-src 'self'";

let entryUrl: string | undefined;

/** The islands script's address: the built file, from the build manifest. */
function islandsEntryUrl(): string {
	if (entryUrl) return entryUrl;
	const manifestFile = `${process.env.KIT_OUT_DIR ?? '.svelte-kit'}/output/client/.vite/manifest.json`;
	const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<
		string,
		{ file: string }
	>;
	const file = manifest[ENTRY]?.file;
	if (!file) throw new Error(`islands: ${manifestFile} has no entry for ${ENTRY}`);
	return (entryUrl = `${base}/${file}`);
}

/** The page with its islands script, if it has islands, and its policy allowing it. */
export function addIslandsScript(html: string, entry: () => string = islandsEntryUrl): string {
	// Under `vite dev` SvelteKit's client hydrates the story page (see its +page.server.ts).
	if (!html.includes(STORY_ISLAND) || html.includes('kit.start(')) return html;
	const end = html.lastIndexOf('</body>');
	if (end < 0) throw new Error('islands: the page has no </body>');
	const script = `${AFTER_PAINT}.then(() => import(${JSON.stringify(entry())}));`;
	const withScript = html.slice(0, end) + `<script>${script}</script>` + html.slice(end);
	const at = html.indexOf(SCRIPT_SRC);
	if (at < 0) throw new Error(`islands: the page's policy has no "${SCRIPT_SRC}"`);
	const cut = at + SCRIPT_SRC.length;
	return withScript.slice(0, cut) + ` 'sha256-${sha256(script)}'` + withScript.slice(cut);
}
