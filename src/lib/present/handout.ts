import { whenIdle } from '$lib/site/when-idle';

/**
 * The handout's images wait, lazily, until needed; a browser may print before a lazy image in a
 * hidden block loads, so a page asks for them all on beforeprint.
 */
export function loadHandoutImages(): void {
	for (const image of document.querySelectorAll<HTMLImageElement>('.handout img')) {
		image.loading = 'eager';
	}
}

/** How long the teacher must have left the page alone before the handout's images download. */
const QUIET_MS = 2000;

/**
 * Where a print may come at any moment (the teacher's handout at /presentar), the images also load
 * once the page has started and been left alone: a print right after opening the page (page.pdf()
 * fires no beforeprint) then finds them, and the slides' start-up does not share the network with
 * sixteen drawings only paper needs.
 */
export const loadHandoutImagesWhenIdle = (): (() => void) =>
	whenIdle(loadHandoutImages, { quietMs: QUIET_MS });
