import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		runes: true
	},
	kit: {
		// Every page is prerendered; 404.html boots the app for unknown paths so that a bad
		// embed name still gets a small, resizing, embed-friendly 404 page.
		// BUILD_DIR and KIT_OUT_DIR let two builds run side by side (e.g. a test run and a preview).
		adapter: adapter({
			pages: process.env.BUILD_DIR ?? 'build',
			assets: process.env.BUILD_DIR ?? 'build',
			fallback: '404.html',
			// .gz and .br next to each file: static hosts and scripts/serve.js send them as is.
			precompress: true,
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// Small stylesheets go inline: fewer render-blocking requests before first paint.
		inlineStyleThreshold: 8192,
		prerender: {
			handleHttpError: 'fail',
			handleMissingId: 'fail'
		}
	}
};

export default config;
