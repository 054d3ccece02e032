// A step's timeline as a standalone SVG file (/cronologia/paso-N.svg, for the print handout): the
// live strip's own component rendered on the server, with the theme and the strip's look in its
// <style>, so that it follows the color scheme of whatever shows it. Build time only.
import { compactCss, themeStyleFor } from '$lib/theme/theme';
import { allEvents, stepOverview } from '$lib/story/state';
import Timeline from '$lib/timeline/Timeline.svelte';
import timelineCss from '$lib/timeline/timeline-look.css?raw';
import { renderHtml } from './html';

/** The handout's <img> is laid out for this size. */
export const TIMELINE_FILE_WIDTH = 680;

const FILE_STYLE = themeStyleFor(timelineCss) + compactCss(timelineCss);

/** The timeline of the step numbered `number` (1-based) as an SVG document. */
export function stepTimelineFile(number: number): string {
	const { activeEventIds, period } = stepOverview(number - 1);
	const markup = renderHtml(Timeline, {
		events: allEvents,
		active: activeEventIds,
		period,
		initialWidth: TIMELINE_FILE_WIDTH,
		hooks: false,
		fileStyle: FILE_STYLE
	});
	// Svelte's hydration markers mean nothing in a file that no script will ever hydrate.
	return markup.replace(/<!--[\s\S]*?-->/g, '');
}
