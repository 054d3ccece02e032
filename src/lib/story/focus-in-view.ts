import type { Attachment } from 'svelte/attachments';

/** How long after a focus change the sections around it may still be laid out. */
const SETTLE_MS = 1000;

const onScreen = (box: DOMRect) => box.bottom > 0 && box.top < innerHeight;
const pageTop = (element: Element) => element.getBoundingClientRect().top + scrollY;

/**
 * The sections after the scrolly are laid out only as the reader nears them, at a guessed height
 * until then (content-visibility in story.css). When Tab jumps the focus across them, the browser
 * scrolls to the control by the guessed heights; a frame later those sections take their real
 * height and, when scroll anchoring does not make up for it, the control lands thousands of pixels
 * off screen. For a short while after keyboard focus arrives, this brings the control back. Only a
 * move of the control on the page counts: a reader who scrolls away from it is left alone.
 */
export const keepFocusInView: Attachment<HTMLElement> = (root) => {
	let frame = 0;
	const watch = ({ target }: FocusEvent) => {
		if (!(target instanceof Element) || !target.matches(':focus-visible')) return;
		if (!onScreen(target.getBoundingClientRect())) return;
		cancelAnimationFrame(frame);
		const until = performance.now() + SETTLE_MS;
		let top = pageTop(target);
		const check = (now: number) => {
			if (document.activeElement !== target) return;
			const box = target.getBoundingClientRect();
			const moved = Math.abs(box.top + scrollY - top) > 1;
			if (moved && !onScreen(box)) target.scrollIntoView({ block: 'center' });
			else if (!moved && !onScreen(box)) return;
			top = pageTop(target);
			if (now < until) frame = requestAnimationFrame(check);
		};
		frame = requestAnimationFrame(check);
	};
	root.addEventListener('focusin', watch);
	return () => {
		cancelAnimationFrame(frame);
		root.removeEventListener('focusin', watch);
	};
};
