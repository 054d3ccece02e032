import { error } from '@sveltejs/kit';
import { steps } from '$lib/data/text';
import type { EntryGenerator, PageLoad } from './$types';

// A page per step for link previews (its own title, description and picture). It ships no app:
// the reader without JavaScript reads the step here, the others go on to the story at once
// (/paso-redirect.js, a file: the site's CSP allows no inline script).
export const csr = false;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const load: PageLoad = ({ params }) => {
	// Only digits: /paso/03 or /paso/3.0 would be a second address for the same page.
	const step = /^[1-9]\d*$/.test(params.n) ? steps[Number(params.n) - 1] : undefined;
	if (!step) error(404);
	return { step };
};
