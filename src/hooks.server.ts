import type { Handle } from '@sveltejs/kit';
import { locale } from '$lib/i18n/edition';

// No <link rel="modulepreload"> for the app's scripts: they would start downloading with the
// page's first bytes and compete with the text for a slow phone's bandwidth, delaying the first
// screen of reading (LCP). The server-rendered page reads and looks complete without them; the
// app's entry script, at the end of the body, fetches them after the content has arrived.
// Stylesheets keep their preload: they are render-blocking either way.
// app.html's <html lang="%lang%"> is the edition's language.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) => html.replace('%lang%', locale)
	});
