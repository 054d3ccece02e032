// The Leaflet basemap is projected at build time: its pixels must be Leaflet's Web Mercator at
// OVERLAY_ZOOM, and its paths must sit in a box whose corners are the basemap's extent.
import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, test } from 'vitest';
import { buildOverlay, mercatorPixel, OVERLAY_ZOOM } from '../../scripts/basemap';
import { BASEMAP_EXTENT } from '$lib/map/extent';

const WORLD = 256 * 2 ** OVERLAY_ZOOM;
/** Web Mercator y written the textbook way (tan), not as the build script does (sin). */
const textbookY = (lat: number) =>
	WORLD * (0.5 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / (2 * Math.PI));

describe('mercatorPixel', () => {
	test('the origin, the antimeridian and the equator are where Leaflet puts them', () => {
		expect(mercatorPixel([0, 0])).toEqual([WORLD / 2, WORLD / 2]);
		expect(mercatorPixel([-180, 0])[0]).toBe(0);
		expect(mercatorPixel([180, 0])[0]).toBe(WORLD);
	});

	test.each([
		['Pionyang', 125.75, 39.02],
		['Kursk', 36.19, 51.73],
		['the extent’s south edge', 0, -40],
		['the extent’s north edge', 180, 82]
	])('%s matches the textbook formula to a thousandth of a pixel', (_name, lon, lat) => {
		const [x, y] = mercatorPixel([lon, lat]);
		expect(x).toBeCloseTo((WORLD * (lon + 180)) / 360, 3);
		expect(y).toBeCloseTo(textbookY(lat), 3);
	});
});

describe('buildOverlay', () => {
	const [[west, south], [east, north]] = BASEMAP_EXTENT;
	const square: FeatureCollection<Polygon, { iso: string }> = {
		type: 'FeatureCollection',
		features: [
			{
				type: 'Feature',
				properties: { iso: '408' },
				geometry: {
					type: 'Polygon',
					coordinates: [
						[
							[124, 38],
							[130, 38],
							[130, 43],
							[124, 43],
							[124, 38]
						]
					]
				}
			}
		]
	};
	const overlay = buildOverlay(square);

	test('sits on the extent, with its size in overlay pixels', () => {
		expect(overlay.bounds).toEqual([
			[south, west],
			[north, east]
		]);
		const [left, top] = mercatorPixel([west, north]);
		const [right, bottom] = mercatorPixel([east, south]);
		expect(overlay.size).toEqual([Math.round(right - left), Math.round(bottom - top)]);
	});

	test('a ring is one closed path of whole-pixel moves from the extent’s north-west corner', () => {
		const [left, top] = mercatorPixel([west, north]);
		const corner = (lon: number, lat: number) => {
			const [x, y] = mercatorPixel([lon, lat]);
			return [Math.round(x - left), Math.round(y - top)];
		};
		const [x0, y0] = corner(124, 38);
		const [x1] = corner(130, 38);
		const [, y2] = corner(130, 43);
		expect(overlay.countries).toEqual([
			{
				iso: '408',
				d: `M${x0} ${y0}l${x1! - x0!} 0l0 ${y2! - y0!}l${x0! - x1!} 0z`
			}
		]);
	});
});
