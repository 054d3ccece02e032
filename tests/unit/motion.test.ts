// Which watched motions count as lagging: the share of frames that missed a 60 Hz refresh, and
// the watches that say nothing (too short to judge, or a page hidden or throttled meanwhile).
import { describe, expect, test } from 'vitest';
import { missedShare } from '$lib/theme/motion.svelte';

const frames = (gap: number, count: number) => Array.from({ length: count }, () => gap);

describe('missedShare', () => {
	test.each([
		{ name: 'every frame on time (60 Hz)', gaps: frames(16.7, 36), expected: 0 },
		{ name: 'every frame on time (120 Hz)', gaps: frames(8.3, 72), expected: 0 },
		{
			name: 'every other frame missed',
			gaps: [...frames(16.7, 9), ...frames(33.3, 9)],
			expected: 0.5
		},
		{ name: 'one stall in a smooth motion', gaps: [...frames(16.7, 30), 120], expected: 1 / 31 },
		{ name: 'a gap of 20 ms is on time', gaps: frames(20, 30), expected: 0 },
		{ name: 'every frame missed (30 Hz)', gaps: frames(33.3, 18), expected: 1 },
		{ name: 'too few frames to judge', gaps: frames(50, 3), expected: undefined },
		{ name: 'no frames', gaps: [], expected: undefined },
		{
			name: 'a hidden or throttled page (a gap of a quarter second)',
			gaps: [...frames(33.3, 10), 400],
			expected: undefined
		}
	])('$name', ({ gaps, expected }) => {
		if (expected === undefined) expect(missedShare(gaps)).toBeUndefined();
		else expect(missedShare(gaps)).toBeCloseTo(expected, 6);
	});
});
