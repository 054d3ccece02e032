/**
 * The part of the world the basemap ships, [[west, south], [east, north]] in degrees: Kiev to
 * Japan, the Arctic coast to the tropics. Every view of the story fits inside it.
 */
export const BASEMAP_EXTENT: [[number, number], [number, number]] = [
	[12, 15],
	[165, 81]
];
