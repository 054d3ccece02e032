// Hydrating one island of a page that has no SvelteKit client ($lib/islands). Each island is
// marked in the page with data-island and wrapped in a <svelte:boundary>, which writes the same
// markers around a component as a page of its own would: hydrate() finds them there. It hydrates
// with the props the server rendered it with, which the page holds in its data-props (JSON); only
// functions, which JSON cannot hold, come from the islands script. Build-time HTML among them is a
// marker there, as in SvelteKit's own page data ($lib/server/html.ts): hydration keeps the HTML it
// finds.
import { hydrate, type Component } from 'svelte';

/**
 * Hydrates the island `name` with `component`, its props from the page (data-props) and the
 * functions given here.
 */
export function island(
	name: string,
	component: Component<never>,
	functions: Record<string, unknown> = {}
): void {
	const target = document.querySelector<HTMLElement>(`[data-island="${name}"]`);
	if (!target) throw new Error(`The page has no island "${name}"`);
	const props = { ...JSON.parse(target.dataset.props ?? '{}'), ...functions };
	hydrate(component as Component<Record<string, unknown>>, { target, props });
	target.dataset.hydrated = '';
}

/** For tests and tools: the page's scripts have run (SvelteKit's pages say so their own way). */
const markStarted = () => {
	document.documentElement.dataset.started = '';
};

/**
 * Runs each part of a page's start in a task of its own, from the task after the one that
 * evaluated the page's modules, then marks the page started. On a slow phone one task that
 * evaluates the modules and hydrates every island blocks a tap for its whole length (Lighthouse's
 * Total Blocking Time counts each task's time over 50 ms); split, each part is under that.
 */
export async function startInTurn(parts: readonly (() => void)[]): Promise<void> {
	for (const part of parts) {
		await new Promise((resolve) => setTimeout(resolve));
		part();
	}
	markStarted();
}
