// Positions in URLs that readers, CMSs and teachers type: #paso-N, #paso-N.M and ?paso=. Bad input
// never throws: a bad step falls back as it always has, a bad beat to the step's first beat.
import { clampPosition, type Position } from './position';

const HASH = /^paso-(-?\d{1,6})(?:\.(.*))?$/i;

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
export const hashOf = ({ step, beat }: Position) =>
	beat === 0 ? `#paso-${step + 1}` : `#paso-${step + 1}.${beat + 1}`;

/** A beat's digits as a 0-based index; anything else is "no beat" (-1, which clamps to the first). */
const beatOf = (text: string | undefined) =>
	text && /^\d{1,6}$/.test(text) ? Number(text) - 1 : -1;
