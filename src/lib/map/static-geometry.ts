// The static map's geometry for one view: d3-geo (Web Mercator, like Leaflet) projects the
// basemap, routes and places into a fixed frame. static-svg.ts writes it as SVG markup, for the
// inline map of a page and the prerendered per-step files alike, so both draw the same map.
import { geoCentroid, geoMercator, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapState } from '$lib/story/state';
import { formatKilometres, t } from '$lib/i18n';
import { countryTone } from './countries';

export interface Frame {
	width: number;
	height: number;
	/**
	 * Share of the width kept free on each side of the bounds (half of it top and bottom). The
	 * default leaves room for a phone to crop the frame to a squarer box.
	 */
	inset?: number;
}

export const FRAME: Frame = { width: 640, height: 560 };
/** The locator map of every place: wide, and tight around its bounds. */
export const LOCATOR_FRAME: Frame = { width: 720, height: 400, inset: 0.03 };

/** Bounds fit a central box, so that cropping to a phone's squarer box keeps them in view. */
const fitBox = ({ width, height, inset = 0.14 }: Frame): [[number, number], [number, number]] => [
	[width * inset, height * (inset / 2)],
	[width * (1 - inset), height * (1 - inset / 2)]
];

export type Basemap = FeatureCollection<Polygon | MultiPolygon, { iso: string }>;

export interface StaticGeometry {
	frame: Frame;
	countries: { id: string; d: string; tone?: ReturnType<typeof countryTone> }[];
	countryLabels: { id: string; name: string; x: number; y: number }[];
	routes: { id: string; kind: string; d: string; label?: { x: number; y: number }; text: string }[];
	/** `end`: the label sits left of its dot, near the frame's right edge. */
	places: { id: string; name: string; x: number; y: number; anchor: 'start' | 'end' }[];
}

export function staticGeometry(
	map: MapState,
	basemap: Basemap,
	frame: Frame = FRAME
): StaticGeometry {
	const FRAME = frame;
	const [[south, west], [north, east]] = map.bounds;
	const projection = geoMercator()
		.fitExtent(fitBox(frame), {
			type: 'MultiPoint',
			coordinates: [
				[west, south],
				[east, north]
			]
		})
		// Clipped to the frame and rounded to 0.1 px: the output carries only what shows.
		.clipExtent([
			[-10, -10],
			[FRAME.width + 10, FRAME.height + 10]
		]);
	const path = geoPath(projection).digits(1);
	const highlighted = new Map(map.countries.map((c) => [c.iso, c]));
	const inFrame = (p: [number, number] | null): p is [number, number] =>
		!!p && p[0] >= 0 && p[0] <= FRAME.width && p[1] >= 0 && p[1] <= FRAME.height;

	return {
		frame,
		countries: basemap.features.flatMap((feature) => {
			const d = path(feature);
			if (!d) return [];
			const country = highlighted.get(feature.properties.iso);
			return [
				{ id: feature.properties.iso, d, tone: country ? countryTone(country.id) : undefined }
			];
		}),
		countryLabels: map.countries.flatMap((country) => {
			const feature = basemap.features.find((f) => f.properties.iso === country.iso);
			const point = feature ? projection(geoCentroid(largestPart(feature))) : null;
			return inFrame(point)
				? [{ id: country.id, name: country.name, x: point[0], y: point[1] }]
				: [];
		}),
		routes: map.routes.map((route) => {
			const label = projection(route.labelAt);
			return {
				id: route.id,
				kind: route.kind,
				d: path({ type: 'LineString', coordinates: route.line }) ?? '',
				label: label ? { x: label[0], y: label[1] } : undefined,
				text: t.map.straightLine(formatKilometres(route.lengthKm))
			};
		}),
		places: map.places.flatMap((place) => {
			const point = projection([place.lon, place.lat]);
			if (!point) return [];
			const anchor = point[0] > FRAME.width * 0.8 ? 'end' : 'start';
			return [{ id: place.id, name: place.name, x: point[0], y: point[1], anchor }];
		})
	};
}

function largestPart(feature: Feature<Polygon | MultiPolygon>): Feature<Polygon> {
	const polygons =
		feature.geometry.type === 'Polygon'
			? [feature.geometry.coordinates]
			: feature.geometry.coordinates;
	const size = (rings: number[][][]) => rings[0]?.length ?? 0;
	const largest = polygons.reduce((a, b) => (size(b) > size(a) ? b : a));
	return { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest } };
}
