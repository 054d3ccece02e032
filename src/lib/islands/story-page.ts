// The story page's script. The page is prerendered without SvelteKit's client (csr = false in
// its route): everything on it is build-time HTML, and the few parts that move hydrate here on
// their own, as islands, over the markup the server wrote for them. What the page loads before the
// reader's first interaction is then Svelte and the story, not the app router a page that never
// navigates in place has no use for (about a sixth of the script). Each island is marked in the
// page with data-island and wrapped in a <svelte:boundary>, which writes the same markers around
// a component as a page of its own would: hydrate() finds them there.
//
// Each island hydrates with the props the server rendered it with, which the page holds in the
// island's data-props (JSON); only functions, which JSON cannot hold, come from here. Build-time
// HTML among them (cards, first map and timeline, embed codes) is a marker there, as in
// SvelteKit's own page data ($lib/server/html.ts): hydration keeps the HTML it finds.
import { hydrate, type Component } from 'svelte';
import EditionSwitch from '$lib/site/EditionSwitch.svelte';
import WhenNear from '$lib/site/WhenNear.svelte';
import ScrollStory from '$lib/story/ScrollStory.svelte';
import { loadHandoutImages } from '$lib/present/handout';
import { registerOfflineCacheWhenIdle } from '$lib/site/offline';
import { keepFocusInView } from '$lib/story/focus-in-view';
import { loadLocatorWhenIdle } from '$lib/story/locator';

/**
 * Hydrates the island `name` with `component`, its props from the page (data-props) and the
 * functions given here (JSON holds none).
 */
function island(
	name: string,
	component: Component<never>,
	functions: Record<string, unknown> = {}
): void {
	const target = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
	if (!target) throw new Error(`The story page has no island "${name}"`);
	const props = { ...JSON.parse(target.dataset.props ?? '{}'), ...functions };
	hydrate(component as Component<Record<string, unknown>>, { target, props });
	target.dataset.hydrated = '';
}

island('edition', EditionSwitch);
island('story', ScrollStory);
island('embed-code', WhenNear, { load: () => import('$lib/embed/EmbedCode.svelte') });

const story = document.querySelector<HTMLElement>('article.story');
if (story) keepFocusInView(story);
loadLocatorWhenIdle();
registerOfflineCacheWhenIdle();
addEventListener('beforeprint', loadHandoutImages);
// For tests and tools: the page's scripts have run (SvelteKit's pages say so their own way).
document.documentElement.dataset.started = '';
