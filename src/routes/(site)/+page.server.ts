// Projects the story's first map at build time, so the page ships its SVG paths (inline, for first
// paint and readers without JavaScript) instead of the basemap and the projection code.
import basemap from 'virtual:basemap';
import { staticGeometry } from '$lib/map/static-geometry';
import { stateAt } from '$lib/story/state';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	maps: { first: staticGeometry(stateAt(0).map, basemap) }
});
