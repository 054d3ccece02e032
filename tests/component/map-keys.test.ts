// The map's places and routes for the keyboard, in a real browser: one tab stop, the arrows, Home
// and End between the items, each named with its role in the story and its distances (Spanish
// number format), the item in hand highlighted on the static map before Leaflet and on Leaflet
// after, and the focus kept across a beat that changes the list.
import { afterEach, describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import basemap from 'virtual:basemap';
import '../../src/app.css';
import MapKeys from '$lib/map/MapKeys.svelte';
import MapView from '$lib/map/MapView.svelte';
import { staticMapSvg } from '$lib/map/static-svg';
import { indexOfStep, stateAt } from '$lib/story/state';

/** The last step's second beat: five places and three routes. */
const summary = stateAt(indexOfStep('en-vigor-2024'), 1);

function host(): HTMLElement {
	const div = document.createElement('div');
	div.style.cssText = 'position: relative; width: 600px; height: 400px;';
	document.body.append(div);
	return div;
}
function before(): HTMLButtonElement {
	const button = document.createElement('button');
	button.textContent = 'antes';
	document.body.prepend(button);
	return button;
}
const focusedItem = () => (document.activeElement as HTMLElement | null)?.dataset?.mapItem;
const expectedKeys = (map = summary.map) => [
	...map.places.map((place) => `place:${place.id}`),
	...map.routes.map((route) => `route:${route.id}`)
];
const tabStops = (root: ParentNode) =>
	[...root.querySelectorAll<HTMLElement>('[data-map-item][tabindex="0"]')].map(
		(item) => item.dataset.mapItem
	);

afterEach(() => {
	(document.activeElement as HTMLElement | null)?.blur?.();
	document.body.replaceChildren();
});

describe('the list', () => {
	test('one tab stop; arrows, Home and End walk every place, then every route', async () => {
		const start = before();
		const target = host();
		await render(MapKeys, { target, props: { map: summary.map } });
		const keys = expectedKeys();
		expect(keys.length).toBeGreaterThan(5);
		expect(tabStops(target)).toEqual([keys[0]]);

		start.focus();
		await userEvent.tab();
		expect(focusedItem()).toBe(keys[0]);
		const listbox = target.querySelector('[role="listbox"]')!;
		// In sight once it has the focus.
		expect(listbox.getBoundingClientRect().width).toBeGreaterThan(100);
		await userEvent.keyboard('{ArrowDown}');
		expect(focusedItem()).toBe(keys[1]);
		await userEvent.keyboard('{ArrowRight}{ArrowUp}');
		expect(focusedItem()).toBe(keys[1]);
		await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
		expect(focusedItem()).toBe(keys[0]);
		await userEvent.keyboard('{End}');
		expect(focusedItem()).toBe(keys.at(-1));
		expect(tabStops(target)).toEqual([keys.at(-1)]);
		expect(
			target.querySelector(`[data-map-item="${keys.at(-1)}"]`)!.getAttribute('aria-selected')
		).toBe('true');
		await userEvent.keyboard('{Home}');
		expect(focusedItem()).toBe(keys[0]);
		// One more Tab leaves the list; it hides again.
		await userEvent.tab();
		expect(target.contains(document.activeElement)).toBe(false);
		expect(listbox.getBoundingClientRect().width).toBeLessThanOrEqual(1);
	});

	test('each item says what it is, its role in the story and its distances', async () => {
		const target = host();
		await render(MapKeys, { target, props: { map: summary.map } });
		const item = (key: string) => target.querySelector<HTMLElement>(`[data-map-item="${key}"]`)!;
		const pyongyang = summary.map.places.find((place) => place.id === 'pyongyang')!;
		await expect
			.element(item('place:pyongyang'))
			.toHaveAccessibleName(new RegExp(`^Pionyang\\. ${escape(pyongyang.role)} Trayectos: .+`));
		// Every route through Pionyang, with its length in the Spanish format (thousands dot).
		const name = item('place:pyongyang').getAttribute('aria-label')!;
		for (const route of summary.map.routes.filter((r) => r.via.includes('pyongyang'))) {
			expect(name).toContain(route.name);
		}
		expect(name).toMatch(/\d\.\d{3} km en línea recta/);
		await expect
			.element(item('route:moscu-pionyang'))
			.toHaveAccessibleName(
				/^Moscú–Pionyang: la ratificación del tratado \(2024\)\. De Moscú a Pionyang: 6\.\d{3} km en línea recta\.$/
			);
		await expect
			.element(item('route:tren-kim-2023'))
			.toHaveAccessibleName(/De Pionyang a Vostochni, por Jasán: \d\.\d{3} km en línea recta\.$/);
		expect(target.querySelector('[role="listbox"]')).toHaveAttribute(
			'aria-label',
			'Lugares y trayectos del mapa'
		);
	});

	test('the panel draws the item in hand, and no hidden item has text to lay out', async () => {
		const target = host();
		await render(MapKeys, { target, props: { map: summary.map } });
		const items = [...target.querySelectorAll<HTMLElement>('[data-map-item]')];
		/** Text of the item that has a layout box: hidden text that has one is laid out each beat. */
		const laidOut = (item: HTMLElement) =>
			[...item.children].filter((child) => child.getClientRects().length > 0).length;
		expect(items.map(laidOut)).toEqual(items.map(() => 0));
		const pyongyang = summary.map.places.find((place) => place.id === 'pyongyang')!;
		const item = target.querySelector<HTMLElement>('[data-map-item="place:pyongyang"]')!;
		item.focus();
		await expect.element(item).toBeVisible();
		await expect.element(item).toHaveTextContent(pyongyang.name);
		await expect.element(item).toHaveTextContent(pyongyang.role);
		expect(laidOut(item)).toBe(2);
		expect(item.getBoundingClientRect().width).toBeGreaterThan(100);
		const others = items.filter((other) => other !== item);
		expect(others.map(laidOut)).toEqual(others.map(() => 0));
		// None again once the focus leaves.
		item.blur();
		await expect.poll(() => laidOut(item)).toBe(0);
	});

	test('a beat that drops the item in focus moves the focus to the item at its place', async () => {
		const target = host();
		const screen = await render(MapKeys, { target, props: { map: summary.map } });
		const keys = expectedKeys();
		const last = target.querySelector<HTMLElement>(`[data-map-item="${keys.at(-1)}"]`)!;
		last.focus();
		// The next beat: the troops' route alone (Pionyang and Kursk, one route).
		const next = stateAt(indexOfStep('en-vigor-2024'), 2).map;
		await screen.rerender({ map: next });
		const nextKeys = expectedKeys(next);
		await expect.poll(focusedItem).toBe(nextKeys.at(-1));
		expect(tabStops(target)).toEqual([nextKeys.at(-1)]);
		// Kept where it still is: back to the summary, the troops' route stays in focus.
		await screen.rerender({ map: summary.map });
		await expect.poll(() => tabStops(target)).toEqual([nextKeys.at(-1)]);
		expect(focusedItem()).toBe(nextKeys.at(-1));
	});
});

describe('the highlight on the map', () => {
	const props = {
		map: summary.map,
		stepNumber: summary.step.number,
		description: summary.description,
		stepDescription: summary.step.description
	};

	test('before Leaflet: the static map draws the item in hand in the focus colour', async () => {
		const target = host();
		const staticSvg = staticMapSvg(summary.map, summary.description, basemap, { as: 'inline' });
		await render(MapView, { target, props: { ...props, staticSvg, interactive: false } });
		// A group until Leaflet makes it a landmark (region), named for the beat either way.
		const box = target.querySelector('.map-view')!;
		expect(box.getAttribute('role')).toBe('group');
		expect(box.getAttribute('aria-label')).toBe(`Mapa: ${summary.description}`);
		expect(box.querySelector('[role="listbox"]')).not.toBeNull();
		const start = before();
		start.focus();
		await userEvent.tab();
		const first = summary.map.places[0]!.id;
		const place = target.querySelector(`[data-static-place="${first}"]`)!;
		await expect.poll(() => place.classList.contains('focused')).toBe(true);
		const ring = getComputedStyle(place.querySelector('circle')!).stroke;
		await userEvent.keyboard('{End}');
		const route = target.querySelector(`[data-static-route="${summary.map.routes.at(-1)!.id}"]`)!;
		await expect.poll(() => route.classList.contains('focused')).toBe(true);
		expect(place.classList.contains('focused')).toBe(false);
		expect(getComputedStyle(route).filter).toContain('drop-shadow');
		expect(ring).not.toBe(getComputedStyle(place.querySelector('circle')!).stroke);
		await userEvent.tab();
		await expect.poll(() => target.querySelectorAll('.focused').length).toBe(0);
	});

	test('on Leaflet: the marker or the line (and its label) of the item in hand', async () => {
		const target = host();
		// Inline, as the page's first map: an <img> of /mapas/paso-N.svg would ask the test server.
		const staticSvg = staticMapSvg(summary.map, summary.description, basemap, { as: 'inline' });
		await render(MapView, { target, props: { ...props, staticSvg } });
		// Leaflet loads on the reader's first key.
		const start = before();
		start.focus();
		await userEvent.tab();
		// Leaflet reports its view (data-center) while it sets up, before the step is drawn on
		// it: the box turning into a region is what says the map is up.
		const box = target.querySelector<HTMLElement>('.map-view')!;
		await expect.poll(() => box.getAttribute('role'), { timeout: 5000 }).toBe('region');
		const leaflet = target.querySelector<HTMLElement>('[data-map]')!;
		expect(leaflet.dataset.center).toBeDefined();
		// The region is MapView's, holding Leaflet and the list; Leaflet is no region of its own.
		expect(leaflet.getAttribute('role')).toBeNull();
		expect(box.querySelector('[role="listbox"]')).not.toBeNull();

		await userEvent.keyboard('{ArrowDown}');
		const second = summary.map.places[1]!.id;
		const marker = leaflet.querySelector(`[data-place="${second}"]`)!;
		await expect.poll(() => marker.classList.contains('focused')).toBe(true);
		expect(getComputedStyle(marker.querySelector('.dot')!).boxShadow).not.toBe('none');
		await userEvent.keyboard('{End}');
		const routeId = summary.map.routes.at(-1)!.id;
		const line = leaflet.querySelector(`path[data-route="${routeId}"]`)!;
		await expect.poll(() => line.classList.contains('focused')).toBe(true);
		expect(marker.classList.contains('focused')).toBe(false);
		expect(leaflet.querySelector('.route-label.focused')).not.toBeNull();
		// «Explorar el mapa» after the list: the list's arrows never pan the map.
		const center = leaflet.dataset.center;
		await userEvent.keyboard('{ArrowUp}');
		expect(leaflet.dataset.center).toBe(center);
		await userEvent.tab();
		expect(document.activeElement?.textContent?.trim()).toBe('Explorar el mapa');
		await expect.poll(() => leaflet.querySelectorAll('.focused').length).toBe(0);
	});
});

function escape(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
