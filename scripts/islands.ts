// The story page's islands script ($lib/islands/story-page.ts) is an entry of the browser's build
// beside SvelteKit's own: the page has no SvelteKit client (csr = false), so nothing else would
// bundle it. The server hook finds its file in the build manifest ($lib/server/islands.ts).
import type { Plugin } from 'vite';
import { ISLANDS_ENTRY } from '../src/lib/islands/entry.ts';
/** Its module id, as Rolldown names it. */
export const ISLANDS_ENTRY_ID = /[\\/]src[\\/]lib[\\/]islands[\\/]story-page\.ts$/;

export function islandsPlugin(): Plugin {
	return {
		name: 'moscu-pionyang:islands',
		apply: 'build',
		options(options) {
			const input = options.input;
			// SvelteKit's browser build is the one whose entries include its start-up script.
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input))
				return;
			return { ...options, input: { ...input, 'entry/story-page': ISLANDS_ENTRY } };
		}
	};
}
