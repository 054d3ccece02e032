// Everything Leaflet does for the story, behind one small object: create the map on a bound
// element, show a step's view, switch interaction on and off, tear down. Imported dynamically
// (Leaflet touches `window` on import) by LeafletMap.svelte's attachment.
import * as L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { basemapLayer, BASEMAP_BOUNDS } from './basemap-layer';
import { countryTone } from './countries';
import { placeLabels, type MapLabel } from './declutter';
import { INTERACTIONS } from './interactions';
import { formatKilometres, t } from '$lib/i18n';
import type { MapState } from '$lib/story/state';

export interface ControllerOptions {
	tileUrl?: string;
	tileAttribution?: string;
	/** Called after every move with the new centre and zoom. */
	onmove?: (center: L.LatLng, zoom: number) => void;
}

const PADDING: L.PointExpression = [28, 28];

type Tone = ReturnType<typeof countryTone>;

export class LeafletController {
	readonly map: L.Map;
	#countryPaths = new Map<string, SVGPathElement>();
	#basemapAdded = false;
	#firstView: MapState;
	#highlighted = new Map<string, Tone>();
	/**
	 * The step's text markers, with their measured size (0 until the map is laid out) and the
	 * places each may stand at, best first (a route's label moves along its line when crowded).
	 */
	#labels: {
		id: string;
		kind: MapLabel['kind'];
		marker: L.Marker;
		anchors: L.LatLng[];
		/** What its size depends on: its look and its text (labelKey). */
		key: string;
		width: number;
		height: number;
	}[] = [];
	/**
	 * Label sizes measured at earlier steps, by labelKey: the same names and distances come back
	 * step after step, and measuring a new label forces a layout of the page in the task that
	 * draws the step, when the step change has just changed the cards and the timeline.
	 */
	#labelSizes = new Map<string, { width: number; height: number }>();
	#overlays: L.LayerGroup;
	#zoomControl = L.control.zoom({ position: 'topright' });
	#resizeObserver: ResizeObserver;
	#shownStep: MapState | undefined;
	/** Where a flight in progress is headed; undefined once the map has landed. */
	#flightTo: L.LatLngBounds | undefined;
	/** The step's route lines by route id, for the keyboard's highlight. */
	#routeLines = new Map<string, L.Polyline>();
	/** The item in the keyboard's hand (`place:<id>`, `route:<id>`), kept across redraws. */
	#highlight: string | undefined;

	constructor(element: HTMLElement, state: MapState, options: ControllerOptions = {}) {
		this.map = L.map(element, {
			zoomControl: false,
			attributionControl: true,
			zoomSnap: 0.25,
			zoomDelta: 0.5,
			minZoom: 2,
			maxZoom: 9,
			renderer: L.svg({ padding: 0.5 }),
			maxBoundsViscosity: 0.8,
			...Object.fromEntries(INTERACTIONS.map((name) => [name, false]))
		});
		this.#firstView = state;
		this.map.attributionControl.setPrefix(false);
		this.map.attributionControl.addAttribution(t.map.basemapAttribution);

		if (options.tileUrl) {
			// Over tiles, the basemap only tints the highlighted countries (see LeafletMap's CSS).
			element.classList.add('tiles-on');
			L.tileLayer(options.tileUrl, { attribution: options.tileAttribution, maxZoom: 9 })
				.once('tileerror', () => {
					// The vector basemap takes over in full: nothing breaks, nothing is left blank.
					element.classList.replace('tiles-on', 'tiles-failed');
				})
				.addTo(this.map);
		}

		this.#overlays = L.layerGroup().addTo(this.map);
		this.map.on('moveend', () => {
			this.#flightTo = undefined;
			this.#placeLabels();
			options.onmove?.(this.map.getCenter(), this.map.getZoom());
		});
		element.addEventListener('wheel', this.#onWheel, { passive: false });
		this.#resizeObserver = new ResizeObserver(() => this.map.invalidateSize({ pan: false }));
		this.#resizeObserver.observe(element);
	}

	/**
	 * Sets the map at the first step's view (Leaflet renders no layer, and so no element to style,
	 * before it has one) and lays the offline basemap under it. Not in the constructor: on a slow
	 * phone, Leaflet's start, its first view and the basemap's hundred-odd shapes in one task
	 * block the reader's first scroll.
	 */
	setUp() {
		if (this.#basemapAdded) return;
		this.#basemapAdded = true;
		this.map.fitBounds(L.latLngBounds(this.#firstView.bounds), {
			padding: PADDING,
			animate: false
		});
		const basemap = basemapLayer(this.map);
		basemap.layer.addTo(this.map);
		this.#countryPaths = basemap.countryPaths;
	}

	/**
	 * Draws a step's places, routes and highlighted countries where the map now is. The
	 * constructor only sets the map up at the step's view: on a slow phone each of the two is a
	 * long task, and together they would be one.
	 */
	draw(state: MapState) {
		if (state === this.#shownStep) return;
		this.#shownStep = state;
		this.#draw(state);
	}

	/** Draws a step's places, routes and highlighted countries, and moves to its bounds. */
	show(state: MapState, animate: boolean) {
		this.draw(state);
		const bounds = L.latLngBounds(state.bounds);
		if (animate) {
			this.map.flyToBounds(bounds, { padding: PADDING, duration: 1.1 });
			this.#flightTo = bounds;
		} else this.map.fitBounds(bounds, { padding: PADDING, animate: false });
	}

	/**
	 * Ends a flight in progress where it was headed, at once: the device has been found to lag
	 * (motion.reduced), and the rest of the flight would stutter as the part before did.
	 */
	land() {
		const bounds = this.#flightTo;
		if (!bounds) return;
		// setView cancels the flight's frames before it jumps.
		this.map.fitBounds(bounds, { padding: PADDING, animate: false });
	}

	/**
	 * Marks the place or route the keyboard is on (MapKeys): its marker or line, and a route's
	 * distance label, carry `focused` (LeafletMap's and map-look.css's highlight).
	 */
	highlight(key: string | undefined) {
		this.#highlight = key;
		for (const element of this.map.getContainer().querySelectorAll('.focused'))
			element.classList.remove('focused');
		if (!key) return;
		const label = this.#labels.find((item) => item.id === key);
		label?.marker.getElement()?.classList.add('focused');
		const line = key.startsWith('route:') ? this.#routeLines.get(key.slice(6)) : undefined;
		const path = line?.getElement();
		if (path) {
			path.classList.add('focused');
			// Over the other routes, where it crosses them.
			path.parentNode?.append(path);
		}
	}

	setInteractive(on: boolean) {
		// Explorers cannot pan past the shipped basemap into empty sea. The story's own views are
		// left alone: pushed back inside after a flight, a wide view would jump a second time.
		this.map.setMaxBounds(on ? BASEMAP_BOUNDS : L.latLngBounds([]));
		for (const name of INTERACTIONS) {
			const handler = this.map[name] as L.Handler | undefined;
			if (on) handler?.enable();
			else handler?.disable();
		}
		if (on) this.#zoomControl.addTo(this.map);
		else this.#zoomControl.remove();
	}

	/**
	 * Ctrl/⌘ + wheel zooms the map even when it is not being explored, the convention of embedded
	 * maps; a plain wheel is left alone so that it scrolls the page.
	 */
	#onWheel = (event: WheelEvent) => {
		if (!(event.ctrlKey || event.metaKey) || this.map.scrollWheelZoom.enabled()) return;
		event.preventDefault();
		const at = this.map.mouseEventToContainerPoint(event);
		const zoom = this.map.getZoom() + (event.deltaY < 0 ? 0.5 : -0.5);
		this.map.setZoomAround(at, zoom, { animate: false });
	};

	destroy() {
		this.map.getContainer().removeEventListener('wheel', this.#onWheel);
		this.#resizeObserver.disconnect();
		this.map.remove();
	}

	#draw(state: MapState) {
		const previous = this.#highlighted;
		this.#highlighted = new Map(state.countries.map((c) => [c.id, countryTone(c.id)]));
		for (const id of new Set([...previous.keys(), ...this.#highlighted.keys()])) {
			const tone = this.#highlighted.get(id);
			if (previous.get(id) === tone) continue;
			const path = this.#countryPaths.get(id);
			if (!path) continue;
			if (tone) {
				path.setAttribute('class', `highlighted ${tone}`);
				// Drawn last, so that no neighbour's edge covers a highlighted border.
				path.parentNode?.append(path);
			} else path.removeAttribute('class');
		}

		this.#overlays.clearLayers();
		this.#labels = [];
		this.#routeLines.clear();
		for (const route of state.routes) {
			const line = L.polyline(
				route.line.map(([lon, lat]) => [lat, lon] as L.LatLngTuple),
				{ className: `route ${route.kind}`, interactive: false }
			).addTo(this.#overlays);
			line.getElement()?.setAttribute('data-route', route.id);
			this.#routeLines.set(route.id, line);
			const anchors = route.labelPoints.map(([lon, lat]) => L.latLng(lat, lon));
			const text = t.map.straightLine(formatKilometres(route.lengthKm));
			const marker = this.#label(anchors[0]!, text, 'route-label');
			const id = `route:${route.id}`;
			const key = labelKey('route-label', text);
			this.#labels.push({ id, kind: 'route', marker, anchors, key, width: 0, height: 0 });
		}
		for (const place of state.places) {
			const at = L.latLng(place.lat, place.lon);
			const marker = this.#label(at, place.name, 'place-label', true);
			marker.getElement()?.setAttribute('data-place', place.id);
			const id = `place:${place.id}`;
			const key = labelKey('place-label', place.name);
			this.#labels.push({ id, kind: 'place', marker, anchors: [at], key, width: 0, height: 0 });
		}
		this.#placeLabels();
		this.highlight(this.#highlight);
	}

	/**
	 * Puts each label where it covers no other (placeLabels): a name on the other side of its dot, a
	 * distance below its route or further along it, or, where nothing fits, a place's dot without
	 * its name.
	 */
	#placeLabels() {
		const size = this.map.getSize();
		for (const label of this.#labels) {
			if (label.width > 0) continue;
			// Measured once (the text does not change with the view or the step), when laid out.
			const known = this.#labelSizes.get(label.key);
			const box = known ?? label.marker.getElement()?.firstElementChild?.getBoundingClientRect();
			label.width = box?.width ?? 0;
			label.height = box?.height ?? 0;
			if (!known && label.width > 0)
				this.#labelSizes.set(label.key, { width: label.width, height: label.height });
		}
		const spots = placeLabels(
			this.#labels.map(({ id, kind, anchors, width, height }) => ({
				id,
				kind,
				points: anchors.map((anchor) => this.map.latLngToContainerPoint(anchor)),
				width,
				height
			})),
			{ width: size.x, height: size.y }
		);
		for (const { id, marker, anchors } of this.#labels) {
			const { placement, point } = spots.get(id)!;
			// A hidden label waits at its first place.
			const at = anchors[Math.max(point, 0)]!;
			if (!marker.getLatLng().equals(at)) marker.setLatLng(at);
			const classes = marker.getElement()?.classList;
			classes?.toggle('flip', placement === 'left');
			classes?.toggle('below', placement === 'below');
			classes?.toggle('crowded', placement === 'hidden');
		}
	}

	/** A non-interactive text marker; its text is set as a text node, never parsed as HTML. */
	#label(at: L.LatLng, text: string, className: string, dot = false): L.Marker {
		const html = document.createElement('span');
		html.className = 'map-label-inner';
		if (dot) html.append(Object.assign(document.createElement('span'), { className: 'dot' }));
		html.append(
			Object.assign(document.createElement('span'), { className: 'text', textContent: text })
		);
		const icon = L.divIcon({ className: `map-label ${className}`, html, iconSize: undefined });
		return L.marker(at, { icon, interactive: false, keyboard: false }).addTo(this.#overlays);
	}
}

/** What a label's measured size depends on: its look (a place's has a dot) and its text. */
const labelKey = (className: string, text: string) => `${className}\n${text}`;
