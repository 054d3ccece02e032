import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { basePath, edition, editionPrefix } from './scripts/edition.js';

// The English edition (LOCALE=en) is a second build of the same code into build/en, served at
// <BASE_PATH>/en: see `npm run build`.
const prefix = editionPrefix(edition());
const output = `${process.env.BUILD_DIR ?? 'build'}${prefix}`;

// A configured tile server is the only other host a page may load from.
const tileOrigin = (() => {
	try {
		return process.env.PUBLIC_TILE_URL
			? new URL(process.env.PUBLIC_TILE_URL.replace(/\{[a-z]\}/g, '0')).origin
			: undefined;
	} catch {
		return undefined;
	}
})();

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: {
		// Runes forced on for the project; libraries keep their own mode (some ship legacy syntax).
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// Every page is prerendered, the 404 pages too (/404.html, and /embed/404.html for an
		// unknown embed name): static files a host serves with status 404, readable without the app.
		// BUILD_DIR and KIT_OUT_DIR let two builds run side by side (e.g. a test run and a preview).
		adapter: adapter({
			pages: output,
			assets: output,
			// .gz and .br next to each file: static hosts and scripts/serve.js send them as is.
			precompress: true,
			strict: true
		}),
		outDir: process.env.KIT_OUT_DIR ?? '.svelte-kit',
		// The app registers its offline cache itself, once the page is quiet ($lib/site/offline.ts).
		serviceWorker: { register: false },
		// Root-relative asset paths: the 404 pages are served at any depth (/datos/x, /embed/x/y)
		// and a page reached as /datos/ must not look for /datos/_app/…. A site deployed under a
		// sub-path sets BASE_PATH (e.g. /moscu-pionyang) at build time.
		paths: { base: basePath(), relative: false },
		// Small stylesheets go inline: fewer render-blocking requests before first paint.
		inlineStyleThreshold: 8192,
		// Every prerendered page carries its policy in a <meta> tag, with hashes of SvelteKit's own
		// inline scripts and styles: no other inline script can run. frame-ancestors cannot be set
		// in a <meta>; static/_headers sets it (embeds may be framed by any site, nothing else).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// Svelte writes a few computed positions as style attributes (a card's left edge).
				'style-src-attr': ['unsafe-inline'],
				'img-src': ['self', 'data:', ...(tileOrigin ? [tileOrigin] : [])],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self'],
				'manifest-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		},
		prerender: {
			// The other edition is another build: each crawl meets links into the other edition's
			// pages (/en/… from Spanish, /… from English), which that build's own crawl checks.
			handleHttpError: ({ path, message }) => {
				const root = process.env.BASE_PATH ?? '';
				const english = `${root}/en`;
				const inEnglish = path === english || path.startsWith(`${english}/`);
				if (prefix === '' ? inEnglish : !inEnglish) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
