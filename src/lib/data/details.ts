// The details part of the door to data/ (see split.ts): who stands behind each event's record, and
// who denies it or declines to answer. Only the live timeline says it in the browser (its marks'
// names, its cards), and it comes with that code, not with a page's start.
import details from 'virtual:dataset-details';
import type { EventAttribution } from './types';

/** An event's attribution, by its id. */
export function attributionOf(eventId: string): EventAttribution {
	const attribution = details.events[eventId];
	if (attribution === undefined)
		throw new Error(`No attribution for event ${eventId}: the data module should have caught it`);
	return attribution;
}
