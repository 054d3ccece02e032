import { error } from '@sveltejs/kit';
import { steps } from '$lib/data';
import { isStepNumber, stepMapFile } from '$lib/map/step-map-file';
import { SHARE_MAP_FRAME, shareImagePng } from '$lib/server/share-image';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => steps.map((step) => ({ n: String(step.number) }));

export const GET: RequestHandler = ({ params }) => {
	const number = Number(params.n);
	if (!isStepNumber(number)) error(404);
	const step = steps[number - 1]!;
	const map = stepMapFile(number, { frame: SHARE_MAP_FRAME, colours: 'light' });
	return new Response(shareImagePng(step, steps.length, map), {
		headers: { 'Content-Type': 'image/png' }
	});
};
