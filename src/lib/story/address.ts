// Positions in URLs that readers, CMSs and teachers type: #paso-N, #paso-N.M and ?paso= (#step-N,
// ?step= in the English edition; each edition reads both, so a link keeps working when a reader
// switches language). Bad input never throws: a bad step falls back as it always has, a bad beat to
// the step's first beat.
import { STEP_WORDS, stepWord } from '$lib/i18n/edition';
import { clampPosition, type Position } from './position';

const HASH = new RegExp(
	`^(?:${Object.values(STEP_WORDS).join('|')})-(-?\\d{1,6})(?:\\.(.*))?$`,
	'i'
);

/**
 * `#paso-4` → step 3, beat 0; `#paso-4.2` → step 3, beat 1. A hash that is not ours → undefined;
 * an out-of-range step → the nearest one; a missing, bad or out-of-range beat → the first.
 */
export function positionFromHash(hash: string): Position | undefined {
	let text = hash.replace(/^#/, '');
	try {
		text = decodeURIComponent(text);
	} catch {
		return undefined;
	}
	const match = HASH.exec(text.trim());
	if (!match) return undefined;
	return clampPosition({ step: Number(match[1]) - 1, beat: beatOf(match[2]) });
}

/**
 * `?paso=3`, `?paso=3.2` (1-based) or `?paso=<step id>`. A missing, unknown or garbage value gives
 * the first step; an out-of-range number the nearest one.
 */
export function positionFromParam(value: string | null, ids: readonly string[]): Position {
	if (value === null) return clampPosition({ step: 0, beat: 0 });
	const text = value.trim();
	const byId = ids.indexOf(text.toLowerCase());
	if (byId >= 0) return clampPosition({ step: byId, beat: 0 });
	const match = /^(-?\d{1,6})(?:\.(.*))?$/.exec(text);
	if (match) return clampPosition({ step: Number(match[1]) - 1, beat: beatOf(match[2]) });
	return clampPosition({ step: 0, beat: 0 });
}

/** The address of a position: `#paso-N` at a step's first beat, `#paso-N.M` at the others. */
export const hashOf = ({ step, beat }: Position) => `#${anchorOf(step + 1, beat + 1)}`;

/** A step's or beat's element id, 1-based as readers count: paso-4, paso-4.2 (step-4.2). */
export const anchorOf = (step: number, beat = 1, word = stepWord) =>
	beat === 1 ? `${word}-${step}` : `${word}-${step}.${beat}`;

/** A beat's element id in the scroll story, its number always written: paso-4.1, step-4.1. */
export const beatAnchorOf = (step: number, beat: number) => `${stepWord}-${step}.${beat}`;

/** The query parameter that names a step in embed URLs: ?paso= (?step= in English). */
export const STEP_PARAMS = Object.values(STEP_WORDS);
export const stepParam = stepWord;

/** A beat's digits as a 0-based index; anything else is "no beat" (-1, which clamps to the first). */
const beatOf = (text: string | undefined) =>
	text && /^\d{1,6}$/.test(text) ? Number(text) - 1 : -1;
