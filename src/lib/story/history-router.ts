// How the navigator writes its address (Router, navigator.svelte.ts): the History API itself. The
// pages that write one (the story, the slides) hydrate as islands without SvelteKit's client
// ($lib/islands), so no app router shares the history. Back and Forward come back to the navigator
// as popstate.
import type { Router } from './navigator.svelte';

export const historyRouter: Router = {
	push: (url) => history.pushState(history.state, '', url),
	replace: (url) => history.replaceState(history.state, '', url)
};
