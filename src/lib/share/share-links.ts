// The share control for HTML built at build time and never hydrated (the scroll story's cards):
// the markup is a plain link to the step's page,
//   <a class="share-step" href="/paso/3" data-share-step="3" data-share-title="…">Compartir este paso</a>
// which works as a link without JavaScript, and one delegated click listener on a root upgrades
// every such link inside it to the share sheet / copy behaviour of share.ts.
import type { Attachment } from 'svelte/attachments';
import { selectForCopy } from './clipboard';
import { outcomeMessage, shareStep, stepShareUrl } from './share';
import { t } from '$lib/i18n';

const MESSAGE_MS = 4000;

/** Upgrades the share links under `root`; returns the cleanup (listener and added nodes removed). */
export function enhanceShareLinks(root: HTMLElement | Document = document): () => void {
	const added = new Set<Element>();
	const timers = new Set<ReturnType<typeof setTimeout>>();
	let frame = 0;

	/** The live region after a link: made on first use, then kept for that link's later results. */
	function statusOf(link: HTMLAnchorElement): HTMLElement {
		const next = link.nextElementSibling;
		if (next instanceof HTMLElement && next.classList.contains('share-step-status')) return next;
		const status = document.createElement('span');
		status.className = 'share-step-status';
		status.setAttribute('role', 'status');
		link.after(status);
		added.add(status);
		return status;
	}

	function fieldAfter(status: HTMLElement, url: string, number: number): HTMLInputElement {
		const next = status.nextElementSibling;
		const field =
			next instanceof HTMLInputElement && next.classList.contains('share-step-url')
				? next
				: document.createElement('input');
		if (!field.isConnected) {
			field.className = 'share-step-url';
			field.readOnly = true;
			field.setAttribute('aria-label', t.share.linkLabel(number));
			field.addEventListener('focus', () => field.select());
			status.after(field);
			added.add(field);
		}
		field.value = url;
		return field;
	}

	const onClick = async (event: Event) => {
		if (!(event instanceof MouseEvent) || event.defaultPrevented || event.button !== 0) return;
		// A modified click opens the step's page, as a link should.
		if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
		const link = (event.target as Element | null)?.closest?.('a[data-share-step]');
		if (!(link instanceof HTMLAnchorElement)) return;
		const number = Number(link.dataset.shareStep);
		if (!Number.isInteger(number) || number < 1) return;
		event.preventDefault();
		const url = stepShareUrl(number);
		const title = link.dataset.shareTitle || document.title;
		// Made before the (asynchronous) share, so that the region exists when its text changes.
		const status = statusOf(link);
		const outcome = await shareStep({ number, title }, url);
		if (!status.isConnected) return; // cleaned up meanwhile
		if (outcome === 'refused') selectForCopy(fieldAfter(status, url, number));
		else if (status.nextElementSibling?.classList.contains('share-step-url'))
			status.nextElementSibling.remove();
		const message = outcomeMessage(outcome);
		// A new live region announces a change, not the text it was created with: next frame.
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => {
			status.textContent = message;
			if (outcome !== 'copied') return;
			const timer = setTimeout(() => {
				timers.delete(timer);
				status.textContent = '';
			}, MESSAGE_MS);
			timers.add(timer);
		});
	};

	root.addEventListener('click', onClick);
	return () => {
		root.removeEventListener('click', onClick);
		cancelAnimationFrame(frame);
		for (const timer of timers) clearTimeout(timer);
		for (const node of added) node.remove();
		added.clear();
	};
}

/** The same, as an attachment: `<div {@attach shareLinks}>…build-time HTML…</div>`. */
export const shareLinks: Attachment<HTMLElement> = (root) => enhanceShareLinks(root);
