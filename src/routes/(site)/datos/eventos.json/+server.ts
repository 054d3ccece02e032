import { placeById } from '$lib/data';
import { events, sourceById } from '$lib/data/text';
import { eventsJson } from '$lib/events/exports';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(eventsJson(events, placeById, sourceById), null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' }
	});
}
