// The slides' script (/presentar). The page is prerendered without SvelteKit's client (csr = false
// in its route): the presentation keeps its place in the address with the History API, and a
// teacher's projector never navigates in place, so the router would be script the page loads for
// nothing. The presentation is the one island; the handout's images and the offline cache (for a
// classroom without a connection) are asked for from here.
import Presentation from '$lib/present/Presentation.svelte';
import { loadHandoutImages, loadHandoutImagesWhenIdle } from '$lib/present/handout';
import { registerOfflineCacheWhenIdle } from '$lib/site/offline';
import { island, startInTurn } from './island';

startInTurn([
	() => island('slides', Presentation),
	() => {
		loadHandoutImagesWhenIdle();
		registerOfflineCacheWhenIdle();
		addEventListener('beforeprint', loadHandoutImages);
	}
]);
