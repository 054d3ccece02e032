import type { Handle } from '@sveltejs/kit';
import { locale } from '$lib/i18n/edition';
import { bootAfterPaint } from '$lib/server/boot-after-paint';
import { addIslandsScript } from '$lib/server/islands';
import { writeBuildHtml } from '$lib/server/html';

// No <link rel="modulepreload"> for the app's scripts: they would start downloading with the
// page's first bytes and compete with the text for a slow phone's bandwidth, delaying the first
// screen of reading (LCP). The server-rendered page reads and looks complete without them; the
// app's entry script, at the end of the body, fetches them after the content has arrived.
// Stylesheets keep their preload: they are render-blocking either way.
// app.html's <html lang="%lang%"> is the edition's language. A page's build-time HTML goes in
// where its load left a marker ($lib/server/html.ts), and the start-up script waits for the first
// paint ($lib/server/boot-after-paint.ts), as the story page's islands script does
// ($lib/server/islands.ts).
export const handle: Handle = ({ event, resolve }) => {
	const parts = (event.locals.buildHtml = new Map());
	return resolve(event, {
		preload: ({ type }) => type !== 'js',
		transformPageChunk: ({ html }) =>
			addIslandsScript(bootAfterPaint(writeBuildHtml(html.replace('%lang%', locale), parts)))
	});
};
