// The timeline of the story's first step as build-time HTML, with the props Graphic gives its live
// timeline in the same layout, so that a page can start with it as it is and let the live one
// hydrate it in a task of its own (see PrerenderedTimeline).
import { cardPlacementFor, FIRST_STRIP_WIDTH, type GraphicLayout } from '$lib/story/layout';
import { allEvents, stateAt } from '$lib/story/state';
import Timeline from '$lib/timeline/Timeline.svelte';
import { renderHtml } from './html';

export function firstTimelineHtml(layout: GraphicLayout): string {
	const first = stateAt(0);
	return renderHtml(Timeline, {
		events: allEvents,
		active: first.activeEventIds,
		period: first.period,
		initialWidth: FIRST_STRIP_WIDTH,
		cardPlacement: cardPlacementFor(layout)
	});
}
