// The step model: everything a view shows at a step derives from the step alone (stateAt), so a
// fast scroll, a deep link or a reload lands on the right state without replaying earlier steps.
import {
	countryById,
	eventById,
	events,
	placeById,
	places,
	routeById,
	routes,
	steps
} from '$lib/data';
import type { Country, Period, Place, Route, Step, StoryEvent } from '$lib/data/types';
import {
	boundsOf,
	distanceKm,
	greatCirclePoint,
	lonLat,
	pathLengthKm,
	routeLine,
	type LonLat
} from '$lib/map/geo';

export interface ResolvedRoute extends Route {
	points: LonLat[];
	line: LonLat[];
	lengthKm: number;
	/**
	 * Where its distance label may go, best first: mid-way along its longest leg, clear of the
	 * stops, then nearer either end of that leg (where the middle is crowded).
	 */
	labelPoints: LonLat[];
}

/** Shares of the longest leg where a route's distance label may go, best first. */
const LABEL_SHARES = [0.5, 0.33, 0.67, 0.2, 0.8];

export interface MapState {
	places: Place[];
	routes: ResolvedRoute[];
	countries: Country[];
	/** Leaflet order: [[south, west], [north, east]]. */
	bounds: [[number, number], [number, number]];
}

export interface StepState {
	step: Step;
	index: number;
	activeEvents: StoryEvent[];
	activeEventIds: ReadonlySet<string>;
	period: Period;
	map: MapState;
}

const must = <T>(map: ReadonlyMap<string, T>, id: string): T => {
	const value = map.get(id);
	if (value === undefined)
		throw new Error(`Unknown id ${id}: the data module should have caught it`);
	return value;
};

export function resolveRoute(route: Route): ResolvedRoute {
	const points = route.via.map((id) => lonLat(must(placeById, id)));
	const legs = points.slice(1).map((to, i) => [points[i]!, to] as const);
	const [from, to] = legs.reduce((a, b) => (distanceKm(...b) > distanceKm(...a) ? b : a));
	let line: LonLat[] | undefined;
	let labelPoints: LonLat[] | undefined;
	return {
		...route,
		points,
		// Only the drawn maps need the interpolated great circle and the label's places: a page
		// starts without them.
		get line() {
			return (line ??= routeLine(points));
		},
		lengthKm: pathLengthKm(points),
		get labelPoints() {
			return (labelPoints ??= LABEL_SHARES.map((share) => greatCirclePoint(from, to, share)));
		}
	};
}

const resolvedRoutes = new Map<string, ResolvedRoute>();
export function routeState(id: string): ResolvedRoute {
	let route = resolvedRoutes.get(id);
	if (!route) resolvedRoutes.set(id, (route = resolveRoute(must(routeById, id))));
	return route;
}

function mapStateOf(step: Step): MapState {
	const places = step.map.places.map((id) => must(placeById, id));
	const routes = step.map.routes.map(routeState);
	const points = [...places.map(lonLat), ...routes.flatMap((route) => route.points)];
	return {
		places: [
			...new Set([...places, ...routes.flatMap((r) => r.via.map((id) => must(placeById, id)))])
		],
		routes,
		countries: step.map.countries.map((id) => must(countryById, id)),
		// At least 3° around a lone place: the reader needs the region, not the street.
		bounds: boundsOf(points, 0.12, 3)
	};
}

function stateOf(step: Step, index: number): StepState {
	const activeEvents = step.events.map((id) => must(eventById, id));
	return {
		step,
		index,
		activeEvents,
		activeEventIds: new Set(step.events),
		period: step.period,
		map: mapStateOf(step)
	};
}
// Built on first use: a page that shows one step does not resolve the others while it starts.
const states: (StepState | undefined)[] = [];

/**
 * Every route of the story at once, for the locator map. Jasán, a border station 120 km from
 * Vladivostok, stays on its routes but unlabelled: at this scale the two names would collide.
 */
let overview: MapState | undefined;
export const overviewMap = (): MapState => (overview ??= overviewOf());
function overviewOf(): MapState {
	const allRoutes = routes.map((route) => routeState(route.id));
	const points = [...places.map(lonLat), ...allRoutes.flatMap((route) => route.points)];
	return {
		places: places.filter((place) => place.id !== 'khasan'),
		routes: allRoutes,
		countries: ['rusia', 'corea-del-norte', 'ucrania'].flatMap((id) => countryById.get(id) ?? []),
		bounds: boundsOf(points, 0.08, 3)
	};
}

export const stepCount = steps.length;
export const allEvents = events;

/** State at a 0-based step index, clamped into range. */
export function stateAt(index: number): StepState {
	const clamped = Math.min(
		Math.max(Math.trunc(Number.isFinite(index) ? index : 0), 0),
		stepCount - 1
	);
	return (states[clamped] ??= stateOf(steps[clamped]!, clamped));
}

export function indexOfStep(id: string): number {
	return steps.findIndex((step) => step.id === id);
}
