import { error } from '@sveltejs/kit';
import { steps } from '$lib/data';
import { isStepNumber, stepMapFile } from '$lib/map/step-map-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.n);
	if (!isStepNumber(number)) error(404);
	return new Response(stepMapFile(number), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' }
	});
};
