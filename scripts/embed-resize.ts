// Ships the iframe resize child as a standalone script (/embed-resize.js) for pages that run no
// app, such as the embeds' static 404 page. It is the same module the app uses
// (src/lib/embed/resize-child.ts), only transpiled, so the protocol lives in one place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import type { Plugin } from 'vite';

const FILE = 'embed-resize.js';
const SOURCE = fileURLToPath(new URL('../src/lib/embed/resize-child.ts', import.meta.url));

function script(): string {
	const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
		compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
	});
	return `${outputText}\nstartResizeChild();\n`;
}

export function embedResizePlugin(): Plugin {
	return {
		name: 'moscu-pionyang:embed-resize',
		configureServer(server) {
			server.middlewares.use(`/${FILE}`, (_req, res) => {
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(script());
			});
		},
		generateBundle(options) {
			// Only the client build: its output folder becomes the site's root.
			if (!options.dir?.includes('client')) return;
			this.emitFile({ type: 'asset', fileName: FILE, source: script() });
		}
	};
}
