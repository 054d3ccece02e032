// The pages that run without SvelteKit's client, each known by the island that marks it in its HTML
// (data-island) and hydrated by an islands script of its own: an entry of the browser build
// (scripts/islands.ts) and its key in the build manifest, where the server hook looks its file up
// ($lib/server/islands.ts).
export const ISLAND_PAGES = {
	story: 'src/lib/islands/story-page.ts',
	embed: 'src/lib/islands/embed-page.ts',
	slides: 'src/lib/islands/slides-page.ts'
} as const;
