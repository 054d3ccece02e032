// Where the reader is, told to the page that embeds us, so that a news site can count how far its
// readers get without adding anyone's script. A documented, versioned message (the README and
// /insertar show how to listen) on every step and beat change, and once at the end. It carries the
// position in the story and nothing about the reader.

/** Bumped only when a field changes meaning or goes away; new fields may be added within a version. */
export const HOST_EVENTS_VERSION = 1;
export const STEP_EVENT = 'moscu-pionyang:step';
export const END_EVENT = 'moscu-pionyang:end';

export interface Position {
	/** The embed's name: `historia`, `mapa`, `cronologia`. */
	embed: string;
	/** The step's id (`tren-2023`): stable, as in `?paso=`. */
	step: string;
	/** 1-based beat within the step. */
	beat: number;
	/** 1-based position of this beat among all the story's beats. */
	index: number;
	/** How many beats the story has. */
	total: number;
	/** The reader has reached the last beat of the last step (by default: index === total). */
	end?: boolean;
}

export interface StepMessage {
	type: typeof STEP_EVENT;
	version: typeof HOST_EVENTS_VERSION;
	embed: string;
	step: string;
	beat: number;
	index: number;
	total: number;
}
export interface EndMessage {
	type: typeof END_EVENT;
	version: typeof HOST_EVENTS_VERSION;
	embed: string;
	total: number;
}
export type HostMessage = StepMessage | EndMessage;

/** The windows involved: this page's and its parent's (a test passes its own). */
export interface HostWindows {
	self: unknown;
	parent: { postMessage(message: unknown, targetOrigin: string): void } | null | undefined;
}

/**
 * A poster for one page: it remembers the last message (identical consecutive ones are dropped)
 * and whether the end was told (it is told once).
 */
export function createHostEvents(windows: () => HostWindows | undefined) {
	let last = '';
	let ended = false;
	return function post({ embed, step, beat, index, total, end }: Position): void {
		const { self, parent } = windows() ?? {};
		// Not embedded: nobody to tell.
		if (!parent || parent === self) return;
		// Built field by field: nothing but the position can reach another site.
		const message: StepMessage = {
			type: STEP_EVENT,
			version: HOST_EVENTS_VERSION,
			embed,
			step,
			beat,
			index,
			total
		};
		const key = JSON.stringify(message);
		if (key !== last) {
			last = key;
			// '*': the embed cannot know which site hosts it, and the message holds nothing private.
			parent.postMessage(message, '*');
		}
		if ((end ?? index === total) && !ended) {
			ended = true;
			const endMessage: EndMessage = {
				type: END_EVENT,
				version: HOST_EVENTS_VERSION,
				embed,
				total
			};
			parent.postMessage(endMessage, '*');
		}
	};
}

/** Tells the embedding page where the reader is (does nothing outside an iframe, or on the server). */
export const postPosition = createHostEvents(() =>
	typeof window === 'undefined' ? undefined : { self: window, parent: window.parent }
);
