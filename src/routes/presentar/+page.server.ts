// The print handout, written at build time: the page ships it as HTML and hydrates none of it.
import Handout from '$lib/present/Handout.svelte';
import { renderHtml } from '$lib/server/html';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({
	handout: renderHtml(Handout, { anchors: true, eager: true })
});
