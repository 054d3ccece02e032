// Build-time job: the offline basemap. Natural Earth 1:50m country shapes (world-atlas) clipped to
// the region the story's views can show (extent.ts), simplified, with coordinates rounded to ~1 km.
// Served as `virtual:basemap` (GeoJSON, for the prerendered SVG maps) and as
// `virtual:basemap-overlay` (the same shapes projected to Web Mercator as SVG paths, for Leaflet),
// so no tile server is needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

import { BASEMAP_EXTENT } from '../src/lib/map/extent.ts';

export { BASEMAP_EXTENT };
/** Planar triangle area (deg²) under which a vertex is dropped, for the story's closest views. */
const MIN_WEIGHT = 0.02;
/**
 * The same shapes simplified further, for wider views (see $lib/map/basemap-level.ts): a map of
 * half a continent drawn with the close views' detail put many vertices into each pixel, and a
 * step's map file weighed 120 KB where a close one weighs 8 KB.
 */
export const COARSER_WEIGHTS = [0.06, 0.18, 0.3];
/** Islands smaller than this (deg²) are dropped: invisible at the story's zoom levels. */
const MIN_ISLAND_AREA = 0.15;
const DECIMALS = 2;

export interface BasemapProperties {
	/** ISO 3166-1 numeric code, e.g. "643" for Russia. */
	iso: string;
}
export type Basemap = FeatureCollection<Polygon | MultiPolygon, BasemapProperties>;

export function buildBasemap(minWeight = MIN_WEIGHT): Basemap {
	const require = createRequire(import.meta.url);
	const path = require.resolve('world-atlas/countries-50m.json');
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const simplified = simplify(presimplify(topology as Topology<Objects<object>>), minWeight);
	const countries = feature(
		simplified,
		simplified.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Polygon | MultiPolygon>;

	const features: Basemap['features'] = [];
	for (const country of countries.features) {
		if (country.id === undefined) continue;
		const clipped = clipGeometry(country.geometry);
		const geometry = clipped && dropIslands(clipped);
		if (!geometry) continue;
		features.push({
			type: 'Feature',
			id: String(country.id),
			properties: { iso: String(country.id) },
			geometry: roundGeometry(geometry)
		});
	}
	return { type: 'FeatureCollection', features };
}

/**
 * Cuts every ring to the extent (Sutherland–Hodgman against each edge of the box). d3's
 * clipExtent on an identity projection reads ring winding spherically and inverted some Arctic
 * rings into bands across the map; this plain planar clip has no such notion.
 */
export function clipGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const kept: Position[][][] = [];
	for (const rings of polygons) {
		const [outer, ...holes] = rings.map(clipRing);
		if (!outer || outer.length < 4) continue;
		kept.push([outer, ...holes.filter((hole) => hole.length >= 4)]);
	}
	if (kept.length === 0) return undefined;
	return kept.length === 1
		? { type: 'Polygon', coordinates: kept[0]! }
		: { type: 'MultiPolygon', coordinates: kept };
}

/**
 * A ring that crosses the antimeridian jumps from +180 to -180 and, read on a plane, wraps the
 * whole world as a band; moving its western half past +180 keeps it in one piece.
 */
function unwrapRing(ring: Position[]): Position[] {
	const lons = ring.map((p) => p[0]!);
	if (Math.max(...lons) - Math.min(...lons) <= 180) return ring;
	return ring.map((p) => (p[0]! < 0 ? [p[0]! + 360, p[1]!] : p));
}

function clipRing(source: Position[]): Position[] {
	const ring = unwrapRing(source);
	const [[west, south], [east, north]] = BASEMAP_EXTENT;
	const edges: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
		[(p) => p[0]! >= west, (a, b) => atX(a, b, west)],
		[(p) => p[0]! <= east, (a, b) => atX(a, b, east)],
		[(p) => p[1]! >= south, (a, b) => atY(a, b, south)],
		[(p) => p[1]! <= north, (a, b) => atY(a, b, north)]
	];
	let points = ring.slice(0, -1);
	for (const [inside, cross] of edges) {
		const input = points;
		points = [];
		for (let i = 0; i < input.length; i++) {
			const current = input[i]!;
			const previous = input[(i + input.length - 1) % input.length]!;
			if (inside(current)) {
				if (!inside(previous)) points.push(cross(previous, current));
				points.push(current);
			} else if (inside(previous)) points.push(cross(previous, current));
		}
		if (points.length === 0) return [];
	}
	return [...points, points[0]!];
}

function atX(a: Position, b: Position, x: number): Position {
	const t = (x - a[0]!) / (b[0]! - a[0]!);
	return [x, a[1]! + t * (b[1]! - a[1]!)];
}

function atY(a: Position, b: Position, y: number): Position {
	const t = (y - a[1]!) / (b[1]! - a[1]!);
	return [a[0]! + t * (b[0]! - a[0]!), y];
}

function dropIslands(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon | undefined {
	const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
	const kept = polygons.filter((rings) => rings[0] && ringArea(rings[0]) >= MIN_ISLAND_AREA);
	if (kept.length === 0) return undefined;
	return kept.length === 1
		? { type: 'Polygon', coordinates: kept[0]! }
		: { type: 'MultiPolygon', coordinates: kept };
}

/** Planar shoelace area in deg², enough to rank islands by size. */
function ringArea(ring: Position[]): number {
	let sum = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
	}
	return Math.abs(sum / 2);
}

function roundGeometry(geometry: Polygon | MultiPolygon): Polygon | MultiPolygon {
	const factor = 10 ** DECIMALS;
	const round = (position: Position): Position => [
		Math.round(position[0]! * factor) / factor,
		Math.round(position[1]! * factor) / factor
	];
	const ring = (points: Position[]) => points.map(round);
	return geometry.type === 'Polygon'
		? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
		: { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}

/**
 * Leaflet's zoom at which the overlay's coordinates are whole pixels: at the map's top zoom (9) a
 * rounded vertex is at most half a pixel off.
 */
export const OVERLAY_ZOOM = 9;

export interface BasemapOverlay {
	/** Where the overlay sits, [[south, west], [north, east]]: the basemap's extent. */
	bounds: [[number, number], [number, number]];
	/** Width and height of the SVG's user space: Web Mercator pixels at OVERLAY_ZOOM. */
	size: [number, number];
	/** One SVG path per country, in that space, its origin at the extent's north-west corner. */
	countries: { iso: string; d: string }[];
}

/** Leaflet's Web Mercator (EPSG:3857) in pixels at OVERLAY_ZOOM, as its CRS projects a point. */
export function mercatorPixel([lon, lat]: Position): [number, number] {
	const worldSize = 256 * 2 ** OVERLAY_ZOOM;
	const sin = Math.sin((lat! * Math.PI) / 180);
	return [
		(worldSize * (lon! + 180)) / 360,
		worldSize * (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI))
	];
}

/**
 * The basemap projected once, at build time: Leaflet shows it as one SVG overlay that the browser
 * scales while the map flies, instead of projecting, clipping and repainting every vertex in
 * script after each move, the long task of a flight's last frame on a slow phone.
 */
export function buildOverlay(basemap: Basemap): BasemapOverlay {
	const [[west, south], [east, north]] = BASEMAP_EXTENT;
	const [left, top] = mercatorPixel([west, north]);
	const [right, bottom] = mercatorPixel([east, south]);
	const ringPath = (ring: Position[]) => {
		const points = ring.slice(0, -1).map((position) => {
			const [x, y] = mercatorPixel(position);
			return [Math.round(x - left), Math.round(y - top)] as const;
		});
		// Relative moves between rounded points: short to ship, and exact (no drift).
		let d = `M${points[0]![0]} ${points[0]![1]}`;
		for (let i = 1; i < points.length; i++) {
			const dx = points[i]![0] - points[i - 1]![0];
			const dy = points[i]![1] - points[i - 1]![1];
			if (dx !== 0 || dy !== 0) d += `l${dx} ${dy}`;
		}
		return `${d}z`;
	};
	return {
		bounds: [
			[south, west],
			[north, east]
		],
		size: [Math.round(right - left), Math.round(bottom - top)],
		countries: basemap.features.map(({ properties, geometry }) => {
			const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
			return { iso: properties.iso, d: polygons.flat().map(ringPath).join('') };
		})
	};
}

const GEOJSON_ID = 'virtual:basemap';
const OVERLAY_ID = 'virtual:basemap-overlay';

export function basemapPlugin(): Plugin {
	let basemap: Basemap | undefined;
	const modules: Record<string, () => unknown> = {
		[GEOJSON_ID]: () => (basemap ??= buildBasemap()),
		[OVERLAY_ID]: () => buildOverlay((basemap ??= buildBasemap()))
	};
	return {
		name: 'moscu-pionyang:basemap',
		resolveId: (id) => (id in modules ? `\0${id}` : undefined),
		load(id) {
			const build = id.startsWith('\0') ? modules[id.slice(1)] : undefined;
			if (!build) return undefined;
			const module = `export default ${JSON.stringify(build())};`;
			if (id !== `\0${GEOJSON_ID}`) return module;
			const coarser = COARSER_WEIGHTS.map((minWeight) => ({
				minWeight,
				basemap: buildBasemap(minWeight)
			}));
			return `${module}\nexport const coarser = ${JSON.stringify(coarser)};`;
		}
	};
}
