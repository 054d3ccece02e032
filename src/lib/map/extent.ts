/**
 * The part of the world the basemap ships, [[west, south], [east, north]] in degrees: from the
 * Greenwich meridian to the Pacific, Australia's north to the Arctic islands. The story's widest
 * view, Moscow to Pyongyang in a tall desktop column at zoom 2, reaches 37° S; a view that ran past
 * the edge would show empty sea where land goes on.
 */
export const BASEMAP_EXTENT: [[number, number], [number, number]] = [
	[0, -40],
	[180, 82]
];
