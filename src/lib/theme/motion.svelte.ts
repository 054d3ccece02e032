/**
 * Motion where the device keeps up with it. A step change glides the timeline's marks and flies
 * the map: both are drawn by the main thread, frame by frame (SVG transforms, Leaflet's redraws).
 * Where those frames come at under about 45 a second the motion reads as a stutter and holds up
 * the reader's scroll, so after two such motions in a row the graphic moves as it does under
 * prefers-reduced-motion: the map jumps, the marks land at once and the timeline's fades end
 * (`motion.reduced`, read by LeafletMap and Timeline). A motion found to lag lands at once,
 * the first of the two too (`motion.lagged`). The reader's own setting always comes
 * first, and a page that has lagged stays still: motion that comes and goes would be worse than
 * either. The root element then carries `data-motion="reduced"`, for the bench and the tests: no
 * style rule reads it, since one that did would restyle the whole page mid-scroll as it is set.
 */
import { prefersReducedMotion } from 'svelte/motion';

/**
 * How long each motion's frames are watched: the first half of the timeline's glide. Long enough
 * to count a frame rate (9 frames at 30 a second), and short, since a motion found to lag lands
 * at once (LeafletMap, Timeline) rather than stutter on to its end.
 */
const WATCH_MS = 300;
/** A frame drawn this long after the one before missed a refresh of a 60 Hz screen. */
const MISSED_FRAME_MS = 20;
/** A motion lags when more of its frames than this miss: it runs at under about 45 a second. */
const LAGGING_SHARE = 0.25;
/** Motions in a row that must lag: one may meet a passing hitch (a first load, a collection). */
const LAGGING_IN_A_ROW = 2;
/**
 * A gap this long is not a frame rate: the page was hidden or its frames were throttled (an
 * embed scrolled out of its host's view). Such a watch says nothing either way.
 */
const NOT_A_FRAME_MS = 250;

let lagging = $state(false);
let laggingInARow = 0;
let laggedMotions = $state(0);
let watching = false;

export const motion = {
	/** Move at once instead of animating: the reader asked for it, or the device lags. */
	get reduced() {
		return prefersReducedMotion.current || lagging;
	},
	/**
	 * How many motions have been found to lag. Each time it grows, the motion in progress lands
	 * at once (LeafletMap, Timeline): the rest of it would stutter as the part watched did.
	 */
	get lagged() {
		return laggedMotions;
	}
};

/** The share of a watch's frames that missed a refresh; undefined when it is not a frame rate. */
export function missedShare(gaps: readonly number[]): number | undefined {
	if (gaps.length < 4 || gaps.some((gap) => gap > NOT_A_FRAME_MS)) return undefined;
	return gaps.filter((gap) => gap > MISSED_FRAME_MS).length / gaps.length;
}

/** Counts one watched motion; true once the device has lagged enough to stop animating. */
export function judgeMotion(gaps: readonly number[]): boolean {
	const missed = missedShare(gaps);
	if (missed === undefined) return lagging;
	laggingInARow = missed > LAGGING_SHARE ? laggingInARow + 1 : 0;
	if (laggingInARow > 0) laggedMotions++;
	if (laggingInARow >= LAGGING_IN_A_ROW && !lagging) {
		lagging = true;
		document.documentElement.dataset.motion = 'reduced';
	}
	return lagging;
}

/**
 * Called as a motion starts (the map's flight, the marks' glide): watches its frames. Motions
 * that start together (one step change moves both) are one watch.
 */
export function watchMotion() {
	if (watching || motion.reduced || document.hidden) return;
	watching = true;
	const gaps: number[] = [];
	let start: number | undefined;
	let last: number | undefined;
	const frame = (now: number) => {
		if (last !== undefined) gaps.push(now - last);
		start ??= now;
		last = now;
		if (now - start < WATCH_MS) {
			requestAnimationFrame(frame);
			return;
		}
		watching = false;
		// In a task of its own: a motion judged to lag lands at once, and its landing (the map
		// redrawn at its new view, the timeline's annotations back) would otherwise add its work
		// to the frame this callback is part of, one long task on the very device that lags.
		setTimeout(() => judgeMotion(gaps));
	};
	requestAnimationFrame(frame);
}
