// How the client's script is cut into files. Rolldown's automatic split gives each set of pages
// that shares modules its own chunk: 27 requests on `/`, a dozen of them under 1 KB, each paying
// ~0.5 KB of response headers and, as the app loads them without modulepreload, a round trip
// on a slow phone. Two rules coarsen it:
// - what every page loads anyway (Svelte, SvelteKit's client, and whatever the root layout and the
//   root error page import: the interface strings, the header, the core data) is one chunk;
// - the rest keeps the automatic split by the set of pages using it, but a set whose modules
//   weigh less than MERGE_BELOW bytes joins its nearest neighbour instead of being a file.
// Code a page loads on demand (Leaflet, the QR package, the live timeline) is untouched.
import type { CodeSplittingOptions } from 'rolldown';

type ModuleInfo = {
	importers: readonly string[];
	isEntry: boolean;
};
type Context = { getModuleInfo(id: string): ModuleInfo | null };

const MERGE_BELOW = 3000;

// SvelteKit's client entries and the two nodes it loads on every page (root layout, root error).
const EVERY_PAGE = [
	/[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]client-optimized[\\/]app\.js$/,
	/[\\/]client-optimized[\\/]nodes[\\/][01]\.js$/
];

// Rolldown's own helpers (CommonJS interop), which it would otherwise give a chunk of their own.
const RUNTIME_HELPERS = /^\0rolldown[\\/]runtime/;

export function clientChunks(): CodeSplittingOptions {
	const everyPage = new Map<string, boolean>();
	const loadedByEveryPage = (id: string, ctx: Context, path = new Set<string>()): boolean => {
		const known = everyPage.get(id);
		if (known !== undefined) return known;
		if (EVERY_PAGE.some((entry) => entry.test(id)) || RUNTIME_HELPERS.test(id)) return true;
		if (path.has(id)) return false;
		path.add(id);
		const info = ctx.getModuleInfo(id);
		const found = !!info?.importers.some((importer) => loadedByEveryPage(importer, ctx, path));
		everyPage.set(id, found);
		return found;
	};
	return {
		groups: [
			{
				name: (id, ctx) => (loadedByEveryPage(id, ctx) ? 'runtime' : null),
				tags: ['$initial']
			},
			{
				name: 'shared',
				tags: ['$initial'],
				minShareCount: 2,
				entriesAware: true,
				entriesAwareMergeThreshold: MERGE_BELOW
			}
		]
	};
}
