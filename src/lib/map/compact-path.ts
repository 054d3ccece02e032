// SVG path data for the static maps, as small as the drawing allows. d3-geo's own writer gives
// absolute coordinates at a chosen number of decimals; the basemap's coastlines then weigh most of
// a map file, and the classroom handout loads eight of them. Relative moves on a half-pixel grid
// (a quarter of a pixel off at most, below what a screen or paper shows at the maps' sizes) take
// about a third off a file. Each point is snapped before its move is measured, so the errors never
// add up along a coastline.
import { geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3-geo';

/** The grid the points are snapped to, in the drawing's pixels. */
export const PATH_GRID = 0.5;

/** A number as path data writes it: no leading zero (`.5`, `-.5`), nothing after an integer. */
function format(value: number): string {
	return String(value).replace(/^(-?)0\./, '$1.');
}

/** d3-geo's path context (moveTo, lineTo, closePath) writing relative commands on a grid. */
export class CompactPathContext {
	#data = '';
	/** The current point and the start of the current subpath, in grid units. */
	#x = 0;
	#y = 0;
	#startX = 0;
	#startY = 0;

	constructor(private readonly grid = PATH_GRID) {}

	/** Part of the context interface; d3-geo's path never calls it, and result() starts a path. */
	beginPath(): void {}

	moveTo(x: number, y: number): void {
		this.#move('m', x, y);
		this.#startX = this.#x;
		this.#startY = this.#y;
	}

	lineTo(x: number, y: number): void {
		this.#move('l', x, y);
	}

	closePath(): void {
		this.#data += 'z';
		this.#x = this.#startX;
		this.#y = this.#startY;
	}

	/** d3-geo draws a Point as an arc; the static maps draw places as circles of their own. */
	arc(): void {
		throw new Error('CompactPathContext draws lines and areas, not points');
	}

	/** The path data written since the last call, which starts a new path. */
	result(): string {
		const data = this.#data;
		this.#data = '';
		this.#x = this.#y = this.#startX = this.#startY = 0;
		return data;
	}

	#move(command: 'm' | 'l', x: number, y: number): void {
		const gridX = Math.round(x / this.grid);
		const gridY = Math.round(y / this.grid);
		// A point that snaps onto the last one draws nothing.
		if (command === 'l' && gridX === this.#x && gridY === this.#y) return;
		const dx = format((gridX - this.#x) * this.grid);
		const dy = format((gridY - this.#y) * this.grid);
		this.#data += `${command}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
		this.#x = gridX;
		this.#y = gridY;
	}
}

/** Path data for GeoJSON through `projection`, written by CompactPathContext ('' for nothing). */
export function compactGeoPath(
	projection: GeoProjection,
	grid = PATH_GRID
): (object: GeoPermissibleObjects) => string {
	const context = new CompactPathContext(grid);
	const path = geoPath(projection, context);
	return (object) => {
		path(object);
		return context.result();
	};
}
