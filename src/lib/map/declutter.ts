// Where each map label goes so that none covers another: at the overview steps Vladivostok and
// Khasan are a few pixels apart, and two routes run side by side from Moscow and Kursk. Pure
// geometry on the labels' measured sizes, run after every move (LeafletController).

export interface MapLabel {
	id: string;
	/**
	 * A place's name (beside its dot), a route's distance (above or below its midpoint) or a
	 * country's name (above or below its centre; static maps only).
	 */
	kind: 'place' | 'route' | 'area';
	/** The anchor in container pixels: the place's dot, the route's label point, an area's centre. */
	x: number;
	y: number;
	/** The label's measured box (for a place: dot, gap and name together). */
	width: number;
	height: number;
	/**
	 * Labels of one group are places for the same text, in order of preference: the first that
	 * fits is shown, the rest are hidden (see placeLabels, which builds the groups).
	 */
	group?: string;
}

/** `right`/`left`: a place's name on that side of its dot; `above`/`below`: a route's or area's. */
export type Placement = 'right' | 'left' | 'above' | 'below' | 'hidden';

export interface Box {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Half the dot's size (see the CSS): a dot is this far around its anchor. */
const DOT = 5;
/** From the anchor to where a place's name starts: half the dot and the gap after it. */
const NAME_START = DOT + 5;
/** A route label sits 30 % of its height off its point (translate(-50%, -130%) in the CSS). */
const ROUTE_OFFSET = 0.3;
/** Labels keep this much air between them. */
const GAP = 1;
/**
 * The share of a label's measured height its letters fill: the box is a line of the page's
 * line-height (1.5), the letters about one font size of it.
 */
export const INK = 0.67;

/** The box a label's letters take at a placement (what no other label may touch). */
export function labelBox(label: MapLabel, placement: Placement): Box {
	const { x, y, width } = label;
	const height = label.height * INK;
	switch (placement) {
		// A place's box is its name alone (its dot is among the dots).
		case 'right':
			return {
				left: x + NAME_START,
				right: x - DOT + width,
				top: y - height / 2,
				bottom: y + height / 2
			};
		case 'left':
			return {
				left: x + DOT - width,
				right: x - NAME_START,
				top: y - height / 2,
				bottom: y + height / 2
			};
		case 'above':
			return {
				left: x - width / 2,
				right: x + width / 2,
				top: y - (1 + ROUTE_OFFSET) * height,
				bottom: y - ROUTE_OFFSET * height
			};
		default:
			return {
				left: x - width / 2,
				right: x + width / 2,
				top: y + ROUTE_OFFSET * height,
				bottom: y + (1 + ROUTE_OFFSET) * height
			};
	}
}

const overlaps = (a: Box, b: Box) =>
	a.left < b.right + GAP &&
	b.left < a.right + GAP &&
	a.top < b.bottom + GAP &&
	b.top < a.bottom + GAP;

const inside = (box: Box, frame: { width: number; height: number }) =>
	box.left >= 0 && box.top >= 0 && box.right <= frame.width && box.bottom <= frame.height;

/**
 * Greedy placement, places before routes before areas (a country is named by its colour too),
 * each in the given order: the first candidate side that stays in the frame and clears every dot
 * and every label placed so far; failing that, hidden (a place keeps its dot), rather than cut by
 * the edge or drawn over another.
 */
export function declutter(
	labels: MapLabel[],
	frame: { width: number; height: number }
): Map<string, Placement> {
	const places = labels.filter((label) => label.kind === 'place');
	const routes = labels.filter((label) => label.kind === 'route');
	const areas = labels.filter((label) => label.kind === 'area');
	const dots = places.map(({ id, x, y }) => ({
		id,
		box: { left: x - DOT, right: x + DOT, top: y - DOT, bottom: y + DOT }
	}));
	const placed: Box[] = [];
	const placedGroups = new Set<string>();
	const result = new Map<string, Placement>();
	for (const label of [...places, ...routes, ...areas]) {
		if (label.group !== undefined && placedGroups.has(label.group)) {
			result.set(label.id, 'hidden');
			continue;
		}
		const candidates: Placement[] =
			label.kind !== 'place'
				? ['above', 'below']
				: label.x > frame.width * 0.7
					? ['left', 'right']
					: ['right', 'left'];
		// A place's name may touch its own dot, and no other.
		const clear = (box: Box) =>
			!placed.some((other) => overlaps(box, other)) &&
			!dots.some((dot) => dot.id !== label.id && overlaps(box, dot.box));
		const options = candidates.map((placement) => ({ placement, box: labelBox(label, placement) }));
		const chosen = options.find(({ box }) => inside(box, frame) && clear(box));
		result.set(label.id, chosen?.placement ?? 'hidden');
		if (!chosen) continue;
		placed.push(chosen.box);
		if (label.group !== undefined) placedGroups.add(label.group);
	}
	return result;
}

/** A label that may stand at any of several points, best first (a route's distance along it). */
export interface MovableLabel extends Omit<MapLabel, 'x' | 'y' | 'group'> {
	points: { x: number; y: number }[];
}

/** Where a movable label goes: its side, and which of its points (-1 when hidden). */
export interface Spot {
	placement: Placement;
	point: number;
}

/**
 * declutter for labels that may move: a label's later points are its group's later choices, and
 * every label's first point is tried before any label's second, so that no label takes another's
 * best spot.
 */
export function placeLabels(
	labels: MovableLabel[],
	frame: { width: number; height: number }
): Map<string, Spot> {
	const choice = (id: string, n: number) => `${id}#${n}`;
	const ranks = Math.max(0, ...labels.map((label) => label.points.length));
	const candidates = Array.from({ length: ranks }, (_, n) =>
		labels.flatMap(({ points, ...label }): MapLabel[] => {
			const at = points[n];
			return at ? [{ ...label, ...at, id: choice(label.id, n), group: label.id }] : [];
		})
	).flat();
	const placements = declutter(candidates, frame);
	return new Map(
		labels.map(({ id, points }) => {
			const point = points.findIndex((_, n) => placements.get(choice(id, n)) !== 'hidden');
			const placement = point >= 0 ? placements.get(choice(id, point))! : 'hidden';
			return [id, { placement, point }];
		})
	);
}
