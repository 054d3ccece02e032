// How the client's script is cut into files. Rolldown's automatic split gives each set of pages
// that shares modules a chunk of its own: 27 requests on `/`, a dozen of them under 1 KB, each
// paying ~0.5 KB of response headers and, as the app loads them without modulepreload, a round
// trip on a slow phone. What every page loads anyway (Svelte, SvelteKit's client, and whatever the
// root layout and the root error page import: the interface strings, the header, the data's core)
// goes into two chunks instead, with Rolldown's helpers and the small modules that many pages
// import, unless they bring a stylesheet (which would then reach every page): one with what the
// islands scripts of the pages without SvelteKit's client load too ($lib/islands: Svelte, the
// strings, the data's core), one with the rest (SvelteKit's client), which those pages never load.
//
// The rest keeps the automatic split. SvelteKit links a page's stylesheets by walking the build
// manifest from the page's entry, and a chunk it first meets through a dynamic import counts as
// loaded on demand: groups of shared modules (the graphic, the cards' inline copy), which dynamic
// chunks such as the live timeline import too, had their stylesheets arrive after first paint.
// tests/e2e/start-up.test.ts checks that no stylesheet does.
import { basename } from 'node:path';
import type { CodeSplittingOptions } from 'rolldown';
import type { Plugin } from 'vite';
import { ISLAND_PAGES } from '../src/lib/islands/entry.ts';
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
/** A Svelte component: what it brings (markup, its imports, a stylesheet) is never small. */
const COMPONENT = /\.svelte$/;

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

/** One of the dataset's parts ($lib/data/plugin.ts): each is for the pages that read it. */
const DATA_PART = /^\0?virtual:dataset-/;

/** Whether a module brings a stylesheet of its own (a component's <style>, a CSS import). */
const bringsStyles = (id: string, ctx: Context) =>
	STYLESHEET.test(id) ||
	(ctx.getModuleInfo(id)?.importedIds ?? []).some((imported) => STYLESHEET.test(imported));

/**
 * Whether a small module brings more than itself to the pages that load it: a stylesheet (a
 * component's <style>, a CSS import) or a part of the data (the details, the prose).
 */
const bringsMore = (id: string, ctx: Context) =>
	bringsStyles(id, ctx) ||
	(ctx.getModuleInfo(id)?.importedIds ?? []).some((imported) => DATA_PART.test(imported));

export function clientChunks(): CodeSplittingOptions {
	const importers = importersOf();
	const everyImporter = importersOf(true);
	/** Whether a module is one of EVERY_PAGE or statically imported by way of one. */
	const onEveryPage = (id: string, ctx: Context) =>
		[...importers(id, ctx)].some((module) => EVERY_PAGE.some((entry) => entry.test(module)));
	/**
	 * Whether an islands script loads a module, at start or later (the live timeline, the embed
	 * codes): the islands must never import the chunk with SvelteKit's client.
	 */
	const inIslands = (id: string, ctx: Context) =>
		[...everyImporter(id, ctx)].some((module) => ISLANDS_ENTRY_ID.test(module));
	/** The islands pages that load a module at start (statically), or `ever` (later too). */
	const islandsLoading = (id: string, ctx: Context, ever = false) =>
		[...(ever ? everyImporter : importers)(id, ctx)]
			.filter((module) => ISLANDS_ENTRY_ID.test(module))
			.map((entry) => basename(entry, '.ts'));
	const islandPages = Object.keys(ISLAND_PAGES).length;
	/**
	 * The chunks of what the islands pages start with. Left to the automatic split, most of their
	 * modules would be files of their own, as each route's SvelteKit node imports the same
	 * components (to render them on the server), and a file of a few hundred bytes costs a slow
	 * phone more in headers than in code. By which of those pages start with a module:
	 * - `all`: every one of them (the navigator, the islands' hydration), and the small helpers
	 *   (not components) one starts with and another loads too, now or later (the slides' and the
	 *   story's router, the pym message the embed sends and the story's embed codes ask for), in
	 *   one chunk they share;
	 * - `some`: a module that some of them start with (the graphic, on the story and the embeds),
	 *   in a chunk of that set of pages, which a page that needs it later (the slides, past their
	 *   title slide) fetches then;
	 * - `one`: a module one page starts with (the stepper's card), in a chunk of that page's,
	 *   which another page may fetch later too.
	 * A chunk takes its modules' imports along, so the groups are claimed in that order.
	 */
	const islandsChunk =
		(share: 'all' | 'some' | 'one') =>
		(id: string, ctx: Context): string | null => {
			const info = ctx.getModuleInfo(id);
			if (!info || info.isEntry) return null;
			const atStart = islandsLoading(id, ctx);
			const ever = islandsLoading(id, ctx, true);
			if (!atStart.length) return null;
			const helper = (info.code?.length ?? Infinity) <= SMALL_MODULE && !COMPONENT.test(id);
			const all = atStart.length === islandPages || (helper && ever.length >= 2);
			if (share === 'all') return all ? 'islands' : null;
			if (all) return null;
			if (share === 'some')
				return atStart.length >= 2 ? `islands-${atStart.sort().join('+')}` : null;
			return atStart.length === 1 ? `islands-${atStart[0]}` : null;
		};
	/** How many pages and layouts (SvelteKit's nodes) load a module. */
	const pageCount = (id: string, ctx: Context) =>
		[...importers(id, ctx)].filter((module) => NODE.test(module)).length;
	/** Whether a module goes into a chunk that every page loads. */
	const everyPage = (id: string, ctx: Context) => {
		if (ctx.getModuleInfo(id)?.isEntry) return false;
		if (onEveryPage(id, ctx)) return true;
		const small = (ctx.getModuleInfo(id)?.code?.length ?? Infinity) <= SMALL_MODULE;
		return small && pageCount(id, ctx) >= MANY_PAGES && !bringsMore(id, ctx);
	};
	return {
		// SvelteKit's entries stay files of their own: it reads their imports from the manifest.
		// Rolldown's own helpers go with the code that needs them on every page. Small modules that
		// many pages import (the page's metadata, the embeds' names, the clipboard) would otherwise
		// be files of a few hundred bytes each; those with a stylesheet stay out, as the stylesheet
		// would then reach every page. A group takes its modules' imports with them, so the group
		// for the islands scripts (Svelte, the data's core, the strings) comes first: the
		// other would otherwise take Svelte along with SvelteKit's client, which imports it.
		groups: [
			{
				debugName: 'every page, the islands too',
				name: (id, ctx) =>
					ROLLDOWN_HELPERS.test(id) || (everyPage(id, ctx) && inIslands(id, ctx)) ? 'shared' : null,
				priority: 5,
				tags: ['$initial']
			},
			{
				debugName: 'what every islands page starts with',
				name: islandsChunk('all'),
				priority: 4,
				tags: ['$initial']
			},
			{
				debugName: 'what some islands pages start with',
				name: islandsChunk('some'),
				priority: 3,
				tags: ['$initial']
			},
			{
				debugName: 'what one islands page starts with',
				name: islandsChunk('one'),
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
