// A file served at the site's root that is not an import of the app: Vite's dev server answers
// it, and the client build writes it next to the pages (its output folder is the site's root).
import type { Plugin } from 'vite';

export function siteFilePlugin(
	name: string,
	fileName: string,
	source: () => string | Uint8Array | Promise<string | Uint8Array>
): Plugin {
	return {
		name: `moscu-pionyang:${name}`,
		configureServer(server) {
			server.middlewares.use(`/${fileName}`, async (_req, res) => {
				res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
				res.end(await source());
			});
		},
		async generateBundle(options) {
			if (!options.dir?.includes('client')) return;
			this.emitFile({ type: 'asset', fileName, source: await source() });
		}
	};
}
