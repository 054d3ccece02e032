// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {
		// interface Error {}
		interface Locals {
			/** A page's build-time HTML, by marker ($lib/server/html.ts, buildHtml). */
			buildHtml?: Map<string, string>;
		}
		// interface PageData {}
		// interface PageState {}
		// interface Platform {}
	}
}

export {};

declare global {
	const __PUBLIC_SITE_URL__: string;
	const __PUBLIC_TILE_URL__: string;
	const __PUBLIC_TILE_ATTRIBUTION__: string;
	/** The edition being built: LOCALE=en at build time, else 'es'. */
	const __LOCALE__: 'es' | 'en';
	/** SvelteKit's paths.base (scripts/edition.js), for code that runs without SvelteKit's client. */
	const __BASE_PATH__: string;
}
