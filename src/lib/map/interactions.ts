/** Leaflet's handlers that «Explorar el mapa» turns on, and off again for the story's own views. */
export const INTERACTIONS = [
	'dragging',
	'touchZoom',
	'doubleClickZoom',
	'scrollWheelZoom',
	'boxZoom',
	'keyboard'
] as const;
