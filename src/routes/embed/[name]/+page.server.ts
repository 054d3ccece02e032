// The first step's timeline as build-time HTML for the embeds that show one: the embed starts with
// it and the live timeline hydrates it in a task of its own (see PrerenderedTimeline). The story's
// stepper also gets its first step whole: the other steps' prose is fetched on demand.
import { steps } from '$lib/data/text';
import { EMBEDS, isEmbedName } from '$lib/embed/embeds';
import { firstTimelineHtml } from '$lib/server/first-timeline';
import { buildHtml } from '$lib/server/html';
import { dev } from '$app/environment';
import type { PageServerLoad } from './$types';

// No SvelteKit client in an embed: its island hydrates on its own ($lib/islands/embed-page.ts).
// Under `vite dev`, whose components render extra markers that a lone island's hydration does not
// expect, SvelteKit hydrates the page as a whole instead.
export const csr = dev;

export const load: PageServerLoad = ({ params, locals }) => ({
	// Embeds size their graphic to its content, as the page gives it (layout="intrinsic").
	firstTimeline:
		isEmbedName(params.name) && EMBEDS[params.name].parts !== 'map'
			? buildHtml(locals.buildHtml, firstTimelineHtml('intrinsic'))
			: undefined,
	// The stepper's first card: the page fetches the others' prose when the reader moves.
	firstStep: params.name === 'historia' ? steps[0] : undefined
});
