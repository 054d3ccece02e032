// «Compartir este paso»: the system's share sheet where the browser has one (phones, some desktop
// browsers), else the link copied to the clipboard; where that is refused too, the caller shows
// the link selected for Ctrl+C. Used by the enhanced links of share-links.ts.
import { base } from '$lib/site/paths';
import { absoluteUrl } from '$lib/config';
import { t } from '$lib/i18n';
import { copyText } from './clipboard';

export interface SharedStep {
	/** 1-based, as readers and addresses count. */
	number: number;
	title: string;
}

/**
 * `shared`: the share sheet took it; `cancelled`: the reader closed the sheet; `copied`: the link
 * is on the clipboard; `refused`: neither worked, the caller must show the link to copy by hand.
 */
export type ShareOutcome = 'shared' | 'cancelled' | 'copied' | 'refused';

/**
 * The step's own page (/paso/N), which link previews know how to show: on PUBLIC_SITE_URL, else on
 * `origin` (the page's own in a browser; on the server, where there is none, root-relative).
 */
export function stepShareUrl(
	number: number,
	origin: string = typeof location === 'undefined' ? '' : location.origin
): string {
	return absoluteUrl(`/paso/${number}`, `${origin}${base}`);
}

export function shareData(step: SharedStep, url: string): ShareData {
	return {
		title: `${step.title} · ${t.siteName}`,
		text: t.share.text(step.number, step.title),
		url
	};
}

/** Shares the step's link, or copies it. Must run inside the reader's click (user activation). */
export async function shareStep(step: SharedStep, url: string): Promise<ShareOutcome> {
	// A share sheet and a clipboard need the full address, whatever the caller rendered.
	url = new URL(url, location.href).href;
	const data = shareData(step, url);
	if (typeof navigator.share === 'function' && (navigator.canShare?.(data) ?? true)) {
		try {
			await navigator.share(data);
			return 'shared';
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
			// Anything else (no permission, a sheet already open): copying still gets the link out.
		}
	}
	return (await copyText(url)) ? 'copied' : 'refused';
}

/** What the live region says after each outcome (nothing when the system's sheet spoke for itself). */
export function outcomeMessage(outcome: ShareOutcome): string {
	if (outcome === 'copied') return t.share.copied;
	if (outcome === 'refused') return t.share.selectToCopy;
	return '';
}
