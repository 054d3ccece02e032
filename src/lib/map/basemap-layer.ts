// The offline basemap as one Leaflet layer: an SVG of every country, projected to Web Mercator at
// build time (virtual:basemap-overlay). The browser scales it as the map moves, with no script per
// vertex, and its colours are the theme's, through CSS (LeafletMap). Imported with Leaflet.
import * as L from 'leaflet';
import overlay from 'virtual:basemap-overlay';
import { countries } from '$lib/data';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Where the basemap ends: explorers are kept inside it. */
export const BASEMAP_BOUNDS = L.latLngBounds(overlay.bounds);

/**
 * Follows a flight by transform alone. Leaflet's own SVG overlay resizes the SVG on every frame,
 * and the browser then lays out and repaints every country, frame after frame; this one is resized
 * once the zoom settles, when Leaflet's renderers redraw too.
 */
class BasemapOverlay extends L.SVGOverlay {
	/** The zoom the SVG is sized for. */
	#sizedFor = NaN;

	override getEvents() {
		return { ...super.getEvents?.(), zoom: this.#follow, zoomend: this.#fit, viewreset: this.#fit };
	}

	override onAdd(map: L.Map) {
		super.onAdd(map);
		this.#fit();
		return this;
	}

	#corners() {
		const bounds = this.getBounds();
		return [bounds.getNorthWest(), bounds.getSouthEast()].map((corner) =>
			this._map.latLngToLayerPoint(corner)
		) as [L.Point, L.Point];
	}

	#fit = () => {
		const svg = this.getElement();
		if (!svg) return;
		const [northWest, southEast] = this.#corners();
		svg.style.transform = `translate3d(${northWest.x}px, ${northWest.y}px, 0)`;
		svg.style.width = `${southEast.x - northWest.x}px`;
		svg.style.height = `${southEast.y - northWest.y}px`;
		this.#sizedFor = this._map.getZoom();
	};

	#follow = () => {
		const svg = this.getElement();
		if (!svg) return;
		const scale = this._map.getZoomScale(this._map.getZoom(), this.#sizedFor);
		const [{ x, y }] = this.#corners();
		svg.style.transform = `translate3d(${x}px, ${y}px, 0) scale(${scale})`;
	};
}

export interface BasemapLayer {
	layer: L.Layer;
	/** Each story country's shape, by country id, to highlight. */
	countryPaths: Map<string, SVGPathElement>;
}

/** The basemap layer, in a pane of its own: over raster tiles (200), under routes and labels (400). */
export function basemapLayer(map: L.Map): BasemapLayer {
	const pane = map.createPane('basemap');
	pane.style.zIndex = '300';
	const countryOf = new Map(countries.map((country) => [country.iso, country.id]));
	const countryPaths = new Map<string, SVGPathElement>();

	const svg = document.createElementNS(SVG_NS, 'svg');
	svg.setAttribute('viewBox', `0 0 ${overlay.size[0]} ${overlay.size[1]}`);
	svg.setAttribute('preserveAspectRatio', 'none');
	svg.setAttribute('aria-hidden', 'true');
	svg.classList.add('basemap');
	for (const { iso, d } of overlay.countries) {
		const path = document.createElementNS(SVG_NS, 'path');
		path.setAttribute('d', d);
		svg.append(path);
		const countryId = countryOf.get(iso);
		if (countryId) countryPaths.set(countryId, path);
	}
	const layer = new BasemapOverlay(svg, BASEMAP_BOUNDS, { interactive: false, pane: 'basemap' });
	return { layer, countryPaths };
}
