// The first step's timeline as build-time HTML for the embeds that show one: the embed starts with
// it and the live timeline hydrates it in a task of its own (see PrerenderedTimeline).
import { EMBEDS, isEmbedName } from '$lib/embed/embeds';
import { firstTimelineHtml } from '$lib/server/first-timeline';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ params }) => ({
	// Embeds size their graphic to its content, as the page gives it (layout="intrinsic").
	firstTimeline:
		isEmbedName(params.name) && EMBEDS[params.name].parts !== 'map'
			? firstTimelineHtml('intrinsic')
			: undefined
});
