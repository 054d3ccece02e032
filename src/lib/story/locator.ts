import { whenIdle } from '$lib/site/when-idle';

/**
 * The locator map after the scrolly is an SVG image: when it arrives, the browser parses the whole
 * map at once. Left to lazy loading, that happens in the middle of the reader's scroll through the
 * last steps, on a slow phone a stall; fetched at the first idle moment after start-up, it happens
 * while they read the top.
 */
export function loadLocatorWhenIdle(): () => void {
	return whenIdle(() => {
		const image = document.querySelector<HTMLImageElement>('.locator img');
		if (image) image.loading = 'eager';
	});
}
