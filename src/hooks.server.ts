import type { Handle } from '@sveltejs/kit';

// No <link rel="modulepreload"> for the app's scripts: they would start downloading with the
// page's first bytes and compete with the text for a slow phone's bandwidth, delaying the first
// screen of reading (LCP). The server-rendered page reads and looks complete without them; the
// app's entry script, at the end of the body, fetches them after the content has arrived.
// Stylesheets keep their preload: they are render-blocking either way.
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, { preload: ({ type }) => type !== 'js' });
