import { error } from '@sveltejs/kit';
import basemap from 'virtual:basemap';
import { steps } from '$lib/data';
import { staticMapSvg } from '$lib/map/static-svg';
import { stateAt } from '$lib/story/state';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.n);
	if (!Number.isInteger(number) || number < 1 || number > steps.length) error(404);
	const state = stateAt(number - 1);
	return new Response(staticMapSvg(state.map, state.step.description, basemap), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' }
	});
};
