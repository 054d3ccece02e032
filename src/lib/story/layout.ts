// How a graphic takes its size, and what follows from it. Graphic renders with it; a server load
// that prerenders part of a graphic (see $lib/server/first-timeline.ts) passes the same value.

/**
 * `fill`: the parent gives the height (sticky graphic, slides). `intrinsic`: the map keeps an
 * aspect ratio and nothing depends on the viewport height (iframes that resize to fit).
 */
export type GraphicLayout = 'fill' | 'intrinsic';

/**
 * Where a timeline mark's detail card opens: over the graphic, or in the flow below the strip so
 * that an auto-height iframe grows to show it instead of cutting it off.
 */
export const cardPlacementFor = (layout: GraphicLayout) =>
	layout === 'intrinsic' ? ('below' as const) : ('above' as const);

/**
 * The width the build renders a page's first timeline at ($lib/server/first-timeline.ts), and the
 * one its live timeline hydrates with (PrerenderedTimeline): the strip's on a 390 px phone. That
 * phone's strip comes alive at the reader's first scroll with nothing to redraw, and before that
 * (or without JavaScript) a phone shows it undistorted; a wider screen shows it at that size,
 * centred, until it is measured.
 */
export const FIRST_STRIP_WIDTH = 374;
