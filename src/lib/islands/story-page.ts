// The story page's script. The page is prerendered without SvelteKit's client (csr = false in
// its route): everything on it is build-time HTML, and the few parts that move hydrate here on
// their own, as islands (./island.ts), over the markup the server wrote for them. What the page
// loads before the reader's first interaction is then Svelte and the story, not the app router a
// page that never navigates in place has no use for (about a sixth of the script).
import EditionSwitch from '$lib/site/EditionSwitch.svelte';
import WhenNear from '$lib/site/WhenNear.svelte';
import ScrollStory from '$lib/story/ScrollStory.svelte';
import { loadHandoutImages } from '$lib/present/handout';
import { registerOfflineCacheWhenIdle } from '$lib/site/offline';
import { keepFocusInView } from '$lib/story/focus-in-view';
import { loadLocatorWhenIdle } from '$lib/story/locator';
import { island, startInTurn } from './island';

// The scrolly's hydration is most of the start-up's script; evaluating the modules is the rest.
// Each in a task of its own, so that neither blocks a slow phone's first tap for long.
startInTurn([
	() => island('story', ScrollStory),
	() => {
		island('edition', EditionSwitch);
		island('embed-code', WhenNear, { load: () => import('$lib/embed/EmbedCode.svelte') });
		const story = document.querySelector<HTMLElement>('article.story');
		if (story) keepFocusInView(story);
		loadLocatorWhenIdle();
		registerOfflineCacheWhenIdle();
		addEventListener('beforeprint', loadHandoutImages);
	}
]);
