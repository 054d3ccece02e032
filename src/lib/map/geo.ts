// Geo math for the map: great-circle distances and lines. Pure functions of [lon, lat] pairs.
import { geoDistance, geoInterpolate } from 'd3-geo';
import type { Place } from '$lib/data/types';

/** Mean Earth radius in km (IUGG), the one facts.md used for its haversine distances. */
export const EARTH_RADIUS_KM = 6371;

export type LonLat = [number, number];

export const lonLat = (place: Pick<Place, 'lat' | 'lon'>): LonLat => [place.lon, place.lat];

/** Great-circle (straight-line) distance in km. */
export function distanceKm(a: LonLat, b: LonLat): number {
	return geoDistance(a, b) * EARTH_RADIUS_KM;
}

/** Total length of a path of legs, each along its great circle. */
export function pathLengthKm(points: LonLat[]): number {
	let total = 0;
	for (let i = 1; i < points.length; i++) total += distanceKm(points[i - 1]!, points[i]!);
	return total;
}

/**
 * Points along the great circle from a to b, ends included, about one every `stepKm`, so a long
 * route (Pionyang–Kursk, 6.688 km) bends like the shortest path on the globe does.
 */
export function greatCirclePoints(a: LonLat, b: LonLat, stepKm = 100): LonLat[] {
	const segments = Math.max(1, Math.ceil(distanceKm(a, b) / stepKm));
	const interpolate = geoInterpolate(a, b);
	return Array.from({ length: segments + 1 }, (_, i) => interpolate(i / segments) as LonLat);
}

/** The point a share `t` (0 to 1) of the way along the great circle from a to b. */
export function greatCirclePoint(a: LonLat, b: LonLat, t: number): LonLat {
	return geoInterpolate(a, b)(t) as LonLat;
}

/** A multi-leg route as one continuous great-circle line. */
export function routeLine(points: LonLat[], stepKm = 100): LonLat[] {
	const line: LonLat[] = [];
	for (let i = 1; i < points.length; i++) {
		const leg = greatCirclePoints(points[i - 1]!, points[i]!, stepKm);
		line.push(...(i === 1 ? leg : leg.slice(1)));
	}
	return line;
}

/** [[south, west], [north, east]] around the points, padded by a share of their span. */
export function boundsOf(
	points: LonLat[],
	padding = 0,
	minPadding = 1
): [[number, number], [number, number]] {
	const lons = points.map((p) => p[0]);
	const lats = points.map((p) => p[1]);
	const [west, east] = [Math.min(...lons), Math.max(...lons)];
	const [south, north] = [Math.min(...lats), Math.max(...lats)];
	const padLon = Math.max((east - west) * padding, minPadding);
	const padLat = Math.max((north - south) * padding, minPadding);
	return [
		[south - padLat, west - padLon],
		[north + padLat, east + padLon]
	];
}
