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
import type {
	BeatCore,
	Country,
	EventCore,
	MapView,
	Period,
	Place,
	Route,
	StepCore
} from '$lib/data/types';
import {
	boundsOf,
	distanceKm,
	greatCirclePoint,
	lonLat,
	pathLengthKm,
	routeLine,
	type LonLat
} from '$lib/map/geo';
import { clampPosition } from './position';

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

/** What every view shows at one position of the story: a step, at one of its beats. */
export interface StepState {
	step: StepCore;
	/** 0-based step index. */
	index: number;
	beat: BeatCore;
	/** 0-based beat index within the step. */
	beatIndex: number;
	activeEvents: EventCore[];
	activeEventIds: ReadonlySet<string>;
	period: Period;
	map: MapState;
	/** The graphic's text alternative at this beat. */
	description: string;
	/** `<step id>:<beat number>`, the DOM contract's beat key (data-beat, data-current-beat). */
	key: string;
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

function mapStateOf(view: MapView): MapState {
	const places = view.places.map((id) => must(placeById, id));
	const routes = view.routes.map(routeState);
	const points = [...places.map(lonLat), ...routes.flatMap((route) => route.points)];
	return {
		places: [
			...new Set([...places, ...routes.flatMap((r) => r.via.map((id) => must(placeById, id)))])
		],
		routes,
		countries: view.countries.map((id) => must(countryById, id)),
		// At least 3° around a lone place: the reader needs the region, not the street.
		bounds: boundsOf(points, 0.12, 3)
	};
}

function stateOf(index: number, beatIndex: number): StepState {
	const step = steps[index]!;
	const beat = step.beats[beatIndex]!;
	const activeEvents = beat.events.map((id) => must(eventById, id));
	return {
		step,
		index,
		beat,
		beatIndex,
		activeEvents,
		activeEventIds: new Set(beat.events),
		period: beat.period,
		map: mapStateOf(beat.map),
		description: beat.description,
		key: beatKey(step, beatIndex)
	};
}
// Built on first use: a page that shows one beat does not resolve the others while it starts.
const states = new Map<string, StepState>();

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

export const beatKey = (step: StepCore, beatIndex: number) => `${step.id}:${beatIndex + 1}`;

/**
 * The state at a position (0-based step and beat). Positions come clamped from the navigator
 * (position.ts); this clamps again with the same rule so that no caller can ask for a state that
 * does not exist.
 */
export function stateAt(stepIndex: number, beatIndex = 0): StepState {
	const at = clampPosition({ step: stepIndex, beat: beatIndex });
	const key = `${at.step}:${at.beat}`;
	let state = states.get(key);
	if (!state) states.set(key, (state = stateOf(at.step, at.beat)));
	return state;
}

/**
 * A step as a whole, for what shows a step at once (print handout, static map and timeline
 * files, share images): the step's own map view, every event its beats highlight, and a period
 * that spans every beat's.
 */
export interface StepOverview {
	step: StepCore;
	activeEvents: EventCore[];
	activeEventIds: ReadonlySet<string>;
	period: Period;
	map: MapState;
}

const overviews: (StepOverview | undefined)[] = [];
export function stepOverview(stepIndex: number): StepOverview {
	const { step } = clampPosition({ step: stepIndex, beat: 0 });
	return (overviews[step] ??= overviewOfStep(steps[step]!));
}
function overviewOfStep(step: StepCore): StepOverview {
	const ids = [...new Set(step.beats.flatMap((beat) => beat.events))];
	const times = step.beats.flatMap((beat) => [beat.period.start, beat.period.end]);
	return {
		step,
		activeEvents: ids.map((id) => must(eventById, id)),
		activeEventIds: new Set(ids),
		period: {
			start: new Date(Math.min(...times.map(Number))),
			end: new Date(Math.max(...times.map(Number)))
		},
		map: mapStateOf(step.map)
	};
}

export function indexOfStep(id: string): number {
	return steps.findIndex((step) => step.id === id);
}
