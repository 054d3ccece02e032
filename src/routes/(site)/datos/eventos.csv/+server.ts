import { placeById } from '$lib/data';
import { events, sourceById } from '$lib/data/text';
import { eventsCsv } from '$lib/events/exports';

export const prerender = true;

export function GET() {
	return new Response(eventsCsv(events, placeById, sourceById), {
		headers: { 'Content-Type': 'text/csv; charset=utf-8' }
	});
}
