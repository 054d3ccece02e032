// The only door to data/: validated, typed, with lookups by id. Every view reads from here. This
// module holds the core every hydrated page needs (see split.ts); who stands behind each event is
// behind ./details.ts, which comes with the live timeline's code; the prose is behind ./text.ts,
// which server renders and the pages that show prose in the browser import, and which a page that
// starts with build-time prose fetches when a reader asks for more (./text-on-demand.svelte.ts).
import dataset from 'virtual:dataset';
import type { Country, EventCore, Place, Route, StepCore } from './types';

export type * from './types';

export const { places, countries, routes, events, steps, meta } = dataset;

export const byId = <T extends { id: string }>(items: T[]) =>
	new Map(items.map((item) => [item.id, item]));

export const placeById: ReadonlyMap<string, Place> = byId(places);
export const countryById: ReadonlyMap<string, Country> = byId(countries);
export const routeById: ReadonlyMap<string, Route> = byId(routes);
export const eventById: ReadonlyMap<string, EventCore> = byId(events);
export const stepById: ReadonlyMap<string, StepCore> = byId(steps);
