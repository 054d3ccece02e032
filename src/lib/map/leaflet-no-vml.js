// Stands in for Leaflet's SVG.VML module (see vite.config.ts): the vector renderer of Internet
// Explorer 8, which Leaflet uses only where a browser has no SVG (Browser.vml), so never here. As
// it loads, the original probes for IE's `document.namespaces` and catches the TypeError that every
// other browser throws; to word that error's message, V8 parses the code around the failed call
// again, and here that is the whole of Leaflet's chunk: 30-40 ms of the reader's first
// interaction at 4x CPU, more than the rest of Leaflet's evaluation.
export const vmlMixin = {};
export function vmlCreate() {
	throw new Error(
		'VML is the vector format of Internet Explorer 8, which the map does not support'
	);
}
