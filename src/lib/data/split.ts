// The validated dataset in two halves, one virtual module each (see plugin.ts). The core is what a
// hydrated page needs to compute every beat's state (stateAt) and to name what the graphic shows:
// the places, routes and countries, each event's date, title, place and level of confirmation,
// the steps' and beats' structure with the graphic's text alternatives, and the story's meta.
// The text is the rest: summaries, sources and quotes, corrections, notes, the beats' prose and
// the story's copy. Pages ship that prose as build-time HTML, so a page's start-up script carries
// the core alone; the text comes where a page renders prose in the browser ($lib/data/text.ts).
import type { Dataset, EventText, StepText, StoryCore, StoryText } from './types';

export function splitDataset(dataset: Dataset): { core: StoryCore; text: StoryText } {
	const { meta, ...copy } = dataset.copy;
	const eventText: Record<string, EventText> = {};
	const events = dataset.events.map(({ summary, revisado, sources, corrections, ...event }) => {
		eventText[event.id] = { summary, revisado, sources, corrections };
		return event;
	});
	const stepText: Record<string, StepText> = {};
	const steps = dataset.steps.map(({ summary, notes, beats, ...step }) => {
		stepText[step.id] = { summary, notes, beats: beats.map((beat) => beat.text) };
		return {
			...step,
			beats: beats.map(({ number, events, map, period, description }) => ({
				number,
				events,
				map,
				period,
				description
			}))
		};
	});
	return {
		core: {
			places: dataset.places,
			countries: dataset.countries,
			routes: dataset.routes,
			events,
			steps,
			meta
		},
		text: {
			sources: dataset.sources,
			corrections: dataset.corrections,
			copy,
			events: eventText,
			steps: stepText
		}
	};
}
