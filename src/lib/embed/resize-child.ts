// The iframe side of the resize protocols news sites use, so an embed drops into any CMS:
// - pym.js (NPR): post `pymxPYMx<childId>xPYMxheightxPYMx<px>` to the parent, and answer the
//   parent's `width` message with the height again;
// - AMP / @newswire/frames: post `{ sentinel: 'amp', type: 'embed-size', height }`.
// The height is measured on <html> with a ResizeObserver (pym's own child measures <body>, which
// sticks when html and body are 100% tall), sent only when it changes, at most once a frame.

import { isPymMessage, pymMessage } from './pym';

export interface ResizeChildOptions {
	/** The window that hosts the iframe; `window.parent` in production. */
	parent?: Window;
	/** The element whose height is the iframe's height. */
	root?: HTMLElement;
}

/** Starts reporting the document height to the parent; returns the function that stops it. */
export function startResizeChild(options: ResizeChildOptions = {}): () => void {
	const parent = options.parent ?? window.parent;
	const root = options.root ?? document.documentElement;
	if (parent === window) return () => {};

	const childId = new URLSearchParams(location.search).get('childId') ?? undefined;
	let lastSent = -1;
	let frame = 0;

	const measure = () => Math.ceil(root.getBoundingClientRect().height);
	const send = (height: number) => {
		lastSent = height;
		if (childId) parent.postMessage(pymMessage(childId, 'height', height), '*');
		parent.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
	};
	const schedule = () => {
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			const height = measure();
			if (height !== lastSent) send(height);
		});
	};

	const observer = new ResizeObserver(schedule);
	observer.observe(root);

	const onMessage = (event: MessageEvent) => {
		if (event.source !== parent || !childId) return;
		// The parent asks again after its own resize: pym's `width` message.
		if (isPymMessage(event.data, childId, 'width')) {
			send(measure());
		}
	};
	window.addEventListener('message', onMessage);
	send(measure());

	return () => {
		observer.disconnect();
		cancelAnimationFrame(frame);
		window.removeEventListener('message', onMessage);
	};
}
