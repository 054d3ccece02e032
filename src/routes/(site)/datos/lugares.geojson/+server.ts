import { places } from '$lib/data';
import { placesGeoJson } from '$lib/events/exports';

export const prerender = true;

export function GET() {
	return new Response(JSON.stringify(placesGeoJson(places), null, 2), {
		headers: { 'Content-Type': 'application/geo+json; charset=utf-8' }
	});
}
