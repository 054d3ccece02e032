/**
 * The handout's images wait, lazily, until needed; a browser may print before a lazy image in a
 * hidden block loads, so a page asks for them all on beforeprint.
 */
export function loadHandoutImages(): void {
	for (const image of document.querySelectorAll<HTMLImageElement>('.handout img')) {
		image.loading = 'eager';
	}
}
