// The navigator's address goes through SvelteKit's shallow routing: history.pushState itself
// would confuse the app's router (and its Back and Forward).
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import type { Router } from './navigator.svelte';

export const appRouter: Router = {
	push: (url) => pushState(url, page.state),
	replace: (url) => replaceState(url, page.state)
};
