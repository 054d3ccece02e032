// Registers the classroom's offline cache (src/service-worker.ts) once the page has started and
// gone quiet. SvelteKit would register it at the window's load event, which comes before the app's
// own scripts have run: the worker's install then downloads the whole site (about 1.8 MB) while a
// slow phone is still starting the story. Embeds never register it: a news site's reader should
// not download our whole site for a map in an article.
import { base } from '$app/paths';
import { dev } from '$app/environment';

/** How long after start-up the download may begin, at the earliest. */
const QUIET_MS = 2000;

export function registerOfflineCacheWhenIdle(): () => void {
	if (!('serviceWorker' in navigator)) return () => {};
	let idle: number | undefined;
	// Safari has no requestIdleCallback: there, a plain task after the quiet time.
	const whenIdle = (callback: () => void): number =>
		typeof requestIdleCallback === 'function'
			? requestIdleCallback(callback, { timeout: 5000 })
			: (setTimeout(callback) as unknown as number);
	const register = () => {
		// In dev the worker is an ES module served by Vite; the build emits a classic script.
		void navigator.serviceWorker
			.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
			.catch(() => {
				// No cache this time (private mode, a blocked worker): the page works as it is.
			});
	};
	const timer = setTimeout(() => {
		idle = whenIdle(register);
	}, QUIET_MS);
	return () => {
		clearTimeout(timer);
		if (idle === undefined) return;
		if (typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
		else clearTimeout(idle);
	};
}
