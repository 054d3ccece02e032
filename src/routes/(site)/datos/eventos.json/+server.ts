import { events, placeById, sourceById } from '$lib/data';
import { eventsJson } from '$lib/events/exports';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(eventsJson(events, placeById, sourceById), null, 2), {
		headers: { 'Content-Type': 'application/json; charset=utf-8' }
	});
}
