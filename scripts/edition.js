// The edition a build makes, from LOCALE (read by vite.config.ts, svelte.config.js and the data
// plugin). An unknown value stops the build rather than publishing a half-translated site.
const LOCALES = ['es', 'en'];

/** @returns {'es' | 'en'} */
export function edition() {
	const value = process.env.LOCALE || 'es';
	if (!LOCALES.includes(value)) {
		console.error(`LOCALE=${value}: the editions are ${LOCALES.join(', ')}.`);
		process.exit(1);
	}
	return /** @type {'es' | 'en'} */ (value);
}

/** The folder and path an edition lives under: '' for Spanish, '/en' for English. */
export const editionPrefix = (/** @type {string} */ locale) =>
	locale === 'es' ? '' : `/${locale}`;

/**
 * The path the edition is served under: BASE_PATH (a deployment's sub-path, e.g.
 * /moscu-pionyang) and the edition's prefix. SvelteKit's paths.base, and the story page's islands'
 * (src/lib/site/paths.ts), which run without SvelteKit's client.
 */
export const basePath = () => `${process.env.BASE_PATH ?? ''}${editionPrefix(edition())}`;
