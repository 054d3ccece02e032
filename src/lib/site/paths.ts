// The site's paths for code that also runs on the story page's islands, which hydrate without
// SvelteKit's client ($lib/islands). $app/paths cannot go there: in the browser it imports the
// router (resolve() asks it for navigation intents), the very script the islands leave out. The
// value is SvelteKit's own paths.base (absolute, relative: false), set from scripts/edition.js.
export const base: string = __BASE_PATH__;

/** A file in static/ or prerendered (e.g. `/mapas/paso-3.svg`) under the site's base path. */
export const asset = (file: `/${string}`): string => `${base}${file}`;

/** One of the site's own pages (e.g. `/datos`) under the site's base path. */
export const pagePath = (path: `/${string}`): string => `${base}${path}`;
