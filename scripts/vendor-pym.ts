// Ships pym.js's parent script with the site (/pym.v1.min.js), so the embed code news sites paste
// loads it from us rather than from a third-party CDN.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';

const FILE = 'pym.v1.min.js';

export function vendorPymPlugin(): Plugin {
	const require = createRequire(import.meta.url);
	const source = () => readFileSync(require.resolve(`pym.js/dist/${FILE}`));
	return {
		name: 'moscu-pionyang:vendor-pym',
		configureServer(server) {
			server.middlewares.use(`/${FILE}`, (_req, res) => {
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(source());
			});
		},
		generateBundle(options) {
			// Only the client build: its output folder becomes the site's root.
			if (!options.dir?.includes('client')) return;
			this.emitFile({ type: 'asset', fileName: FILE, source: source() });
		}
	};
}
