// Build-time job: the offline basemap. Natural Earth 1:50m country shapes (world-atlas) clipped to
// the part of Eurasia the story crosses (Kiev to Japan, Hanoi latitude to the Arctic coast),
// simplified, with coordinates rounded to ~1 km. Served to the app as `virtual:basemap`, so the
// same shapes feed the prerendered SVG map and Leaflet, and no tile server is needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Objects, Topology } from 'topojson-specification';
import type { Plugin } from 'vite';

import { BASEMAP_EXTENT } from '../src/lib/map/extent.ts';

export { BASEMAP_EXTENT };
/** Planar triangle area (deg²) under which a vertex is dropped. */
const MIN_WEIGHT = 0.02;
/** Islands smaller than this (deg²) are dropped: invisible at the story's zoom levels. */
const MIN_ISLAND_AREA = 0.15;
const DECIMALS = 2;

export interface BasemapProperties {
	/** ISO 3166-1 numeric code, e.g. "643" for Russia. */
	iso: string;
}
export type Basemap = FeatureCollection<Polygon | MultiPolygon, BasemapProperties>;

export function buildBasemap(): Basemap {
	const require = createRequire(import.meta.url);
	const path = require.resolve('world-atlas/countries-50m.json');
	const topology = JSON.parse(readFileSync(path, 'utf8')) as Topology;
	const simplified = simplify(presimplify(topology as Topology<Objects<object>>), MIN_WEIGHT);
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

const VIRTUAL_ID = 'virtual:basemap';

export function basemapPlugin(): Plugin {
	let source: string | undefined;
	return {
		name: 'moscu-pionyang:basemap',
		resolveId: (id) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
		load(id) {
			if (id !== `\0${VIRTUAL_ID}`) return undefined;
			source ??= `export default ${JSON.stringify(buildBasemap())};`;
			return source;
		}
	};
}
