// Writes at build time what the story page shows but never changes, or not at first: the opening
// (headline to intro, with the reading time), the steps' cards (every beat), the first beat's static map
// (inline SVG, for first paint and readers without JavaScript) and timeline, the sections after
// the scrolly, the embed codes, the credits and the print handout. The page ships them as HTML, so
// the browser neither projects the map nor hydrates the static parts (see html.ts); the embed
// codes hydrate when the reader nears them (WhenNear).
import basemap, { coarser } from 'virtual:basemap';
import { countWords, readingMinutes } from '$lib/copy/inline';
import EmbedCode from '$lib/embed/EmbedCode.svelte';
import { copy, steps } from '$lib/data/text';
import { staticMapSvg } from '$lib/map/static-svg';
import Handout from '$lib/present/Handout.svelte';
import { firstTimelineHtml } from '$lib/server/first-timeline';
import { buildHtml, renderHtml } from '$lib/server/html';
import EmbedInvite from '$lib/story/EmbedInvite.svelte';
import StepCard from '$lib/story/StepCard.svelte';
import StoryCredits from '$lib/story/StoryCredits.svelte';
import StoryEnd from '$lib/story/StoryEnd.svelte';
import StoryLead from '$lib/story/StoryLead.svelte';
import { stateAt } from '$lib/story/state';
import { dev } from '$app/environment';
import type { PageServerLoad } from './$types';

// No SvelteKit client on this page: its islands hydrate on their own ($lib/islands/story-page.ts).
// Under `vite dev`, whose components render extra markers that a lone island's hydration does
// not expect, SvelteKit hydrates the page as a whole instead.
export const csr = dev;

export const load: PageServerLoad = ({ locals }) => {
	const html = (markup: string) => buildHtml(locals.buildHtml, markup);
	const first = stateAt(0);
	const minutes = readingMinutes(
		countWords([
			...copy.intro,
			...steps.flatMap((step) => step.beats.map((beat) => beat.text)),
			...copy.analysis.flatMap((section) => section.paragraphs),
			...copy.method.paragraphs
		])
	);
	return {
		lead: html(renderHtml(StoryLead, { readingMinutes: minutes })),
		cards: steps.map((step) => html(renderHtml(StepCard, { step, anchors: true, share: true }))),
		firstMap: html(staticMapSvg(first.map, first.description, basemap, { as: 'inline', coarser })),
		// The scrolly's sticky graphic fills its box (Graphic's default layout).
		firstTimeline: html(firstTimelineHtml('fill')),
		storyEnd: html(renderHtml(StoryEnd, {})),
		embedInvite: html(renderHtml(EmbedInvite, {})),
		embedCode: html(renderHtml(EmbedCode, { name: 'historia' })),
		credits: html(renderHtml(StoryCredits, {})),
		handout: html(renderHtml(Handout, {}))
	};
};
