// The map prints distances the story quotes (facts.md §5, haversine with R = 6371 km), and draws
// routes as great circles: both must agree with the reference figures and with each other.
import { describe, expect, test } from 'vitest';
import { placeById } from '$lib/data';
import {
	boundsOf,
	distanceKm,
	greatCirclePoints,
	lonLat,
	pathLengthKm,
	routeLine,
	type LonLat
} from '$lib/map/geo';

const at = (id: string): LonLat => {
	const place = placeById.get(id);
	if (!place) throw new Error(`no place ${id} in data/places.json`);
	return lonLat(place);
};

describe('distanceKm matches facts.md §5 within 1 km', () => {
	test.each([
		{ from: 'pyongyang', to: 'vladivostok', km: 680.6 },
		{ from: 'pyongyang', to: 'vostochny', km: 1444.4 },
		{ from: 'pyongyang', to: 'kursk', km: 6687.8 },
		{ from: 'pyongyang', to: 'moscu', km: 6413.7 },
		{ from: 'pyongyang', to: 'khasan', km: 560.0 },
		{ from: 'khasan', to: 'vladivostok', km: 121.5 },
		{ from: 'khasan', to: 'vostochny', km: 1065.5 },
		{ from: 'vladivostok', to: 'vostochny', km: 1020.6 },
		{ from: 'moscu', to: 'kursk', km: 458.4 },
		{ from: 'kursk', to: 'kyiv', km: 419.6 },
		{ from: 'moscu', to: 'kyiv', km: 755.4 },
		{ from: 'pyongyang', to: 'kyiv', km: 7102.3 }
	])('$from – $to ≈ $km km', ({ from, to, km }) => {
		expect(Math.abs(distanceKm(at(from), at(to)) - km)).toBeLessThan(1);
		// Symmetric: the direction a route is listed in must not change its label.
		expect(distanceKm(at(to), at(from))).toBeCloseTo(distanceKm(at(from), at(to)), 9);
	});

	test('a place is 0 km from itself', () => {
		expect(distanceKm(at('moscu'), at('moscu'))).toBe(0);
	});
});

describe('greatCirclePoints', () => {
	const pairs: [string, string][] = [
		['pyongyang', 'kursk'],
		['pyongyang', 'khasan'],
		['moscu', 'kyiv'],
		['vostochny', 'kyiv']
	];

	test.each(pairs)('%s → %s: ends equal the inputs', (from, to) => {
		const points = greatCirclePoints(at(from), at(to));
		expect(points[0]![0]).toBeCloseTo(at(from)[0], 9);
		expect(points[0]![1]).toBeCloseTo(at(from)[1], 9);
		expect(points.at(-1)![0]).toBeCloseTo(at(to)[0], 9);
		expect(points.at(-1)![1]).toBeCloseTo(at(to)[1], 9);
	});

	test.each(pairs)('%s → %s: every point lies on the great circle', (from, to) => {
		const [a, b] = [at(from), at(to)];
		const total = distanceKm(a, b);
		for (const p of greatCirclePoints(a, b)) {
			// Off the shortest path, a → p → b would be longer than a → b.
			expect(Math.abs(distanceKm(a, p) + distanceKm(p, b) - total)).toBeLessThan(0.5);
		}
	});

	test.each([25, 100, 333])('points are at most %i km apart', (stepKm) => {
		const [a, b] = [at('pyongyang'), at('kursk')];
		const points = greatCirclePoints(a, b, stepKm);
		expect(points.length).toBeGreaterThanOrEqual(Math.ceil(distanceKm(a, b) / stepKm) + 1);
		for (let i = 1; i < points.length; i++) {
			expect(distanceKm(points[i - 1]!, points[i]!)).toBeLessThanOrEqual(stepKm + 1e-6);
		}
	});

	test('a long route really bends north of the straight lon/lat line', () => {
		const points = greatCirclePoints(at('pyongyang'), at('kursk'));
		const middle = points[Math.floor(points.length / 2)]!;
		const straightLat = (at('pyongyang')[1] + at('kursk')[1]) / 2;
		expect(middle[1]).toBeGreaterThan(straightLat + 5);
	});

	test('a short hop still has both ends', () => {
		expect(greatCirclePoints(at('khasan'), at('vladivostok'), 1000)).toHaveLength(2);
	});
});

describe('routeLine', () => {
	const via = ['pyongyang', 'khasan', 'vladivostok', 'vostochny'].map(at);
	const line = routeLine(via);

	test('passes through every stop and starts and ends at the route ends', () => {
		expect(line[0]).toEqual(via[0]);
		for (const stop of via) {
			const closest = Math.min(...line.map((p) => distanceKm(p, stop)));
			expect(closest).toBeLessThan(1e-6);
		}
		expect(line.at(-1)![0]).toBeCloseTo(via.at(-1)![0], 9);
	});

	test('has no duplicated joint points', () => {
		for (let i = 1; i < line.length; i++) {
			expect(distanceKm(line[i - 1]!, line[i]!)).toBeGreaterThan(0.01);
		}
	});

	test('is as long as the sum of its legs', () => {
		expect(pathLengthKm(line)).toBeCloseTo(pathLengthKm(via), 3);
		expect(pathLengthKm(via)).toBeCloseTo(560.0 + 121.5 + 1020.6, -1);
	});
});

describe('boundsOf', () => {
	const points = ['pyongyang', 'vostochny', 'kursk'].map(at);

	test('pads by a share of the span in [[south, west], [north, east]] order', () => {
		const [[south, west], [north, east]] = boundsOf(points, 0.1, 0);
		const lons = points.map((p) => p[0]);
		const lats = points.map((p) => p[1]);
		const lonSpan = Math.max(...lons) - Math.min(...lons);
		const latSpan = Math.max(...lats) - Math.min(...lats);
		expect(west).toBeCloseTo(Math.min(...lons) - lonSpan * 0.1, 9);
		expect(east).toBeCloseTo(Math.max(...lons) + lonSpan * 0.1, 9);
		expect(south).toBeCloseTo(Math.min(...lats) - latSpan * 0.1, 9);
		expect(north).toBeCloseTo(Math.max(...lats) + latSpan * 0.1, 9);
	});

	test('never pads less than minPadding degrees', () => {
		const lone = at('kyiv');
		expect(boundsOf([lone], 0.12, 3)).toEqual([
			[lone[1] - 3, lone[0] - 3],
			[lone[1] + 3, lone[0] + 3]
		]);
		// A flat east–west pair keeps the proportional lon padding but gets the minimum in lat.
		const flat: LonLat[] = [
			[30, 50],
			[130, 50]
		];
		expect(boundsOf(flat, 0.1, 2)).toEqual([
			[48, 20],
			[52, 140]
		]);
	});

	test('contains every point', () => {
		const [[south, west], [north, east]] = boundsOf(points);
		for (const [lon, lat] of points) {
			expect(lon).toBeGreaterThan(west);
			expect(lon).toBeLessThan(east);
			expect(lat).toBeGreaterThan(south);
			expect(lat).toBeLessThan(north);
		}
	});
});
