// One step's standalone map file: /mapas/paso-N.svg (print handout, slides, readers without
// JavaScript) and the share image /compartir/paso-N.png both take it from here, so the picture a
// shared link shows is the map the reader finds. Build time only (it carries the whole basemap).
import basemap, { coarser } from 'virtual:basemap';
import { stepCount, stepOverview } from '$lib/story/state';
import { staticMapSvg, type StaticSvgOptions } from './static-svg';

/** True for a 1-based step number the story has. */
export const isStepNumber = (number: number): boolean =>
	Number.isInteger(number) && number >= 1 && number <= stepCount;

/**
 * The map of the step numbered `number` (1-based) as a standalone SVG document, drawn for `frame`
 * (the handout's frame by default), in `colours` (themed by default).
 */
export function stepMapFile(
	number: number,
	{ frame, colours }: Pick<StaticSvgOptions, 'frame' | 'colours'> = {}
): string {
	const { map, step } = stepOverview(number - 1);
	return staticMapSvg(map, step.description, basemap, { frame, colours, coarser });
}
