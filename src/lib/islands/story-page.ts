// The story page's script. The page is prerendered without SvelteKit's client (csr = false in
// its route): everything on it is build-time HTML, and the few parts that move hydrate here on
// their own, as islands, over the markup the server wrote for them. What the page loads before the
// reader's first interaction is then Svelte and the story, not the app router a page that never
// navigates in place has no use for (about a sixth of the script). Each island is marked in the
// page with data-island and wrapped in a <svelte:boundary>, which writes the same markers around
// a component as a page of its own would: hydrate() finds them there.
//
// The islands' props are those the server rendered them with, but for build-time HTML (cards,
// first map, first timeline, embed codes), which hydration keeps as it finds it: a placeholder
// stands in, as SvelteKit's own page data does for the same HTML ($lib/server/html.ts).
import { hydrate, type Component } from 'svelte';
import EditionSwitch from '$lib/site/EditionSwitch.svelte';
import WhenNear from '$lib/site/WhenNear.svelte';
import ScrollStory from '$lib/story/ScrollStory.svelte';
import { steps } from '$lib/data';
import { loadHandoutImages } from '$lib/present/handout';
import { registerOfflineCacheWhenIdle } from '$lib/site/offline';
import { keepFocusInView } from '$lib/story/focus-in-view';
import { loadLocatorWhenIdle } from '$lib/story/locator';

/** Stands in for build-time HTML that hydration keeps (any text but the empty string). */
const PRERENDERED = '<!--prerendered-->';

function island<Props extends Record<string, unknown>>(
	name: string,
	component: Component<Props>,
	props: Props
): void {
	const target = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
	if (!target) throw new Error(`The story page has no island "${name}"`);
	hydrate(component, { target, props });
	target.dataset.hydrated = '';
}

island('edition', EditionSwitch, { pathname: location.pathname });
island('story', ScrollStory, {
	cards: steps.map(() => PRERENDERED),
	firstMap: PRERENDERED,
	firstTimeline: PRERENDERED
});
island('embed-code', WhenNear, {
	html: PRERENDERED,
	load: () => import('$lib/embed/EmbedCode.svelte'),
	props: { name: 'historia' as const }
});

const story = document.querySelector<HTMLElement>('article.story');
if (story) keepFocusInView(story);
loadLocatorWhenIdle();
registerOfflineCacheWhenIdle();
addEventListener('beforeprint', loadHandoutImages);
// For tests and tools: the page's scripts have run (SvelteKit's pages say so their own way).
document.documentElement.dataset.started = '';
