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
