// The prose half of the door to data/ (see split.ts): each event and step whole, with its core
// from ./index.ts, the sources, the corrections list and the story's copy. Server renders and the
// pages that show prose in the browser (/datos, /guia) import it; the pages that start with
// build-time prose (/, /presentar, the embeds) fetch it when a reader opens something that needs it
// (./text-on-demand.svelte.ts).
import text from 'virtual:dataset-text';
import { attributionOf } from './details';
import { byId, events as coreEvents, meta, steps as coreSteps } from './index';
import type { Source, Step, StoryCopy, StoryEvent } from './types';

export const { sources, corrections } = text;

export const copy: StoryCopy = { meta, ...text.copy };

export const events: StoryEvent[] = coreEvents.map((event) => ({
	...event,
	...attributionOf(event.id),
	...text.events[event.id]!
}));

export const steps: Step[] = coreSteps.map((step) => {
	const { beats, ...prose } = text.steps[step.id]!;
	return { ...step, ...prose, beats: step.beats.map((beat, i) => ({ ...beat, text: beats[i]! })) };
});

export const sourceById: ReadonlyMap<string, Source> = byId(sources);
/** The whole record of an event: its core (./index.ts) with its attribution and prose. */
export const fullEventById: ReadonlyMap<string, StoryEvent> = byId(events);
