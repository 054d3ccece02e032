// Which simplification of the basemap a static map draws: the close views' detail for close views,
// coarser shapes as a view widens, so that a vertex stands for about the same area on paper or
// screen whatever the view (see COARSER_WEIGHTS in scripts/basemap.ts).
import type { Basemap } from './static-geometry';

export interface BasemapLevel {
	/** The planar triangle area (deg²) under which its vertices were dropped. */
	minWeight: number;
	basemap: Basemap;
}

/**
 * The triangle area, in the drawing's pixels², that a vertex may leave out. The close views
 * (20 px a degree and more) keep the finest shapes; at 4 px a degree, half a continent in view,
 * a vertex left out spans half a square degree.
 */
const DROPPED_AREA_PX = 8;

/** The coarsest of `coarser` (sorted, finest first) that still holds the detail of the view. */
export function basemapFor(
	pxPerDegree: number,
	finest: Basemap,
	coarser: readonly BasemapLevel[] = []
): Basemap {
	const allowed = DROPPED_AREA_PX / pxPerDegree ** 2;
	return coarser.filter((level) => level.minWeight <= allowed).at(-1)?.basemap ?? finest;
}
