// A presentation position: 0 is the title slide, 1..count are the story's steps (#paso-N).
import { stepFromHash } from '$lib/story/address';

/** The position a hash asks for; garbage or out-of-range hashes go to the nearest valid step. */
export function positionFromHash(hash: string, count: number): number {
	if (hash === '' || hash === '#') return 0;
	const index = stepFromHash(hash, count);
	return index === undefined ? 1 : index + 1;
}

export const hashOfPosition = (position: number) => (position === 0 ? '' : `#paso-${position}`);

export function clampPosition(position: number, count: number): number {
	return Math.min(Math.max(Math.trunc(position), 0), count);
}
