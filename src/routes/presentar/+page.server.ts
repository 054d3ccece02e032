// The print handout, written at build time: the page ships it as HTML and hydrates none of it. Its
// images load when the page is left alone, or before a print (loadHandoutImagesWhenIdle).
import Handout from '$lib/present/Handout.svelte';
import { buildHtml, renderHtml } from '$lib/server/html';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => ({
	handout: buildHtml(locals.buildHtml, renderHtml(Handout, { anchors: true }))
});
