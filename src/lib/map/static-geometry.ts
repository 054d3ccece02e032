// The static map's geometry for one view: d3-geo (Web Mercator, like Leaflet) projects the
// basemap, routes and places into a fixed frame. static-svg.ts writes it as SVG markup, for the
// inline map of a page and the prerendered per-step files alike, so both draw the same map.
import { geoCentroid, geoContains, geoMercator } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { MapState } from '$lib/story/state';
import { formatKilometres, t } from '$lib/i18n';
import { countryTone } from './countries';
import { INK, labelBox, placeLabels, type MovableLabel } from './declutter';
import { basemapFor, type BasemapLevel } from './basemap-level';
import { compactGeoPath } from './compact-path';

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
	/**
	 * A highlighted country's name, above or below its centre (y is the text's baseline); none
	 * where it has no room.
	 */
	countryLabels: { id: string; name: string; x: number; y: number }[];
	/**
	 * A route's distance label: above or below a point of its line (y is the text's baseline);
	 * none if it has no room.
	 */
	routes: { id: string; kind: string; d: string; label?: { x: number; y: number }; text: string }[];
	/** A place's name goes right or left of its dot, or is left out where it has no room. */
	places: { id: string; name: string; x: number; y: number; side: 'right' | 'left' | 'hidden' }[];
}

/**
 * The static maps' label sizes, estimated (there is no page to measure them in at build time):
 * names in 16 px bold, distances in 14 px semibold, countries in 13 px capitals spaced 0.12 em
 * (see static-svg.ts). Letters average about 0.62 of the font size in the widest usual system
 * font (DejaVu Sans Bold), its capitals about 0.68.
 */
const PLACE_FONT = 16;
const ROUTE_FONT = 14;
const COUNTRY_FONT = 13;
const CHAR_EM = 0.62;
const CAPITAL_EM = 0.68 + 0.12;
const textWidth = (text: string, font: number, em = CHAR_EM) => text.length * font * em;
/** DejaVu Sans's ascender and descender, in em, and the text's halo (stroke-width 4 px). */
const ASCENT = 0.93;
const DESCENT = 0.24;
const HALO = 2;
/**
 * The height to give declutter, which takes a share (INK) of a measured line box as the letters:
 * here the letters' full height and the halo above and below them.
 */
const lineBox = (font: number) => ((ASCENT + DESCENT) * font + 2 * HALO) / INK;
/** The baseline that puts a text's letters, halo included, in the box declutter placed. */
function baselineIn(
	label: Pick<MovableLabel, 'kind' | 'width' | 'height'> & { x: number; y: number },
	side: 'above' | 'below',
	font: number
): number {
	const box = labelBox({ id: '', ...label }, side);
	const y = side === 'above' ? box.bottom - HALO - DESCENT * font : box.top + HALO + ASCENT * font;
	return Math.round(y * 10) / 10;
}
/** declutter's place box spans dot, gap and name: the name starts 10 px right of the dot's centre. */
const NAME_START = 10;
const DOT_RADIUS = 6;
/** Where a country's name may go, best first, in steps of about a line from its centre. */
const AREA_OFFSETS = [
	[0, 0],
	[0, -1],
	[0, 1],
	[0, -2],
	[0, 2],
	[-1.5, 0],
	[1.5, 0]
] as const;

/**
 * `coarser`: simplifications of `finest` for wide views (virtual:basemap's `coarser`); without
 * them every view draws `finest`.
 */
export function staticGeometry(
	map: MapState,
	finest: Basemap,
	frame: Frame = FRAME,
	coarser: readonly BasemapLevel[] = []
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
		// Clipped to the frame, on a half-pixel grid (compact-path.ts): the output carries only
		// what shows.
		.clipExtent([
			[-10, -10],
			[FRAME.width + 10, FRAME.height + 10]
		]);
	const path = compactGeoPath(projection);
	const basemap = basemapFor((projection.scale() * Math.PI) / 180, finest, coarser);
	const highlighted = new Map(map.countries.map((c) => [c.iso, c]));
	const inFrame = (p: [number, number] | null): p is [number, number] =>
		!!p && p[0] >= 0 && p[0] <= FRAME.width && p[1] >= 0 && p[1] <= FRAME.height;

	const routes = map.routes.map((route) => ({
		id: route.id,
		kind: route.kind,
		d: path({ type: 'LineString', coordinates: route.line }),
		text: t.map.straightLine(formatKilometres(route.lengthKm))
	}));
	const places = map.places.flatMap((place) => {
		const point = projection([place.lon, place.lat]);
		return point ? [{ id: place.id, name: place.name, x: point[0], y: point[1] }] : [];
	});
	// A country's name goes at its centre or, where a place's name or a neighbour's takes that,
	// further north or south inside it: a Korea-wide view names both Koreas though Pionyang's name
	// sits on the North's centre.
	const countryLabels = map.countries.flatMap((country) => {
		const feature = basemap.features.find((f) => f.properties.iso === country.iso);
		if (!feature) return [];
		const part = largestPart(feature);
		const centre = projection(geoCentroid(part));
		if (!centre) return [];
		const step = lineBox(COUNTRY_FONT) * INK * 1.4;
		const points = AREA_OFFSETS.map(([dx, dy]): [number, number] => [
			centre[0] + dx * step,
			centre[1] + dy * step
		]).filter((point, i) => {
			if (!inFrame(point)) return false;
			const at = projection.invert?.(point);
			return i === 0 || (!!at && geoContains(part, at));
		});
		return points.length
			? [{ id: country.id, name: country.name, points: points.map(([x, y]) => ({ x, y })) }]
			: [];
	});
	// The same placement as the live map's (LeafletController), so that no label covers another;
	// a country's name gives way to the places and routes.
	const routeLabels = map.routes.map((route, i): MovableLabel => ({
		id: `route:${route.id}`,
		kind: 'route',
		points: route.labelPoints.flatMap((at) => {
			const point = projection(at);
			return point ? [{ x: point[0], y: point[1] }] : [];
		}),
		width: textWidth(routes[i]!.text, ROUTE_FONT),
		height: lineBox(ROUTE_FONT)
	}));
	const areaLabels = countryLabels.map((label): MovableLabel => ({
		id: `area:${label.id}`,
		kind: 'area',
		points: label.points,
		width: textWidth(label.name, COUNTRY_FONT, CAPITAL_EM),
		height: lineBox(COUNTRY_FONT)
	}));
	const spots = placeLabels(
		[
			...places.map((place): MovableLabel => ({
				id: `place:${place.id}`,
				kind: 'place',
				points: [place],
				width: NAME_START + textWidth(place.name, PLACE_FONT) + DOT_RADIUS,
				height: lineBox(PLACE_FONT)
			})),
			...routeLabels,
			...areaLabels
		],
		frame
	);
	/** Where a route's or a country's text goes: the point it was placed at, on its baseline. */
	const textAt = (label: MovableLabel, font: number) => {
		const { placement, point } = spots.get(label.id)!;
		const at = label.points[point];
		if (!at || (placement !== 'above' && placement !== 'below')) return undefined;
		return { x: at.x, y: baselineIn({ ...label, ...at }, placement, font) };
	};

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
		countryLabels: countryLabels.flatMap(({ id, name }, i) => {
			const at = textAt(areaLabels[i]!, COUNTRY_FONT);
			return at ? [{ id, name, ...at }] : [];
		}),
		routes: routes.map((route, i) => ({
			...route,
			label: textAt(routeLabels[i]!, ROUTE_FONT)
		})),
		places: places.map((place) => {
			const side = spots.get(`place:${place.id}`)?.placement;
			return { ...place, side: side === 'right' || side === 'left' ? side : 'hidden' };
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
