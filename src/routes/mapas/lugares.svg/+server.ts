import basemap from 'virtual:basemap';
import { t } from '$lib/i18n';
import { LOCATOR_FRAME } from '$lib/map/static-geometry';
import { staticMapSvg } from '$lib/map/static-svg';
import { overviewMap } from '$lib/story/state';

export const prerender = true;

/** The locator map of every place and route of the story (below the fold on /, print, no-JS). */
export function GET() {
	const description = t.map.locatorDescription(
		overviewMap().places.map((place) => place.name),
		overviewMap().routes.map((route) => route.name)
	);
	return new Response(
		staticMapSvg(overviewMap(), description, basemap, { frame: LOCATOR_FRAME, routeLabels: false }),
		{ headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } }
	);
}
