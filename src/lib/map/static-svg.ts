// The static map as SVG markup, written once for two uses: inline in a page (the story's first
// step, drawn before any script and kept out of hydration) and as a standalone file (prerendered
// at /mapas/paso-N.svg, for print handouts, slides and readers without JavaScript).
import type { MapState } from '$lib/story/state';
import { t } from '$lib/i18n';
import { compactCss, lightCss, themeStyleFor } from '$lib/theme/theme';
import mapCss from './map-look.css?raw';
import type { BasemapLevel } from './basemap-level';
import {
	FRAME,
	staticGeometry,
	type Basemap,
	type Frame,
	type StaticGeometry
} from './static-geometry';

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// A file has no page stylesheet: it carries the theme (both schemes: it follows the color scheme of
// the page or system that shows it) and the map's look. Inline, the page's own stylesheets draw
// the same classes (MapView imports map-look.css).
const FILE_STYLE = themeStyleFor(mapCss) + compactCss(mapCss);
// For resvg (the share image), which reads no custom properties: the light theme's values.
const LIGHT_FILE_STYLE = lightCss(compactCss(mapCss));

/**
 * A place's name beside its dot, on the side declutter chose; where it had no room, the dot's
 * tooltip (a reader hovering it in the file still learns which place it is).
 */
function placeName({ name, side }: StaticGeometry['places'][number]): string {
	if (side === 'hidden') return `<title>${escapeXml(name)}</title>`;
	const [x, anchor] = side === 'left' ? [-10, 'end'] : [10, 'start'];
	return `<text x="${x}" y="5" text-anchor="${anchor}">${escapeXml(name)}</text>`;
}

export interface StaticSvgOptions {
	frame?: Frame;
	/** Label routes with their straight-line distance. */
	routeLabels?: boolean;
	/**
	 * `file`: a standalone SVG document with its own styles. `inline`: an element for a page, with
	 * the page's hooks (data-static-map, data-static-place, data-static-route) and its title named
	 * by id, cropped to its box like a background.
	 */
	as?: 'file' | 'inline';
	/** Makes the title's id unique when several inline maps share a page. */
	idPrefix?: string;
	/**
	 * A file's colours: `themed` (custom properties, light or dark as its viewer prefers) or
	 * `light` (plain values, for renderers without custom properties, such as resvg).
	 */
	colours?: 'themed' | 'light';
	/** The basemap's simplifications for wide views (virtual:basemap's `coarser`). */
	coarser?: readonly BasemapLevel[];
}

export function staticMapSvg(
	map: MapState,
	description: string,
	basemap: Basemap,
	{
		frame = FRAME,
		routeLabels = true,
		as = 'file',
		idPrefix = 'mapa',
		colours = 'themed',
		coarser = []
	}: StaticSvgOptions = {}
): string {
	const g = staticGeometry(map, basemap, frame, coarser);
	const { width, height } = frame;
	const label = escapeXml(`${t.map.label}: ${description}`);
	const inline = as === 'inline';
	const titleId = `${idPrefix}-titulo`;
	const hook = (name: string, value: string) => (inline ? ` ${name}="${value}"` : '');
	return [
		inline
			? `<svg class="static-map" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid slice" role="img" aria-labelledby="${titleId}" data-static-map>`
			: `<svg xmlns="http://www.w3.org/2000/svg" class="static-map" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="${label}">`,
		inline ? `<title id="${titleId}">${label}</title>` : `<title>${label}</title>`,
		inline ? '' : `<style>${colours === 'light' ? LIGHT_FILE_STYLE : FILE_STYLE}</style>`,
		`<rect class="sea" width="${width}" height="${height}"/>`,
		'<g class="countries">',
		...g.countries.map(
			(c) => `<path class="country${c.tone ? ` highlighted ${c.tone}` : ''}" d="${c.d}"/>`
		),
		'</g><g class="country-labels">',
		...g.countryLabels.map(
			(l) => `<text x="${l.x}" y="${l.y}" text-anchor="middle">${escapeXml(l.name)}</text>`
		),
		'</g><g class="routes">',
		...g.routes.map(
			(r) => `<path class="route ${r.kind}" d="${r.d}"${hook('data-static-route', r.id)}/>`
		),
		'</g><g class="places">',
		...g.places.map(
			(p) =>
				`<g${hook('data-static-place', p.id)} transform="translate(${p.x} ${p.y})"><circle r="6"/>${placeName(p)}</g>`
		),
		'</g><g class="route-labels">',
		...g.routes.flatMap((r) =>
			r.label && routeLabels
				? [
						`<text x="${r.label.x}" y="${r.label.y}" text-anchor="middle">${escapeXml(r.text)}</text>`
					]
				: []
		),
		'</g></svg>'
	].join('');
}
