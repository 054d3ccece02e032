// Reading step addresses from URLs that readers, CMSs and teachers type: #paso-N and ?paso=.
// Bad input never throws: it falls back to a valid step.

/** `#paso-4` → 3 (0-based). Garbage → undefined; out of range → the nearest valid step. */
export function stepFromHash(hash: string, count: number): number | undefined {
	let text = hash.replace(/^#/, '');
	try {
		text = decodeURIComponent(text);
	} catch {
		return undefined;
	}
	const match = /^paso-(-?\d{1,6})$/i.exec(text.trim());
	if (!match) return undefined;
	return clampIndex(Number(match[1]) - 1, count);
}

/**
 * `?paso=3` (1-based) or `?paso=<step id>`. A missing, unknown or garbage value gives the first
 * step; an out-of-range number the nearest one.
 */
export function stepFromParam(value: string | null, ids: readonly string[]): number {
	if (value === null) return 0;
	const text = value.trim();
	const byId = ids.indexOf(text.toLowerCase());
	if (byId >= 0) return byId;
	if (/^-?\d{1,6}$/.test(text)) return clampIndex(Number(text) - 1, ids.length);
	return 0;
}

export const hashOf = (index: number) => `#paso-${index + 1}`;

function clampIndex(index: number, count: number): number {
	return Math.min(Math.max(index, 0), count - 1);
}
