// The only door to data/: validated, typed, with lookups by id. Every view reads from here.
import dataset from 'virtual:dataset';
import type { Country, Place, Route, Source, Step, StoryEvent } from './types';

export type * from './types';

export const { places, countries, routes, sources, events, corrections, steps, copy } = dataset;

const byId = <T extends { id: string }>(items: T[]) =>
	new Map(items.map((item) => [item.id, item]));

export const placeById: ReadonlyMap<string, Place> = byId(places);
export const countryById: ReadonlyMap<string, Country> = byId(countries);
export const routeById: ReadonlyMap<string, Route> = byId(routes);
export const sourceById: ReadonlyMap<string, Source> = byId(sources);
export const eventById: ReadonlyMap<string, StoryEvent> = byId(events);
export const stepById: ReadonlyMap<string, Step> = byId(steps);
