import { error } from '@sveltejs/kit';
import { steps } from '$lib/data';
import { stepTimelineFile } from '$lib/server/timeline-file';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.n);
	if (!Number.isInteger(number) || number < 1 || number > steps.length) error(404);
	return new Response(stepTimelineFile(number), {
		headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' }
	});
};
