// Map labels never cover one another: names move to the other side of their dot, route distances
// below their line, and what cannot fit anywhere is hidden (a place keeps its dot).
import { describe, expect, test } from 'vitest';
import { declutter, placeLabels, type MapLabel, type MovableLabel } from '$lib/map/declutter';

const FRAME = { width: 400, height: 300 };
const place = (id: string, x: number, y: number, width = 80): MapLabel => ({
	id,
	kind: 'place',
	x,
	y,
	width,
	height: 16
});
const route = (id: string, x: number, y: number, width = 150): MapLabel => ({
	id,
	kind: 'route',
	x,
	y,
	width,
	height: 15
});
const area = (id: string, x: number, y: number, width = 120): MapLabel => ({
	id,
	kind: 'area',
	x,
	y,
	width,
	height: 20
});

/** A label that stands at one point, as placeLabels takes it. */
const standing = ({ x, y, ...label }: MapLabel): MovableLabel => ({ ...label, points: [{ x, y }] });

describe('declutter', () => {
	test('labels with room keep their usual side', () => {
		const result = declutter(
			[place('a', 50, 50), place('b', 50, 150), route('r', 200, 250)],
			FRAME
		);
		expect(Object.fromEntries(result)).toEqual({ a: 'right', b: 'right', r: 'above' });
	});

	test('a name near the right edge goes to the left of its dot', () => {
		expect(declutter([place('a', 380, 50)], FRAME).get('a')).toBe('left');
	});

	test('of two places side by side, the names go to opposite sides', () => {
		// Vladivostok and Khasan at the overview zoom: a few pixels apart.
		const result = declutter([place('vladivostok', 200, 100), place('jasan', 206, 104)], FRAME);
		expect(new Set([result.get('vladivostok'), result.get('jasan')])).toEqual(
			new Set(['left', 'right'])
		);
	});

	test('a label that fits nowhere inside the map is hidden, not cut by the edge', () => {
		// Too wide for either side of a dot near the middle of a narrow map.
		const result = declutter([place('a', 200, 50, 260), route('r', 200, 150, 450)], FRAME);
		expect(result.get('a')).toBe('hidden');
		expect(result.get('r')).toBe('hidden');
	});

	test('a name may not cover another place’s dot', () => {
		// b's dot lies where a's name would go on the right: a's name goes left.
		const result = declutter([place('a', 100, 100), place('b', 150, 100)], FRAME);
		expect(result.get('a')).toBe('left');
		expect(result.get('b')).toBe('right');
	});

	test('two route labels at nearly the same point: one above, one below', () => {
		const result = declutter([route('moscu', 200, 100), route('kursk', 190, 110)], FRAME);
		expect(result.get('moscu')).toBe('above');
		expect(result.get('kursk')).toBe('below');
	});

	test('places come before routes, and a route with no room left is hidden', () => {
		const result = declutter(
			[route('r', 200, 100, 300), place('a', 60, 90, 200), place('b', 60, 112, 200)],
			FRAME
		);
		expect(result.get('a')).toBe('right');
		expect(result.get('b')).toBe('right');
		expect(result.get('r')).toBe('hidden');
	});

	test('a country’s name goes above its centre, else below, and gives way to places and routes', () => {
		expect(declutter([area('rusia', 200, 150)], FRAME).get('rusia')).toBe('above');
		// A place's name just above the centre: the country's goes below it.
		const below = declutter([area('corea', 200, 150), place('pionyang', 160, 140)], FRAME);
		expect(Object.fromEntries(below)).toEqual({ pionyang: 'right', corea: 'below' });
		// Listed first, it is still placed last: with a place above and a route below, no room.
		const none = declutter(
			[area('corea', 200, 150), place('pionyang', 160, 140), route('r', 200, 170)],
			FRAME
		);
		expect(Object.fromEntries(none)).toEqual({
			pionyang: 'right',
			r: 'above',
			corea: 'hidden'
		});
	});

	test('a label with several points goes to the first that fits', () => {
		// A route's distance: names above and below its middle, so it moves along its line.
		const moving: MovableLabel = {
			id: 'r',
			kind: 'route',
			points: [
				{ x: 200, y: 100 },
				{ x: 320, y: 100 },
				{ x: 80, y: 100 }
			],
			width: 100,
			height: 15
		};
		const crowded = placeLabels(
			[standing(place('a', 160, 92, 100)), moving, standing(place('b', 160, 110, 100))],
			FRAME
		);
		expect(crowded.get('a')).toEqual({ placement: 'right', point: 0 });
		expect(crowded.get('b')).toEqual({ placement: 'right', point: 0 });
		expect(crowded.get('r')).toEqual({ placement: 'above', point: 1 });
		// With room at its middle it stays there.
		expect(placeLabels([moving], FRAME).get('r')).toEqual({ placement: 'above', point: 0 });
	});

	test('no label’s second choice takes another label’s first', () => {
		const label = (id: string, points: { x: number; y: number }[]): MovableLabel => ({
			id,
			kind: 'route',
			points,
			width: 100,
			height: 15
		});
		// r's middle is off the map; its second point is s's only one. s keeps its best side.
		const spots = placeLabels(
			[
				label('r', [
					{ x: 200, y: -50 },
					{ x: 320, y: 200 }
				]),
				label('s', [{ x: 320, y: 200 }])
			],
			FRAME
		);
		expect(spots.get('s')).toEqual({ placement: 'above', point: 0 });
		expect(spots.get('r')).toEqual({ placement: 'below', point: 1 });
	});

	test('a country whose centre a place’s name takes is named further inside it', () => {
		// A Korea-wide view: Pionyang's name sits on the North's centre, the South's is free.
		const north: MovableLabel = {
			id: 'area:kp',
			kind: 'area',
			points: [
				{ x: 200, y: 100 },
				{ x: 200, y: 75 },
				{ x: 200, y: 125 }
			],
			width: 140,
			height: 20
		};
		const spots = placeLabels(
			[standing(place('pyongyang', 170, 100, 100)), north, standing(area('kr', 200, 200))],
			FRAME
		);
		expect(spots.get('pyongyang')).toEqual({ placement: 'right', point: 0 });
		expect(spots.get('kr')).toEqual({ placement: 'above', point: 0 });
		expect(spots.get('area:kp')?.placement).not.toBe('hidden');
		expect(spots.get('area:kp')?.point).toBeGreaterThan(0);
	});

	test('a label with no point that fits is hidden', () => {
		const spots = placeLabels(
			[{ id: 'r', kind: 'route', points: [{ x: 200, y: -50 }], width: 100, height: 15 }],
			FRAME
		);
		expect(spots.get('r')).toEqual({ placement: 'hidden', point: -1 });
	});

	test('no two placed labels overlap, whatever the crowd', () => {
		const labels = Array.from({ length: 12 }, (_, i) =>
			i % 3 === 2
				? route(`r${i}`, 150 + i * 7, 140 + (i % 4) * 6)
				: place(`p${i}`, 150 + i * 9, 150)
		);
		const result = declutter(labels, FRAME);
		const boxes = labels
			.filter((label) => result.get(label.id) !== 'hidden')
			.map((label) => {
				const where = result.get(label.id)!;
				// The letters' boxes: two thirds of the measured line height (see INK).
				const { x, y, width } = label;
				const height = label.height * 0.67;
				if (where === 'right') return [x + 10, y - height / 2, x - 5 + width, y + height / 2];
				if (where === 'left') return [x + 5 - width, y - height / 2, x - 10, y + height / 2];
				if (where === 'above')
					return [x - width / 2, y - 1.3 * height, x + width / 2, y - 0.3 * height];
				return [x - width / 2, y + 0.3 * height, x + width / 2, y + 1.3 * height];
			});
		for (let i = 0; i < boxes.length; i++)
			for (let j = i + 1; j < boxes.length; j++) {
				const [a, b] = [boxes[i]!, boxes[j]!];
				const overlap = a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;
				expect(overlap, `${i} and ${j}`).toBe(false);
			}
		expect(boxes.length).toBeGreaterThan(2);
	});
});
