// The islands scripts of the pages without SvelteKit's client ($lib/islands: the story page, the
// embeds) are entries of the browser's build beside SvelteKit's own: nothing else would bundle
// them. The server hook finds their files in the build manifest ($lib/server/islands.ts).
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { ISLAND_PAGES } from '../src/lib/islands/entry.ts';

/** Their module ids, as Rolldown names them. */
export const ISLANDS_ENTRY_ID = /[\\/]src[\\/]lib[\\/]islands[\\/][a-z-]+-page\.ts$/;

export function islandsPlugin(): Plugin {
	return {
		name: 'moscu-pionyang:islands',
		apply: 'build',
		options(options) {
			const input = options.input;
			// SvelteKit's browser build is the one whose entries include its start-up script.
			if (!input || typeof input !== 'object' || Array.isArray(input) || !('entry/start' in input))
				return;
			const islands = Object.values(ISLAND_PAGES).map((file) => [
				`entry/${basename(file, '.ts')}`,
				file
			]);
			return { ...options, input: { ...input, ...Object.fromEntries(islands) } };
		}
	};
}
