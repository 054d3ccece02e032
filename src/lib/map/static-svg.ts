// A step's static map as a standalone SVG file (prerendered at /mapas/paso-N.svg): for print
// handouts and readers without JavaScript, at no cost to the page's own script.
import type { MapState } from '$lib/story/state';
import { t } from '$lib/i18n';
import { FRAME, staticGeometry, type Basemap, type Frame } from './static-geometry';

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// Print palette: the light theme of app.css.
const STYLE = `
.sea{fill:#dde6eb}.country{fill:#ebe6da;stroke:#bdb6a6;stroke-width:.6;stroke-linejoin:round}
.country.other{fill:#e0dccf;stroke:#4b5561}.country.ru{fill:#efc9c3}.country.kp{fill:#c5d9ea}.country.ua{fill:#f1e1a6}
.route{fill:none;stroke:#b5302a;stroke-width:3;stroke-linecap:round;stroke-linejoin:round}
.route.tropas{stroke:#7a3ea0;stroke-dasharray:8 6}.route.diplomacia{stroke-dasharray:2 6}
.place{fill:#1b1f24;stroke:#fbfaf6;stroke-width:2}
text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Arial,sans-serif;fill:#1b1f24;paint-order:stroke;stroke:#fbfaf6;stroke-width:4px;stroke-linejoin:round}
.label{font-size:16px;font-weight:700}.route-label{font-size:14px;font-weight:600}
.country-label{font-size:13px;letter-spacing:.12em;text-transform:uppercase;fill:#4b5561;stroke-width:3px}`;

export interface StaticSvgOptions {
	frame?: Frame;
	/** Label routes with their straight-line distance. */
	routeLabels?: boolean;
}

export function staticMapSvg(
	map: MapState,
	description: string,
	basemap: Basemap,
	{ frame = FRAME, routeLabels = true }: StaticSvgOptions = {}
): string {
	const g = staticGeometry(map, basemap, frame);
	const { width, height } = frame;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${escapeXml(`${t.map.label}: ${description}`)}">`,
		`<title>${escapeXml(`${t.map.label}: ${description}`)}</title>`,
		`<style>${STYLE}</style>`,
		`<rect class="sea" width="${width}" height="${height}"/>`,
		...g.countries.map((c) => `<path class="country ${c.tone ?? ''}" d="${c.d}"/>`),
		...g.countryLabels.map(
			(l) =>
				`<text class="country-label" x="${l.x}" y="${l.y}" text-anchor="middle">${escapeXml(l.name)}</text>`
		),
		...g.routes.map((r) => `<path class="route ${r.kind}" d="${r.d}"/>`),
		...g.places.map(
			(p) =>
				`<circle class="place" cx="${p.x}" cy="${p.y}" r="6" data-place="${p.id}"/><text class="label" x="${p.anchor === 'end' ? p.x - 10 : p.x + 10}" y="${p.y + 5}" text-anchor="${p.anchor}">${escapeXml(p.name)}</text>`
		),
		...g.routes.flatMap((r) =>
			r.label && routeLabels
				? [
						`<text class="route-label" x="${r.label.x}" y="${r.label.y - 10}" text-anchor="middle">${escapeXml(r.text)}</text>`
					]
				: []
		),
		'</svg>'
	].join('\n');
}
