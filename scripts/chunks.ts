// How the client's script is cut into files. Rolldown's automatic split gives each set of pages
// that shares modules a chunk of its own: 27 requests on `/`, a dozen of them under 1 KB, each
// paying ~0.5 KB of response headers and, as the app loads them without modulepreload, a round
// trip on a slow phone. What every page loads anyway (Svelte, SvelteKit's client, and whatever the
// root layout and the root error page import: the interface strings, the header, the data's core)
// goes into two chunks instead, with Rolldown's helpers and the small modules that many pages
// import, unless they bring a stylesheet (which would then reach every page): one with what the
// story page's islands load too ($lib/islands: Svelte, the strings, the data's core), one with the
// rest (SvelteKit's client), which that page never loads.
//
// The rest keeps the automatic split. SvelteKit links a page's stylesheets by walking the build
// manifest from the page's entry, and a chunk it first meets through a dynamic import counts as
// loaded on demand: groups of shared modules (the graphic, the cards' inline copy), which dynamic
// chunks such as the live timeline import too, had their stylesheets arrive after first paint.
// tests/e2e/start-up.test.ts checks that no stylesheet does.
import type { CodeSplittingOptions } from 'rolldown';
import type { Plugin } from 'vite';
import { ISLANDS_ENTRY_ID } from './islands.ts';

type ModuleInfo = {
	importers: readonly string[];
	dynamicImporters: readonly string[];
	importedIds: readonly string[];
	isEntry: boolean;
	code: string | null;
};
type Context = { getModuleInfo(id: string): ModuleInfo | null };

// SvelteKit's client entries and the two nodes it loads on every page (root layout, root error).
const EVERY_PAGE = [
	/[\\/]runtime[\\/]client[\\/]entry\.js$/,
	/[\\/]client-optimized[\\/]app\.js$/,
	/[\\/]client-optimized[\\/]nodes[\\/][01]\.js$/
];

/** SvelteKit's page and layout nodes. */
const NODE = /[\\/]client-optimized[\\/]nodes[\\/]\d+\.js$/;
const STYLESHEET = /\.css$|[?&]type=style/;
const ROLLDOWN_HELPERS = /^\0?rolldown[\\/:]runtime/;
/** Imported by this many pages or more, a small module is cheaper in the every-page chunk. */
const MANY_PAGES = 4;
/** Characters of transformed source: a module this small costs less than a request's headers. */
const SMALL_MODULE = 4_000;

/**
 * Every module that imports `id`, directly or through other modules (memoised): statically, or
 * with `dynamic` also by way of dynamic imports.
 */
function importersOf(dynamic = false): (id: string, ctx: Context) => ReadonlySet<string> {
	const known = new Map<string, Set<string>>();
	return (id, ctx) => {
		const cached = known.get(id);
		if (cached) return cached;
		const seen = new Set([id]);
		const queue = [id];
		while (queue.length) {
			const info = ctx.getModuleInfo(queue.shift()!);
			const direct = [
				...(info?.importers ?? []),
				...(dynamic ? (info?.dynamicImporters ?? []) : [])
			];
			for (const importer of direct) {
				if (seen.has(importer)) continue;
				seen.add(importer);
				queue.push(importer);
			}
		}
		known.set(id, seen);
		return seen;
	};
}

/** Whether a module brings a stylesheet of its own (a component's <style>, a CSS import). */
const bringsStyles = (id: string, ctx: Context) =>
	STYLESHEET.test(id) ||
	(ctx.getModuleInfo(id)?.importedIds ?? []).some((imported) => STYLESHEET.test(imported));

export function clientChunks(): CodeSplittingOptions {
	const importers = importersOf();
	const everyImporter = importersOf(true);
	/** Whether a module is one of EVERY_PAGE or statically imported by way of one. */
	const onEveryPage = (id: string, ctx: Context) =>
		[...importers(id, ctx)].some((module) => EVERY_PAGE.some((entry) => entry.test(module)));
	/**
	 * Whether the story page's islands script loads a module, at start or later (the live
	 * timeline, the embed codes): the islands must never import the chunk with SvelteKit's client.
	 */
	const inIslands = (id: string, ctx: Context) =>
		[...everyImporter(id, ctx)].some((module) => ISLANDS_ENTRY_ID.test(module));
	/** How many pages and layouts (SvelteKit's nodes) load a module. */
	const pageCount = (id: string, ctx: Context) =>
		[...importers(id, ctx)].filter((module) => NODE.test(module)).length;
	/** Whether a module goes into a chunk that every page loads. */
	const everyPage = (id: string, ctx: Context) => {
		if (ctx.getModuleInfo(id)?.isEntry) return false;
		if (onEveryPage(id, ctx)) return true;
		const small = (ctx.getModuleInfo(id)?.code?.length ?? Infinity) <= SMALL_MODULE;
		return small && pageCount(id, ctx) >= MANY_PAGES && !bringsStyles(id, ctx);
	};
	return {
		// SvelteKit's entries stay files of their own: it reads their imports from the manifest.
		// Rolldown's own helpers go with the code that needs them on every page. Small modules that
		// many pages import (the page's metadata, the embeds' names, the clipboard) would otherwise
		// be files of a few hundred bytes each; those with a stylesheet stay out, as the stylesheet
		// would then reach every page. A group takes its modules' imports with them, so the group
		// for the story page's islands (Svelte, the data's core, the strings) comes first: the
		// other would otherwise take Svelte along with SvelteKit's client, which imports it.
		groups: [
			{
				debugName: 'every page, the islands too',
				name: (id, ctx) =>
					ROLLDOWN_HELPERS.test(id) || (everyPage(id, ctx) && inIslands(id, ctx)) ? 'shared' : null,
				priority: 2,
				tags: ['$initial']
			},
			{
				debugName: 'every page but the islands',
				name: (id, ctx) => (everyPage(id, ctx) ? 'runtime' : null),
				priority: 1,
				tags: ['$initial']
			}
		]
	};
}

/** The browser's build only: the server's chunks keep the default split, which SvelteKit reads. */
export function clientChunksPlugin(): Plugin {
	return {
		name: 'moscu-pionyang:client-chunks',
		apply: 'build',
		outputOptions(options) {
			if (this.environment.config.consumer !== 'client') return;
			return { ...options, codeSplitting: clientChunks() };
		}
	};
}
