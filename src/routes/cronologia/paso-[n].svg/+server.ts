import { error } from '@sveltejs/kit';
import { steps } from '$lib/data';
import { allEvents, stepOverview } from '$lib/story/state';
import { timelineSvg } from '$lib/timeline/static-svg';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.n);
	if (!Number.isInteger(number) || number < 1 || number > steps.length) error(404);
	const state = stepOverview(number - 1);
	return new Response(timelineSvg(allEvents, state.activeEventIds, state.period), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' }
	});
};
