import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { fileURLToPath } from 'node:url';
import { loadEnv } from 'vite';
import { defineConfig } from 'vitest/config';
import { findTestChromium, CHROMIUM_ARGS } from './scripts/chromium-path.js';
import { basemapPlugin } from './scripts/basemap.ts';
import { datasetPlugin } from './src/lib/data/plugin.ts';
import { basePath, edition } from './scripts/edition.js';
import { vendorPymPlugin } from './scripts/vendor-pym.ts';
import { embedResizePlugin } from './scripts/embed-resize.ts';
import { clientChunksPlugin } from './scripts/chunks.ts';
import { islandsPlugin } from './scripts/islands.ts';
import { compileHintsPlugin } from './scripts/compile-hints.ts';

export default defineConfig(({ mode }) => {
	const env = { ...loadEnv(mode, process.cwd(), 'PUBLIC_'), ...process.env };
	return {
		define: {
			__PUBLIC_SITE_URL__: JSON.stringify(env.PUBLIC_SITE_URL ?? ''),
			__PUBLIC_TILE_URL__: JSON.stringify(env.PUBLIC_TILE_URL ?? ''),
			__PUBLIC_TILE_ATTRIBUTION__: JSON.stringify(env.PUBLIC_TILE_ATTRIBUTION ?? ''),
			__LOCALE__: JSON.stringify(edition()),
			__BASE_PATH__: JSON.stringify(basePath())
		},
		plugins: [
			datasetPlugin(),
			basemapPlugin(),
			vendorPymPlugin(),
			embedResizePlugin(),
			clientChunksPlugin(),
			islandsPlugin(),
			sveltekit(),
			compileHintsPlugin()
		],
		resolve: {
			// The ES module sources of Leaflet and scrollama, not their UMD "main": no CommonJS
			// wrapper to run (nor its helpers to load). Leaflet's is the part the map uses
			// ($lib/map/leaflet-core.js), from the library's source modules.
			alias: [
				{
					find: /^leaflet$/,
					replacement: fileURLToPath(new URL('./src/lib/map/leaflet-core.js', import.meta.url))
				},
				// Leaflet's renderer for Internet Explorer 8, which costs every other browser an
				// exception as it loads ($lib/map/leaflet-no-vml.js). Only Leaflet's SVG.js imports it.
				{
					find: /^\.\/SVG\.VML$/,
					replacement: fileURLToPath(new URL('./src/lib/map/leaflet-no-vml.js', import.meta.url))
				},
				// scrollama's ES module source: its package's "module" field names a file without its
				// extension, which resolution skips for the UMD build.
				{ find: /^scrollama$/, replacement: 'scrollama/index.js' }
			]
		},
		server: { port: 5173 },
		build: {
			target: 'es2022',
			// No modulepreload links for the dependencies of dynamic imports: the page's own scripts
			// come after its content (see hooks.server.ts), and adding a link per chunk at start-up
			// is itself a long task on a slow phone. Their stylesheets still load as before.
			modulePreload: { resolveDependencies: () => [] }
		},
		test: {
			expect: { requireAssertions: true },
			projects: [
				{
					extends: true,
					test: {
						name: 'unit',
						environment: 'node',
						include: ['tests/unit/**/*.test.ts']
					}
				},
				{
					extends: true,
					// Pre-bundled up front: a dependency discovered mid-run makes Vite reload the page
					// and the browser project fail to import the test files.
					// Leaflet's source modules are served as they are: pre-bundled one by one, each
					// would carry its own copy of the classes they share.
					optimizeDeps: {
						include: ['scrollama', 'lean-qr', 'd3-geo', 'd3-time', 'jsqr'],
						exclude: ['leaflet']
					},
					test: {
						name: 'component',
						include: ['tests/component/**/*.test.ts'],
						browser: {
							enabled: true,
							headless: true,
							provider: playwright({
								launchOptions: { executablePath: findTestChromium(), args: CHROMIUM_ARGS }
							}),
							instances: [{ browser: 'chromium' }]
						}
					}
				}
			]
		}
	};
});
