// Build-time job: the offline basemap. Natural Earth 1:50m country shapes (world-atlas) clipped to
// the part of Eurasia the story crosses (Kiev to Japan, Hanoi latitude to the Arctic coast),
// simplified, with coordinates rounded to ~1 km. Served to the app as `virtual:basemap`, so the
// same shapes feed the prerendered SVG map and Leaflet, and no tile server is needed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { geoIdentity } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Plugin } from 'vite';

/** [[west, south], [east, north]] in degrees. */
export const BASEMAP_EXTENT: [[number, number], [number, number]] = [
	[8, 10],
	[165, 81]
];
/** Planar triangle area (deg²) under which a vertex is dropped. */
const MIN_WEIGHT = 0.04;
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
	const simplified = simplify(presimplify(topology), MIN_WEIGHT);
	const countries = feature(
		simplified,
		simplified.objects.countries as GeometryCollection<{ name: string }>
	) as FeatureCollection<Polygon | MultiPolygon>;

	// geoIdentity treats lon/lat as a plane, so clipExtent cuts the rings at the box edges.
	const clip = geoIdentity().clipExtent(BASEMAP_EXTENT);
	const features: Basemap['features'] = [];
	for (const country of countries.features) {
		if (country.id === undefined) continue;
		const clipped = geoProject(country, clip) as Feature<Polygon | MultiPolygon> | null;
		const geometry = clipped?.geometry && dropIslands(clipped.geometry);
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
