// The Leaflet wrapper in a real browser: it loads Leaflet lazily, draws each step's places and
// routes with their DOM hooks, reports its centre, follows the step, switches interaction on and
// off, and leaves nothing behind when it goes away — even if it goes before Leaflet has loaded.
import { flushSync, mount, unmount } from 'svelte';
import type L from 'leaflet';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import '../../src/app.css';
import LeafletMap from '$lib/map/LeafletMap.svelte';
import { countryTone } from '$lib/map/countries';
import { INTERACTIONS } from '$lib/map/interactions';
import { judgeMotion } from '$lib/theme/motion.svelte';
import { indexOfStep, stateAt, stepCount, type MapState } from '$lib/story/state';

// What the component schedules, waited for as it is scheduled, never by the clock: the map is set
// up in a task after Leaflet's module arrives, and drawn a frame after that.
const nextTask = () =>
	new Promise<void>((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => resolve();
		channel.port2.postMessage(null);
	});
const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Every task and frame the map's start or a step change queues has run, and one more of each. */
const settled = async () => {
	for (let i = 0; i < 3; i++) {
		await nextTask();
		await nextFrame();
	}
};

/** A 600×400 box: LeafletMap fills its positioned parent, as it does in the graphic. */
function host(): HTMLElement {
	const div = document.createElement('div');
	div.style.cssText = 'position: relative; width: 600px; height: 400px;';
	document.body.append(div);
	return div;
}

function parseCentre(value: string | null | undefined) {
	const [lat, lon] = (value ?? '').split(',').map(Number);
	return { lat: lat!, lon: lon! };
}

/** Web Mercator's y of a latitude (any scale): the map's middle is the middle in this. */
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Whether the reported centre is the middle of the step's bounds (to a tenth of a degree): the
 * story's views are not pushed anywhere else, not even by the basemap's edge (maxBounds).
 */
function centredOn(value: string | null | undefined, map: MapState): boolean {
	const { lat, lon } = parseCentre(value);
	const [[south, west], [north, east]] = map.bounds;
	const middleY = (mercatorY(south) + mercatorY(north)) / 2;
	const middleLat = (360 / Math.PI) * Math.atan(Math.exp(middleY)) - 90;
	return Math.abs(lon - (west + east) / 2) < 0.1 && Math.abs(lat - middleLat) < 0.1;
}

/** The basemap's country shapes, and which of them carry a highlight class. */
function basemapOf(element: HTMLElement) {
	const paths = [...element.querySelectorAll<SVGPathElement>('svg.basemap path')];
	return {
		count: paths.length,
		highlighted: paths
			.filter((path) => path.classList.contains('highlighted'))
			.map((path) => path.getAttribute('class'))
			.sort()
	};
}

/** The classes the step's countries should carry on the basemap, e.g. «highlighted ru». */
const expectedHighlights = (map: MapState) =>
	map.countries.map((country) => `highlighted ${countryTone(country.id)}`).sort();

/** Places of the step whose marker dot is not inside the map's box (should be none). */
function placesOutside(box: HTMLElement, map: MapState): string[] {
	const frame = box.getBoundingClientRect();
	return map.places
		.filter((place) => {
			const dot = box.querySelector(`[data-place="${place.id}"] .dot`);
			if (!dot) return true;
			const r = dot.getBoundingClientRect();
			const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
			return x < frame.left || x > frame.right || y < frame.top || y > frame.bottom;
		})
		.map((place) => place.id);
}

// Spies on the controller's prototype must not outlive a failed test.
afterEach(() => {
	vi.restoreAllMocks();
});

async function renderMap(index: number, interactive = false, beat = 0) {
	const target = host();
	const screen = await render(LeafletMap, {
		target,
		props: { map: stateAt(index, beat).map, interactive, label: 'Mapa' }
	});
	const element = target.querySelector<HTMLElement>('[data-map]')!;
	// Leaflet arrives through a dynamic import: the centre appears once the map has drawn.
	await expect.poll(() => element.dataset.center, { timeout: 5000 }).toBeDefined();
	return { screen, target, element };
}

// First in the file, so that Leaflet's module has not been loaded yet in this page.
test('unmounting before Leaflet has loaded throws nothing and leaves no map', async () => {
	const errors: unknown[] = [];
	const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
		errors.push('error' in event ? event.error : event.reason);
	window.addEventListener('error', onError);
	window.addEventListener('unhandledrejection', onError);

	const target = host();
	// Svelte's own mount/unmount, synchronously in one task: the import cannot have resolved.
	const component = mount(LeafletMap, {
		target,
		props: { map: stateAt(0).map, interactive: false, label: 'Mapa' }
	});
	flushSync();
	const element = target.querySelector<HTMLElement>('[data-map]')!;
	expect(element).not.toBeNull();
	expect(element.classList.contains('leaflet-container')).toBe(false);
	unmount(component);

	// Wait until the module the attachment asked for has resolved, and the tasks and frames it
	// would have queued have run.
	await import('$lib/map/leaflet-controller');
	await settled();

	expect(document.querySelector('.leaflet-container')).toBeNull();
	expect(document.querySelector('.leaflet-pane')).toBeNull();
	// The detached element was never turned into a map either.
	expect(element.classList.contains('leaflet-container')).toBe(false);
	expect(element.querySelector('.leaflet-pane')).toBeNull();
	expect(errors).toEqual([]);

	window.removeEventListener('error', onError);
	window.removeEventListener('unhandledrejection', onError);
	target.remove();
});

describe('starting in steps', () => {
	/** Counts animation frames from now on; returns the count so far. */
	function frameCounter(): () => number {
		let frames = 0;
		const tick = () => {
			frames++;
			handle = requestAnimationFrame(tick);
		};
		let handle = requestAnimationFrame(tick);
		afterEach(() => cancelAnimationFrame(handle));
		return () => frames;
	}

	test('the map is set up in one task and drawn, then shown, in another a frame later', async () => {
		// One task for all of it is a long task on a slow phone, the moment the reader starts
		// scrolling. Until drawn the map stays invisible (not ready): no bare basemap flashes.
		const module = await import('$lib/map/leaflet-controller');
		const frames = frameCounter();
		const target = host();
		let framesAtSetUp: number | undefined;
		new MutationObserver(() => {
			if (target.querySelector('.leaflet-container')) framesAtSetUp ??= frames();
		}).observe(target, { subtree: true, attributes: true, attributeFilter: ['class'] });
		const seenAtDraw: { frames: number; ready: boolean; setUp: boolean }[] = [];
		const draw = module.LeafletController.prototype.draw;
		vi.spyOn(module.LeafletController.prototype, 'draw').mockImplementation(function (
			this: InstanceType<typeof module.LeafletController>,
			state: MapState
		) {
			const element = target.querySelector<HTMLElement>('[data-map]')!;
			seenAtDraw.push({
				frames: frames(),
				ready: element.classList.contains('ready'),
				setUp: element.querySelector('.leaflet-map-pane') !== null
			});
			draw.call(this, state);
		});
		await render(LeafletMap, {
			target,
			props: { map: stateAt(0).map, interactive: false, label: 'Mapa' }
		});
		const element = target.querySelector<HTMLElement>('[data-map]')!;
		await expect.poll(() => element.classList.contains('ready'), { timeout: 5000 }).toBe(true);

		expect(seenAtDraw).toHaveLength(1);
		expect(framesAtSetUp).toBeDefined();
		expect(seenAtDraw[0]!.setUp).toBe(true);
		expect(seenAtDraw[0]!.ready).toBe(false);
		expect(seenAtDraw[0]!.frames).toBeGreaterThan(framesAtSetUp!);
		expect(element.querySelectorAll('[data-place]')).toHaveLength(stateAt(0).map.places.length);
		target.remove();
	});

	test('the centre (the DOM contract) first appears with the step drawn, not at set-up', async () => {
		// Set-up's first view is a move of its own, a task before the drawing: tests and embedders
		// that wait for data-center must find the markers there.
		const target = host();
		const atFirstCentre: { places: number; ready: boolean }[] = [];
		new MutationObserver(() => {
			const element = target.querySelector<HTMLElement>('[data-map]');
			if (!element?.dataset.center || atFirstCentre.length) return;
			atFirstCentre.push({
				places: element.querySelectorAll('[data-place]').length,
				ready: element.classList.contains('ready')
			});
		}).observe(target, { subtree: true, attributes: true });
		await render(LeafletMap, {
			target,
			props: { map: stateAt(0).map, interactive: false, label: 'Mapa' }
		});
		const element = target.querySelector<HTMLElement>('[data-map]')!;
		await expect.poll(() => element.classList.contains('ready'), { timeout: 5000 }).toBe(true);
		expect(atFirstCentre).toEqual([{ places: stateAt(0).map.places.length, ready: true }]);
		target.remove();
	});

	test('unmounting between set-up and drawing removes the map and draws nothing', async () => {
		const module = await import('$lib/map/leaflet-controller');
		const draw = vi.spyOn(module.LeafletController.prototype, 'draw');
		const target = host();
		const component = mount(LeafletMap, {
			target,
			props: { map: stateAt(0).map, interactive: false, label: 'Mapa' }
		});
		// Unmount in the very task that set the map up, before its drawing task can run.
		const unmounted = new Promise<void>((resolve) =>
			new MutationObserver((_, observer) => {
				if (!target.querySelector('.leaflet-container')) return;
				observer.disconnect();
				void unmount(component);
				resolve();
			}).observe(target, { subtree: true, attributes: true, attributeFilter: ['class'] })
		);
		await unmounted;
		// The frame the drawing waited for, and the tasks after it, have come and gone.
		await settled();
		expect(draw).not.toHaveBeenCalled();
		expect(document.querySelector('.leaflet-pane')).toBeNull();
		target.remove();
	});
});

describe.each(Array.from({ length: stepCount }, (_, i) => [stateAt(i).step.id, i] as const))(
	'step %s',
	(_id, index) => {
		const map = stateAt(index).map;

		test('draws a marker per place and a line per route, inside the map', async () => {
			const { element } = await renderMap(index);
			expect(element.classList.contains('leaflet-container')).toBe(true);
			for (const place of map.places) {
				const marker = element.querySelectorAll(`[data-place="${place.id}"]`);
				expect(marker, place.id).toHaveLength(1);
				expect(marker[0]!.textContent).toContain(place.name);
			}
			expect(element.querySelectorAll('[data-place]')).toHaveLength(map.places.length);
			for (const route of map.routes) {
				expect(element.querySelectorAll(`path[data-route="${route.id}"]`), route.id).toHaveLength(
					1
				);
			}
			expect(element.querySelectorAll('[data-route]')).toHaveLength(map.routes.length);
		});

		test("draws every country as one SVG, with the step's countries highlighted", async () => {
			const { element } = await renderMap(index);
			const basemap = basemapOf(element);
			expect(basemap.count).toBeGreaterThan(50);
			expect(basemap.highlighted).toEqual(expectedHighlights(map));
			const svg = element.querySelector('svg.basemap')!;
			// Decoration: the map region's label and the step's text describe it.
			expect(svg.getAttribute('aria-hidden')).toBe('true');
			const box = svg.getBoundingClientRect();
			const frame = element.getBoundingClientRect();
			// It covers the whole map box: no edge of the basemap shows at a story view.
			expect(box.left).toBeLessThanOrEqual(frame.left);
			expect(box.right).toBeGreaterThanOrEqual(frame.right);
			expect(box.top).toBeLessThanOrEqual(frame.top);
			expect(box.bottom).toBeGreaterThanOrEqual(frame.bottom);
		});

		test('reports its centre and zoom, and shows every place of the step', async () => {
			const { element } = await renderMap(index);
			expect(element.dataset.center).toMatch(/^-?\d+\.\d{4},-?\d+\.\d{4}$/);
			expect(element.dataset.zoom).toMatch(/^\d+(\.\d+)?$/);
			expect(centredOn(element.dataset.center, map)).toBe(true);
			expect(placesOutside(element, map)).toEqual([]);
		});
	}
);

describe('following the step', () => {
	test('a new map moves the centre and redraws the markers', async () => {
		const from = indexOfStep('vladivostok-2019');
		const to = indexOfStep('tropas-2024');
		// The troops step's second beat: the step's own view, with the deployment route.
		const beat = 1;
		const { screen, element } = await renderMap(from);
		const before = element.dataset.center;

		await screen.rerender({ map: stateAt(to, beat).map });
		// flyToBounds animates for about a second; data-center is written on moveend.
		const next = stateAt(to, beat).map;
		// Kyiv and Kursk lie far outside the Vladivostok view: until the flight ends they are off.
		expect(placesOutside(element, next)).not.toEqual([]);
		await expect
			.poll(
				() =>
					element.dataset.center !== before &&
					centredOn(element.dataset.center, next) &&
					placesOutside(element, next).length === 0,
				{ timeout: 5000 }
			)
			.toBe(true);
		// The highlights followed, and the reported centre is the one a fresh map of that step
		// settles on.
		expect(basemapOf(element).highlighted).toEqual(expectedHighlights(next));
		const fresh = await renderMap(to, false, beat);
		const distance = () => {
			const [a, b] = [
				parseCentre(element.dataset.center),
				parseCentre(fresh.element.dataset.center)
			];
			return Math.max(Math.abs(a.lat - b.lat), Math.abs(a.lon - b.lon));
		};
		await expect.poll(distance, { timeout: 5000 }).toBeLessThan(0.25);
		expect(element.dataset.zoom).toBe(fresh.element.dataset.zoom);
		for (const place of next.places) {
			expect(element.querySelector(`[data-place="${place.id}"]`), place.id).not.toBeNull();
		}
		expect(element.querySelector('[data-place="vladivostok"]')).toBeNull();
		expect(element.querySelector('[data-route="despliegue-tropas-2024"]')).not.toBeNull();
		expect(element.querySelector('[data-route="tren-kim-2019"]')).toBeNull();
	});
});

describe('the basemap in flight', () => {
	test('is scaled while the map flies and resized once it lands', async () => {
		// Resizing the SVG on every frame would make the browser lay out and repaint every
		// country, frame after frame, on a slow phone in the middle of the reader's scroll.
		const { screen, element } = await renderMap(indexOfStep('vladivostok-2019'));
		const svg = element.querySelector<SVGSVGElement>('svg.basemap')!;
		const before = { width: svg.style.width, zoom: element.dataset.zoom };
		await screen.rerender({ map: stateAt(indexOfStep('en-vigor-2024')).map });

		// Every frame sampled mid-flight (scaled) still has the width of the start.
		const widthsInFlight = new Set<string>();
		await expect
			.poll(
				() => {
					if (svg.style.transform.includes('scale(')) widthsInFlight.add(svg.style.width);
					return element.dataset.zoom !== before.zoom;
				},
				{ timeout: 5000, interval: 16 }
			)
			.toBe(true);
		expect(widthsInFlight.size, 'frames scaled by a transform').toBe(1);
		expect([...widthsInFlight]).toEqual([before.width]);
		// Landed: sized for the new zoom, no scale left over.
		expect(svg.style.width).not.toBe(before.width);
		expect(svg.style.transform).not.toContain('scale(');
	});
});

describe('one map for the whole story', () => {
	test('a new step moves the same Leaflet map instead of building another', async () => {
		// Re-creating the map on every step would drop the flight between steps, flash the static
		// map back in (ready goes false), unmount the «Explorar el mapa» button under the reader's
		// focus and redraw the whole basemap.
		const module = await import('$lib/map/leaflet-controller');
		const destroy = vi.spyOn(module.LeafletController.prototype, 'destroy');
		const show = vi.spyOn(module.LeafletController.prototype, 'show');
		const { screen, element } = await renderMap(indexOfStep('vladivostok-2019'));
		const leafletId = (element as HTMLElement & { _leaflet_id?: number })._leaflet_id;
		expect(leafletId).toBeDefined();

		await screen.rerender({ map: stateAt(indexOfStep('tropas-2024')).map });
		await expect.poll(() => show.mock.calls.length).toBe(1);
		await screen.rerender({ map: stateAt(indexOfStep('ratificacion-2024')).map });
		await expect.poll(() => show.mock.calls.length).toBe(2);

		expect(destroy).not.toHaveBeenCalled();
		expect((element as HTMLElement & { _leaflet_id?: number })._leaflet_id).toBe(leafletId);
		expect(show.mock.calls.map(([map]) => map)).toEqual([
			stateAt(indexOfStep('tropas-2024')).map,
			stateAt(indexOfStep('ratificacion-2024')).map
		]);
	});

	test('steps passed within one task move the map once, to the last of them', async () => {
		// A fast scroll crosses several steps before the map's own task runs: it flies to where the
		// reader is, not through every step on the way.
		const module = await import('$lib/map/leaflet-controller');
		const show = vi.spyOn(module.LeafletController.prototype, 'show');
		const { screen } = await renderMap(indexOfStep('vladivostok-2019'));
		show.mockClear();

		await screen.rerender({ map: stateAt(indexOfStep('tropas-2024')).map });
		await screen.rerender({ map: stateAt(indexOfStep('ratificacion-2024')).map });
		expect(show).not.toHaveBeenCalled();
		await expect.poll(() => show.mock.calls.length).toBe(1);
		await settled();

		expect(show.mock.calls.map(([map]) => map)).toEqual([
			stateAt(indexOfStep('ratificacion-2024')).map
		]);
	});
});

describe('label sizes', () => {
	/** Each label's kind and text, and where it stands (the classes placeLabels gives it). */
	const labelsOf = (element: HTMLElement) =>
		[...element.querySelectorAll<HTMLElement>('.map-label')].map((label) => ({
			key: `${label.classList.contains('place-label') ? 'place' : 'route'}:${label.textContent}`,
			placed: ['flip', 'below', 'crowded'].filter((name) => label.classList.contains(name))
		}));

	test('a label seen at an earlier step is not measured again, and stands where it stood', async () => {
		// Measuring a label forces the page's layout in the task that draws the step, just after
		// the step change has changed the cards and the timeline: once per label, not per step.
		const [first, second] = [indexOfStep('vladivostok-2019'), indexOfStep('tropas-2024')];
		const { screen, element } = await renderMap(first);
		const seenFirst = labelsOf(element);
		const measure = vi.spyOn(Element.prototype, 'getBoundingClientRect');
		const measuredLabels = () =>
			measure.mock.contexts
				.filter((node) => (node as Element).classList.contains('map-label-inner'))
				.map((node) => (node as Element).parentElement!);
		const landOn = async (index: number) => {
			await screen.rerender({ map: stateAt(index).map });
			await expect
				.poll(() => centredOn(element.dataset.center, stateAt(index).map), { timeout: 5000 })
				.toBe(true);
			await settled();
		};

		await landOn(second);
		const known = new Set(seenFirst.map((label) => label.key));
		const fresh = labelsOf(element).filter((label) => !known.has(label.key));
		expect(fresh.length, 'the second step has labels of its own').toBeGreaterThan(0);
		expect(measuredLabels().length).toBe(fresh.length);

		measure.mockClear();
		await landOn(first);
		expect(measuredLabels()).toEqual([]);
		expect(labelsOf(element)).toEqual(seenFirst);
	});
});

describe('interaction', () => {
	test('zoom control and dragging only while interactive', async () => {
		const { screen, element } = await renderMap(0, false);
		expect(element.querySelector('.leaflet-control-zoom')).toBeNull();
		expect(element.classList.contains('leaflet-grab')).toBe(false);

		await screen.rerender({ interactive: true });
		await expect.poll(() => element.querySelector('.leaflet-control-zoom')).not.toBeNull();
		expect(element.classList.contains('leaflet-grab')).toBe(true);

		await screen.rerender({ interactive: false });
		await expect.poll(() => element.querySelector('.leaflet-control-zoom')).toBeNull();
		expect(element.classList.contains('leaflet-grab')).toBe(false);
	});

	test("explorers are kept inside the basemap; the story's own views are not pushed", async () => {
		const module = await import('$lib/map/leaflet-controller');
		const setInteractive = vi.spyOn(module.LeafletController.prototype, 'setInteractive');
		const { screen } = await renderMap(0, false);
		await expect.poll(() => setInteractive.mock.contexts.length).toBeGreaterThan(0);
		const controller = setInteractive.mock.contexts[0] as InstanceType<
			typeof module.LeafletController
		>;
		expect(controller.map.options.maxBounds ?? null).toBeNull();

		await screen.rerender({ interactive: true });
		await expect
			.poll(() => (controller.map.options.maxBounds as L.LatLngBounds | null)?.isValid())
			.toBe(true);

		await screen.rerender({ interactive: false });
		await expect.poll(() => controller.map.options.maxBounds ?? null).toBeNull();
	});

	// The app's Leaflet is the part it uses ($lib/map/leaflet-core.js): each handler is there only
	// if that module loads it, and a missing one would silently leave its way of exploring out.
	test.each(INTERACTIONS)(
		'exploring turns on %s, and turning it off turns it off',
		async (name) => {
			const module = await import('$lib/map/leaflet-controller');
			const setInteractive = vi.spyOn(module.LeafletController.prototype, 'setInteractive');
			const { screen } = await renderMap(0, false);
			await expect.poll(() => setInteractive.mock.contexts.length).toBeGreaterThan(0);
			const { map } = setInteractive.mock.contexts[0] as InstanceType<
				typeof module.LeafletController
			>;
			expect(map[name], `Leaflet's ${name} handler`).toBeDefined();
			expect(map[name].enabled()).toBe(false);

			await screen.rerender({ interactive: true });
			await expect.poll(() => map[name].enabled()).toBe(true);
			await screen.rerender({ interactive: false });
			await expect.poll(() => map[name].enabled()).toBe(false);
		}
	);

	test('starting interactive shows the zoom control at once', async () => {
		const { element } = await renderMap(0, true);
		await expect.poll(() => element.querySelector('.leaflet-control-zoom')).not.toBeNull();
	});
});

describe('cleanup', () => {
	test('unmounting removes the map and its panes', async () => {
		const { screen, target, element } = await renderMap(0);
		expect(element.querySelector('.leaflet-pane')).not.toBeNull();
		await screen.unmount();
		expect(target.querySelector('.leaflet-container')).toBeNull();
		expect(target.querySelector('.leaflet-pane')).toBeNull();
		// Leaflet's remove() ran on the element itself, not just its removal from the page: it
		// takes out the panes and controls and forgets the element (it keeps the classes).
		expect(element.querySelector('.leaflet-pane')).toBeNull();
		expect(element.querySelector('.leaflet-control-container')).toBeNull();
		expect((element as HTMLElement & { _leaflet_id?: number })._leaflet_id).toBeUndefined();
		expect(document.querySelector('.leaflet-container')).toBeNull();
	});

	test('a later flyTo after unmount does not throw', async () => {
		// Unmounting mid-flight (between steps) must not leave an animation touching a removed map.
		const errors: unknown[] = [];
		const onError = (event: ErrorEvent) => errors.push(event.error);
		window.addEventListener('error', onError);
		const { screen } = await renderMap(0);
		await screen.rerender({ map: stateAt(stepCount - 1).map });
		await screen.unmount();
		// Frames past the end of the flight the rerender would have started (1.1 s).
		const start = performance.now();
		while (performance.now() - start < 1400) await nextFrame();
		window.removeEventListener('error', onError);
		expect(errors).toEqual([]);
	});

	test('unmount spies: the controller is destroyed exactly once', async () => {
		const module = await import('$lib/map/leaflet-controller');
		const destroy = vi.spyOn(module.LeafletController.prototype, 'destroy');
		const { screen } = await renderMap(0);
		await screen.unmount();
		expect(destroy).toHaveBeenCalledTimes(1);
	});
});

// Last in the file: a device found to lag stays so for the page's life ($lib/theme/motion).
describe('a motion found to lag', () => {
	const lagging = Array.from({ length: 18 }, () => 33.3);
	const smooth = Array.from({ length: 36 }, () => 16.7);

	/** Flies the map to `step`, judges the flight lagging half-way, and checks that it landed. */
	async function flyLagging(
		screen: Awaited<ReturnType<typeof renderMap>>['screen'],
		element: HTMLElement,
		step: string
	) {
		const svg = element.querySelector<SVGSVGElement>('svg.basemap')!;
		const next = stateAt(indexOfStep(step)).map;
		await screen.rerender({ map: next });
		// In flight (1.1 s): the basemap is scaled, and the view is not the step's yet.
		await expect.poll(() => svg.style.transform.includes('scale('), { interval: 16 }).toBe(true);
		expect(centredOn(element.dataset.center, next)).toBe(false);
		const reduced = judgeMotion(lagging);
		await settled();
		expect(centredOn(element.dataset.center, next), `landed on ${step}`).toBe(true);
		expect(svg.style.transform).not.toContain('scale(');
		expect(placesOutside(element, next)).toEqual([]);
		return reduced;
	}

	test('the flight lands at once where it was headed, the first of two in a row too', async () => {
		const { screen, element } = await renderMap(indexOfStep('vladivostok-2019'));
		judgeMotion(smooth);
		expect(await flyLagging(screen, element, 'en-vigor-2024'), 'the first lag stops nothing').toBe(
			false
		);
		expect(await flyLagging(screen, element, 'tren-2023'), 'the second stops motion').toBe(true);
	});
});
