// Marks every script the client loads for eager compilation in V8 (Chrome's "explicit compile
// hints", Chrome 136 and later): with `//# allFunctionsCalledOnLoad` as its first line, a file's
// functions are compiled as it streams in, on a background thread, instead of on the main thread
// the first time each one is called. The app's files are cut so that a page loads what it runs,
// at start or at the interaction that fetched them (see chunks.ts), so little is compiled for
// nothing. What it buys: the live timeline's hydration at the reader's first scroll, most of which
// was V8 compiling Svelte's runtime and the strip's code on first call, halved on a slow phone
// (4x CPU: 33-46 ms to 17-23 ms, the bench's walk). Other engines read a comment.
import type { Plugin } from 'vite';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHintsPlugin(): Plugin {
	return {
		name: 'compile-hints',
		apply: 'build',
		// After every other plugin has written the chunks: the hint must be the file's first line,
		// before the preamble Vite puts at the top of a chunk with dynamic imports.
		enforce: 'post',
		generateBundle: {
			order: 'post',
			handler(_options, bundle) {
				if (this.environment.config.consumer !== 'client') return;
				for (const file of Object.values(bundle)) {
					if (file.type !== 'chunk') continue;
					file.code = `${COMPILE_HINT}\n${file.code}`;
					// One more line at the top: the source map's lines move down by one.
					if (file.map) file.map.mappings = `;${file.map.mappings}`;
				}
			}
		}
	};
}
