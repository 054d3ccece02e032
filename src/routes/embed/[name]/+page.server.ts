// The first step's timeline as build-time HTML for the embeds that show one: the embed starts with
// it and the live timeline takes its place in a task of its own (see Graphic's firstTimeline).
import { EMBEDS, isEmbedName } from '$lib/embed/embeds';
import { firstTimelineHtml } from '$lib/server/first-timeline';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	// An iframe grows to fit: the detail card opens in the flow, below the strip.
	firstTimeline:
		isEmbedName(params.name) && EMBEDS[params.name].parts !== 'map'
			? firstTimelineHtml('below')
			: undefined
});
