// stateAt(step, beat) is the only source of what any view shows. Each row names a position and
// what the graphic must show there: a beat's own map view and period, or its step's where it
// leaves them unset, and the nearest valid position for input out of range.
import { describe, expect, test } from 'vitest';
import { steps } from '$lib/data';
import { sequence, clampPosition, ordinalOf } from '$lib/story/position';
import { stateAt, stepOverview } from '$lib/story/state';

const day = (date: Date) => date.toISOString().slice(0, 10);

describe('stateAt', () => {
	test.each([
		{
			name: 'a beat with its own map view',
			args: [0, 0],
			expected: {
				key: 'vladivostok-2019:1',
				events: ['hanoi-2019'],
				period: ['2019-01-01', '2019-12-31'],
				places: ['pyongyang'],
				routes: [],
				countries: ['rusia', 'corea-del-norte']
			}
		},
		{
			name: 'a beat that takes the map from its step',
			args: [0, 1],
			expected: {
				key: 'vladivostok-2019:2',
				events: ['cumbre-vladivostok'],
				period: ['2019-01-01', '2019-12-31'],
				places: ['pyongyang', 'khasan', 'vladivostok'],
				routes: ['tren-kim-2019'],
				countries: ['rusia', 'corea-del-norte']
			}
		},
		{
			name: 'a beat with its own period (the Kursk incursion, before the step’s months)',
			args: [5, 0],
			expected: {
				key: 'tropas-2024:1',
				period: ['2024-07-15', '2024-12-31'],
				places: ['kyiv', 'kursk', 'moscu'],
				routes: [],
				countries: ['rusia', 'ucrania']
			}
		},
		{
			name: 'the next beat goes back to its step’s period and map',
			args: [5, 1],
			expected: {
				key: 'tropas-2024:2',
				events: ['nis-tropas'],
				period: ['2024-10-01', '2024-12-31'],
				routes: ['despliegue-tropas-2024']
			}
		},
		{
			name: 'a beat that overrides only the countries keeps the step’s places',
			args: [4, 0],
			expected: {
				key: 'pionyang-2024:1',
				events: ['anuncio-visita-putin'],
				places: ['pyongyang'],
				countries: ['rusia', 'corea-del-norte']
			}
		},
		{
			name: 'step below range → first step',
			args: [-3, 0],
			expected: { key: 'vladivostok-2019:1' }
		},
		{ name: 'step past the end → last step', args: [99, 1], expected: { key: 'en-vigor-2024:2' } },
		{ name: 'beat past its step → its first beat', args: [2, 9], expected: { key: 'tren-2023:1' } },
		{ name: 'negative beat → first beat', args: [3, -1], expected: { key: 'vostochny-2023:1' } },
		{ name: 'fractional step is truncated', args: [2.7, 0], expected: { key: 'tren-2023:1' } },
		{ name: 'fractional beat → first beat', args: [2, 1.5], expected: { key: 'tren-2023:1' } },
		{
			name: 'NaN → first position',
			args: [Number.NaN, Number.NaN],
			expected: { key: 'vladivostok-2019:1' }
		}
	])('$name', ({ args, expected }) => {
		const state = stateAt(args[0]!, args[1]!);
		expect(state.key).toBe(expected.key);
		if (expected.events) expect([...state.activeEventIds]).toEqual(expected.events);
		if (expected.period)
			expect([day(state.period.start), day(state.period.end)]).toEqual(expected.period);
		if (expected.places) expect(state.map.places.map((place) => place.id)).toEqual(expected.places);
		if (expected.routes) expect(state.map.routes.map((route) => route.id)).toEqual(expected.routes);
		if (expected.countries)
			expect(state.map.countries.map((country) => country.id)).toEqual(expected.countries);
	});

	test('is pure: the same position gives the same object', () => {
		expect(stateAt(3, 1)).toBe(stateAt(3, 1));
		expect(stateAt(99, 0)).toBe(stateAt(steps.length - 1, 0));
	});

	test('every beat highlights events inside its period, and changes the graphic', () => {
		for (const { step, beat } of sequence) {
			const state = stateAt(step, beat);
			for (const event of state.activeEvents) {
				expect(
					event.date.date >=
						new Date(
							Date.UTC(state.period.start.getUTCFullYear(), state.period.start.getUTCMonth())
						)
				).toBe(true);
				expect(event.date.date <= state.period.end).toBe(true);
			}
			if (beat === 0) continue;
			const before = stateAt(step, beat - 1);
			const same =
				[...state.activeEventIds].join() === [...before.activeEventIds].join() &&
				state.map.bounds.join() === before.map.bounds.join() &&
				state.map.routes.length === before.map.routes.length &&
				state.map.countries.length === before.map.countries.length &&
				+state.period.start === +before.period.start &&
				+state.period.end === +before.period.end;
			expect(same, state.key).toBe(false);
		}
	});
});

describe('position', () => {
	test('reading order visits every beat of every step once', () => {
		expect(sequence).toHaveLength(steps.reduce((sum, step) => sum + step.beats.length, 0));
		sequence.forEach((position, i) => expect(ordinalOf(position)).toBe(i));
	});

	test.each([
		{ args: { step: 0, beat: 0 }, expected: { step: 0, beat: 0 } },
		{ args: { step: 7, beat: 2 }, expected: { step: 7, beat: 2 } },
		{ args: { step: 8, beat: 0 }, expected: { step: 7, beat: 0 } },
		{ args: { step: -1, beat: 1 }, expected: { step: 0, beat: 1 } },
		{ args: { step: 1, beat: 3 }, expected: { step: 1, beat: 0 } },
		{ args: { step: Infinity, beat: 0 }, expected: { step: 0, beat: 0 } }
	])('clampPosition($args) → $expected', ({ args, expected }) => {
		expect(clampPosition(args)).toEqual(expected);
	});
});

describe('stepOverview', () => {
	test('a step as a whole: its own map, every beat’s events, a period spanning every beat’s', () => {
		const overview = stepOverview(5);
		expect(overview.map.routes.map((route) => route.id)).toEqual(['despliegue-tropas-2024']);
		expect([...overview.activeEventIds]).toEqual(steps[5]!.beats.flatMap((beat) => beat.events));
		expect(day(overview.period.start)).toBe('2024-07-15');
		expect(day(overview.period.end)).toBe('2024-12-31');
	});
});
