// The validated dataset in three parts, one virtual module each (see plugin.ts). The core is what
// a hydrated page needs to compute every beat's state (stateAt) and to name what the graphic shows:
// the places, routes and countries, each event's date, title, place and level of confirmation,
// the steps' and beats' structure with the graphic's text alternatives, and the story's meta.
// The details are who stands behind each event's record, which only the live timeline says in the
// browser and which comes with its code ($lib/data/details.ts). The text is the rest: summaries,
// sources and quotes, corrections, notes, the beats' prose and the story's copy. Pages ship that
// prose as build-time HTML, so a page's start-up script carries the core alone; the text comes
// where a page renders prose in the browser ($lib/data/text.ts).
import type { Dataset, EventText, StepText, StoryCore, StoryDetails, StoryText } from './types';

export function splitDataset(dataset: Dataset): {
	core: StoryCore;
	details: StoryDetails;
	text: StoryText;
} {
	const { meta, ...copy } = dataset.copy;
	const eventText: Record<string, EventText> = {};
	const details: StoryDetails = { events: {} };
	const events = dataset.events.map(
		({
			summary,
			revisado,
			sources,
			corrections,
			claimedBy,
			reportedBy,
			confirmedBy,
			deniedBy,
			declinedBy,
			...event
		}) => {
			eventText[event.id] = { summary, revisado, sources, corrections };
			// Only the fields a record has: an absent one stays absent, as in data/.
			details.events[event.id] = Object.fromEntries(
				Object.entries({ claimedBy, reportedBy, confirmedBy, deniedBy, declinedBy }).filter(
					([, who]) => who !== undefined
				)
			);
			return event;
		}
	);
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
		details,
		text: {
			sources: dataset.sources,
			corrections: dataset.corrections,
			copy,
			events: eventText,
			steps: stepText
		}
	};
}
