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
		adapter: adapter({ fallback: '404.html', strict: true }),
		prerender: {
			// TEMPORARY while /presentar and /guia are being built in this session.
			handleHttpError: ({ path, message }) => {
				if (path === '/presentar' || path === '/guia') return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
