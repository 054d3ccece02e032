// A QR code as drawing instructions: lean-qr chooses the modules (in the browser, for the step on
// screen; at build time, for the title slide where the site's address is known), this turns them
// into one SVG path, and QrSvg.svelte draws it.
import type { Bitmap2D, correction, generate } from 'lean-qr';

/** The part of lean-qr this needs: passed in, so that the browser can fetch it when needed. */
export interface LeanQr {
	generate: typeof generate;
	correction: typeof correction;
}

export interface QrDrawing {
	/** What the code opens. */
	text: string;
	/** Modules on a side, the quiet zone included. */
	size: number;
	/** The dark modules, each row's runs as one rectangle. */
	path: string;
}

/** The blank border a reader needs around the code, in modules (ISO/IEC 18004). */
export const QUIET_ZONE = 4;

/** Level M at least (15 % of the code may be lost), more where the code's size has room. */
export function qrDrawing(text: string, qr: LeanQr): QrDrawing {
	const code = qr.generate(text, { minCorrectionLevel: qr.correction.M });
	return { text, size: code.size + QUIET_ZONE * 2, path: modulePath(code) };
}

function modulePath(code: Bitmap2D): string {
	let path = '';
	for (let y = 0; y < code.size; y++) {
		for (let x = 0; x < code.size; x++) {
			if (!code.get(x, y)) continue;
			const start = x;
			while (x + 1 < code.size && code.get(x + 1, y)) x++;
			const run = x - start + 1;
			path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${run}v1h-${run}z`;
		}
	}
	return path;
}
