// The bench's peer: a TimelineJS page of the project's own events (data/events.json, with each
// event's sources and quotes), so `npm run bench` can print every figure of the story beside what
// an off-the-shelf timeline costs a phone. Everything is served from this folder, copied out of
// node_modules/@knight-lab/timelinejs: no CDN, no Google Fonts.
// - `font: null`: TimelineJS's default font sheet pulls PT Sans/Serif from fonts.gstatic.com; with
//   no font option it loads no font sheet at all and the page reads in the system's sans-serif.
// - `script_path` points at this folder, so the Spanish locale comes from here, not from
//   cdn.knightlab.com (its default script_path).
// - No `ga_measurement_id`, `soundcite` or media: none of the other hosts TimelineJS knows of is
//   ever asked for. The bench counts requests to other hosts for the peer too.
// Assets are precompressed (gzip, brotli) like the site's, so transfer sizes compare like for like.
import { copyFileSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

const DIST = 'node_modules/@knight-lab/timelinejs/dist';

/**
 * Writes the peer page into `dir` (emptied first).
 * @param {string} dir
 * @param {string} [dataDir]
 */
export function buildPeer(dir, dataDir = 'data') {
	rmSync(dir, { recursive: true, force: true });
	for (const sub of ['js/locale', 'css/icons']) mkdirSync(join(dir, sub), { recursive: true });
	copyFileSync(join(DIST, 'js/timeline.js'), join(dir, 'js/timeline.js'));
	copyFileSync(join(DIST, 'js/locale/es.json'), join(dir, 'js/locale/es.json'));
	copyFileSync(join(DIST, 'css/timeline.css'), join(dir, 'css/timeline.css'));
	for (const icon of readdirSync(join(DIST, 'css/icons'))) {
		copyFileSync(join(DIST, 'css/icons', icon), join(dir, 'css/icons', icon));
	}
	writeFileSync(join(dir, 'index.html'), peerHtml(dataDir));
	for (const file of ['index.html', 'js/timeline.js', 'js/locale/es.json', 'css/timeline.css']) {
		const body = readFileSync(join(dir, file));
		writeFileSync(join(dir, `${file}.gz`), gzipSync(body, { level: 9 }));
		writeFileSync(join(dir, `${file}.br`), brotliCompressSync(body));
	}
}

/** @param {string} dataDir */
function peerHtml(dataDir) {
	/** @type {{ events: any[] }} */
	const { events } = JSON.parse(readFileSync(join(dataDir, 'events.json'), 'utf8'));
	/** @type {{ sources: any[] }} */
	const { sources } = JSON.parse(readFileSync(join(dataDir, 'sources.json'), 'utf8'));
	const outlet = new Map(sources.map((s) => [s.id, s.outlet ?? s.title]));
	const ymd = (/** @type {string} */ date) => {
		const [year, month, day] = date.split('-');
		return { year, month, day };
	};
	const escape = (/** @type {string} */ text) =>
		text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
	const timeline = {
		title: {
			text: {
				headline: 'Moscú–Pionyang',
				text: 'La alianza entre Rusia y Corea del Norte, 2019–2024'
			}
		},
		events: events.map((event) => ({
			unique_id: event.id,
			start_date: ymd(event.date),
			...(event.endDate ? { end_date: ymd(event.endDate) } : {}),
			group: event.kind,
			text: {
				headline: escape(event.title),
				text: [
					`<p>${escape(event.summary)}</p>`,
					`<p>${escape(event.location ?? '')} · ${escape(event.status)}</p>`,
					'<ul>',
					...(event.sources ?? []).map(
						(/** @type {{ source: string, quote?: string }} */ s) =>
							`<li>${escape(outlet.get(s.source) ?? s.source)}${s.quote ? `: «${escape(s.quote)}»` : ''}</li>`
					),
					'</ul>'
				].join('')
			}
		}))
	};
	// `</` cannot close the script element from inside the data.
	const data = JSON.stringify(timeline).replace(/</g, '\\u003c');
	return `<!doctype html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<meta name="description" content="Cronología de la alianza entre Rusia y Corea del Norte (TimelineJS)">
<title>Moscú–Pionyang · TimelineJS</title>
<link rel="stylesheet" href="css/timeline.css">
<style>html,body{height:100%;margin:0}#timeline{width:100%;height:100%}</style>
</head>
<body>
<main id="timeline"></main>
<script src="js/timeline.js"></script>
<script>
window.timeline = new TL.Timeline('timeline', ${data}, {
	script_path: new URL('js/', location.href).href,
	language: 'es',
	font: null
});
</script>
</body>
</html>
`;
}
