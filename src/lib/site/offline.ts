// Registers the classroom's offline cache (src/service-worker.ts) once the page has started and
// the reader has paused. SvelteKit would register it at the window's load event, which comes before
// the app's own scripts have run: the worker's install then downloads the whole site (about 1.8 MB)
// while a slow phone is still starting the story, or while the reader scrolls it. Embeds never
// register it: a news site's reader should not download our whole site for a map in an article.
import { base } from '$lib/site/paths';
import { whenIdle } from './when-idle';

/** The download waits for the reader to leave the page alone this long. */
const QUIET_MS = 2000;

export function registerOfflineCacheWhenIdle(): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	return whenIdle(
		() => {
			// In dev the worker is an ES module served by Vite; the build emits a classic script.
			void navigator.serviceWorker
				.register(`${base}/service-worker.js`, { type: import.meta.env.DEV ? 'module' : 'classic' })
				.catch(() => {
					// No cache this time (private mode, a blocked worker): the page works as it is.
				});
		},
		{ quietMs: QUIET_MS }
	);
}
