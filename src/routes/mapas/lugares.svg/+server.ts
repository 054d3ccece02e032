import basemap, { coarser } from 'virtual:basemap';
import { t } from '$lib/i18n';
import { LOCATOR_FRAME } from '$lib/map/static-geometry';
import { staticMapSvg } from '$lib/map/static-svg';
import { overviewMap } from '$lib/story/state';

export const prerender = true;

/** The locator map of every place and route of the story (below the fold on /, print, no-JS). */
export function GET() {
	const overview = overviewMap();
	const description = t.map.locatorDescription(
		overview.places.map((place) => place.name),
		overview.routes.map((route) => route.name)
	);
	return new Response(
		staticMapSvg(overview, description, basemap, {
			frame: LOCATOR_FRAME,
			routeLabels: false,
			coarser
		}),
		{ headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } }
	);
}
