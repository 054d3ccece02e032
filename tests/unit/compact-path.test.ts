import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, test } from 'vitest';
import { CompactPathContext, compactGeoPath, PATH_GRID } from '$lib/map/compact-path';

type Call = ['M' | 'L', number, number] | ['Z'];

function draw(calls: Call[]): string {
	const context = new CompactPathContext();
	for (const [command, x, y] of calls) {
		if (command === 'Z') context.closePath();
		else if (command === 'M') context.moveTo(x!, y!);
		else context.lineTo(x!, y!);
	}
	return context.result();
}

/** The absolute points of path data with m, l and z commands (relative, as SVG reads them). */
function absolutePoints(data: string): [number, number][] {
	const points: [number, number][] = [];
	let [x, y, startX, startY] = [0, 0, 0, 0];
	for (const [, command, args] of data.matchAll(/([mlz])([^mlz]*)/g)) {
		if (command === 'z') {
			[x, y] = [startX, startY];
			continue;
		}
		const [dx, dy] = args!.match(/-?(?:\d+\.?\d*|\.\d+)/g)!.map(Number);
		[x, y] = [x + dx!, y + dy!];
		if (command === 'm') [startX, startY] = [x, y];
		points.push([x, y]);
	}
	return points;
}

describe('CompactPathContext', () => {
	test.each<[string, Call[], string]>([
		['a first move is where the point is', [['M', 10, 20]], 'm10,20'],
		[
			'moves are relative, on a half-pixel grid',
			[
				['M', 10, 10],
				['L', 20, 10],
				['L', 20, 20.26]
			],
			'm10,10l10,0l0,10.5'
		],
		[
			'no leading zero; a negative y needs no comma',
			[
				['M', 1, 1],
				['L', 0.6, 0.4]
			],
			'm1,1l-.5-.5'
		],
		[
			'a point that snaps onto the last draws nothing',
			[
				['M', 5, 5],
				['L', 5.2, 4.9],
				['L', 6, 5]
			],
			'm5,5l1,0'
		],
		[
			'after z, a move counts from the subpath start',
			[['M', 10, 10], ['L', 20, 10], ['Z'], ['M', 12, 12]],
			'm10,10l10,0zm2,2'
		],
		[
			'a move onto the current point still starts a subpath',
			[['M', 3, 3], ['Z'], ['M', 3, 3]],
			'm3,3zm0,0'
		]
	])('%s', (_, calls, expected) => {
		expect(draw(calls)).toBe(expected);
	});

	test('result() starts a new path from the origin', () => {
		const context = new CompactPathContext();
		context.moveTo(4, 4);
		expect(context.result()).toBe('m4,4');
		context.moveTo(4, 4);
		expect(context.result()).toBe('m4,4');
	});

	test('a point is refused: the maps draw places as circles', () => {
		expect(() => new CompactPathContext().arc()).toThrow(/not points/);
	});

	test('no error adds up: every point is within a quarter pixel after a long walk', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 3 - 1.5;
		const calls: Call[] = [['M', 100.13, 200.87]];
		for (let i = 0; i < 2000; i++) {
			const [, x, y] = calls.at(-1) as ['L', number, number];
			calls.push(['L', x + random(), y + random()]);
		}
		const drawn = absolutePoints(draw(calls));
		// Dropped points snapped onto their predecessor: compare each call with the last drawn.
		let at = 0;
		for (const [, x, y] of calls as ['L', number, number][]) {
			const snapped = [
				Math.round(x / PATH_GRID) * PATH_GRID,
				Math.round(y / PATH_GRID) * PATH_GRID
			];
			if (drawn[at + 1]?.[0] === snapped[0] && drawn[at + 1]?.[1] === snapped[1]) at++;
			expect(Math.abs(drawn[at]![0] - x)).toBeLessThanOrEqual(PATH_GRID / 2 + 1e-9);
			expect(Math.abs(drawn[at]![1] - y)).toBeLessThanOrEqual(PATH_GRID / 2 + 1e-9);
		}
		expect(drawn.length).toBeGreaterThan(1500);
	});
});

describe('compactGeoPath', () => {
	const projection = geoMercator().scale(600).translate([-1100, 700]);
	const korea = {
		type: 'Polygon' as const,
		coordinates: [
			[
				[124.3, 39.9],
				[129.5, 42.3],
				[130.7, 42.4],
				[129.4, 37.0],
				[126.1, 34.4],
				[124.3, 39.9]
			]
		]
	};

	test('draws what d3-geo draws, each point within a quarter pixel', () => {
		const compact = absolutePoints(compactGeoPath(projection)(korea));
		const reference = [...geoPath(projection)(korea)!.matchAll(/[ML]([-\d.]+),([-\d.]+)/g)].map(
			([, x, y]) => [Number(x), Number(y)]
		);
		expect(compact).toHaveLength(reference.length);
		compact.forEach(([x, y], i) => {
			expect(Math.abs(x - reference[i]![0]!)).toBeLessThanOrEqual(PATH_GRID / 2);
			expect(Math.abs(y - reference[i]![1]!)).toBeLessThanOrEqual(PATH_GRID / 2);
		});
	});

	test('is shorter than the absolute path at one decimal', () => {
		const compact = compactGeoPath(projection)(korea);
		expect(compact.length).toBeLessThan(geoPath(projection).digits(1)(korea)!.length);
	});

	test('an object outside the clip gives an empty string', () => {
		const clipped = geoMercator().clipExtent([
			[0, 0],
			[10, 10]
		]);
		expect(compactGeoPath(clipped)(korea)).toBe('');
	});
});
