// Projects the story's two inline maps at build time, so the page ships their SVG paths instead
// of the basemap and the projection code.
import basemap from 'virtual:basemap';
import { LOCATOR_FRAME, staticGeometry } from '$lib/map/static-geometry';
import { overviewMap, stateAt } from '$lib/story/state';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	maps: {
		first: staticGeometry(stateAt(0).map, basemap),
		locator: staticGeometry(overviewMap, basemap, LOCATOR_FRAME)
	}
});
