// Work that can wait until the page has started and the browser is idle: a slow phone should
// spend its start-up, and the reader's scrolling, on what the reader sees.

const READER_EVENTS = ['scroll', 'wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

export interface WhenIdleOptions {
	/**
	 * How long the reader must have left the page alone first (no scrolling, touching or keys),
	 * for work heavy enough to compete with them, such as a download of the whole site.
	 */
	quietMs?: number;
}

/**
 * Runs `task` at the browser's first idle moment (after the reader's quiet time, if one is asked
 * for; Safari has no requestIdleCallback: there, a plain task). Returns a function that cancels it.
 */
export function whenIdle(task: () => void, { quietMs = 0 }: WhenIdleOptions = {}): () => void {
	let idle: number | undefined;
	let timer: ReturnType<typeof setTimeout> | undefined;
	const hasIdle = typeof requestIdleCallback === 'function';
	const stopListening = () => {
		for (const type of READER_EVENTS) window.removeEventListener(type, restart);
	};
	const schedule = () => {
		stopListening();
		idle = hasIdle
			? requestIdleCallback(task, { timeout: 5000 })
			: (setTimeout(task) as unknown as number);
	};
	function restart() {
		clearTimeout(timer);
		timer = setTimeout(schedule, quietMs);
	}
	if (quietMs > 0) {
		for (const type of READER_EVENTS) window.addEventListener(type, restart, { passive: true });
	}
	restart();
	return () => {
		stopListening();
		clearTimeout(timer);
		if (idle === undefined) return;
		if (hasIdle) cancelIdleCallback(idle);
		else clearTimeout(idle);
	};
}
