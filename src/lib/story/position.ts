// Where a reader can be in the story: a step and one of its beats (both 0-based). The one clamp
// every mode, address and state goes through.
import { steps } from '$lib/data';

export interface Position {
	step: number;
	beat: number;
}

/**
 * The nearest step for any number (NaN and ±∞ give the first), and the given beat if that step
 * has it, else its first beat: a bad beat never moves the reader to another step.
 */
export function clampPosition({ step, beat }: Position): Position {
	const index = Math.min(
		Math.max(Number.isFinite(step) ? Math.trunc(step) : 0, 0),
		steps.length - 1
	);
	const beats = steps[index]!.beats.length;
	return { step: index, beat: Number.isInteger(beat) && beat >= 0 && beat < beats ? beat : 0 };
}

/** Every position in reading order: what Next and Previous walk through. */
export const sequence: readonly Position[] = steps.flatMap((step, index) =>
	step.beats.map((_, beat) => ({ step: index, beat }))
);

/** A position's place in reading order (after clamping). */
export function ordinalOf(position: Position): number {
	const { step, beat } = clampPosition(position);
	return sequence.findIndex((at) => at.step === step && at.beat === beat);
}

export const samePosition = (a: Position, b: Position) => a.step === b.step && a.beat === b.beat;
