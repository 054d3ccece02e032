// The print handout, written at build time: the page ships it as HTML and hydrates none of it. Its
// images load when the page is left alone, or before a print (see $lib/islands/slides-page.ts).
import * as leanQr from 'lean-qr';
import { absoluteUrl, siteUrl } from '$lib/config';
import { pageStrings } from '$lib/i18n/pages';
import Handout from '$lib/present/Handout.svelte';
import { qrDrawing } from '$lib/present/qr';
import QrSvg from '$lib/present/QrSvg.svelte';
import { buildHtml, renderHtml } from '$lib/server/html';
import { dev } from '$app/environment';
import type { PageServerLoad } from './$types';

// No SvelteKit client on the slides: the presentation hydrates on its own as an island
// ($lib/islands/slides-page.ts). Under `vite dev`, whose components render extra markers that a
// lone island's hydration does not expect, SvelteKit hydrates the page as a whole instead.
export const csr = dev;

export const load: PageServerLoad = ({ locals }) => ({
	handout: buildHtml(locals.buildHtml, renderHtml(Handout, { anchors: true })),
	// The title slide's QR code opens the story. Where the build knows the site's address, it
	// comes drawn in the page: the slides then start without the QR package, which only Q fetches.
	titleQr: siteUrl
		? buildHtml(
				locals.buildHtml,
				renderHtml(QrSvg, {
					...qrDrawing(absoluteUrl('/', ''), leanQr),
					label: pageStrings.present.qrStory
				})
			)
		: undefined
});
