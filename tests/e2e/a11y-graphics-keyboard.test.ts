// The graphic walked with a keyboard, as a screen reader user walks it: the map's places and
// routes as a list (one tab stop, the arrows, Home and End; each named with its role and its
// distances, the one in hand highlighted on Leaflet), then «Explorar el mapa», then the timeline
// (one tab stop, the arrows, Home/End and PageUp/PageDown by month; each mark named with its date,
// title and status; Enter and Escape for its card), and the focus kept when the beat changes under
// it. Only page.keyboard moves the focus; the checks read document.activeElement, accessible names
// and the accessibility tree.
import AxeBuilder from '@axe-core/playwright';
import type { Frame, Page } from '@playwright/test';
import {
	beats,
	dayOf,
	eventById,
	events,
	expect,
	placeById,
	routeById,
	dateText,
	statusLines,
	test,
	waitForLeaflet,
	waitForTimelineToSettle,
	type StoryBeat
} from './helpers';
import { AXE_TAGS, scrollToStep } from './hardening-shared';

/** What has the focus: a map item's key, a mark's event id, or a short tag. */
const focused = (root: Page | Frame) =>
	root.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element || element === document.body) return 'body';
		return (
			element.dataset.mapItem ??
			(element.dataset.event ? `mark:${element.dataset.event}` : undefined) ??
			`${element.tagName.toLowerCase()}:${(element.textContent ?? '').trim().slice(0, 30)}`
		);
	});

/** Presses Tab until `want` has the focus (or a limit): the keyboard's way in. */
async function tabTo(root: Page, frame: Page | Frame, want: (key: string) => boolean, max = 60) {
	for (let press = 0; press < max; press++) {
		await root.keyboard.press('Tab');
		if (want(await focused(frame))) return;
	}
	throw new Error(`Tab did not reach it in ${max} presses (last: ${await focused(frame)})`);
}

/** The map's items at a beat, in the list's order: its places (with its routes' stops), then its routes. */
function mapItems(beat: StoryBeat): string[] {
	const places = new Set(beat.map.places);
	for (const id of beat.map.routes) for (const stop of routeById.get(id)!.via) places.add(stop);
	return [...[...places].map((id) => `place:${id}`), ...beat.map.routes.map((id) => `route:${id}`)];
}

/** The marks in view at a beat, in chronological order (its period holds them). */
function marksInView(beat: StoryBeat): string[] {
	return [...events]
		.filter((e) => dayOf(e.date) >= beat.period.start && dayOf(e.date) <= beat.period.end)
		.sort((a, b) => dayOf(a.date).localeCompare(dayOf(b.date)))
		.map((e) => e.id);
}

const markName = (id: string) => {
	const event = eventById.get(id)!;
	return `${dateText(event.date)}: ${event.title}. ${statusLines(event).join('. ')}`;
};

test.describe('the graphic with a keyboard', () => {
	test('the stepper at the last step’s summary: the map list, the toggle, the timeline', async ({
		page
	}) => {
		const beat = beats.find((b) => b.hash === '#paso-8.2')!;
		await page.goto('/embed/historia?paso=8.2');
		await waitForLeaflet(page);
		await waitForTimelineToSettle(page);
		const graphic = page.locator('[data-graphic]');
		await expect(graphic).toHaveAttribute('data-current-beat', beat.key);

		// The map: Tab enters the list at its first item; the arrows walk the rest.
		const items = mapItems(beat);
		expect(items.length).toBeGreaterThan(6);
		await tabTo(page, page, (key) => key.startsWith('place:') || key.startsWith('route:'));
		expect(await focused(page)).toBe(items[0]);
		const inHand = page.locator(':focus');
		await expect(inHand).toHaveAccessibleName(
			new RegExp(
				`^${placeById.get('pyongyang')!.name}\\. .+ Trayectos: .+ \\d\\.\\d{3} km en línea recta`
			)
		);
		const listbox = page.getByRole('listbox', { name: 'Lugares y trayectos del mapa' });
		await expect(listbox).toBeVisible();
		await expect(listbox).toBeInViewport();
		// Inside the map region.
		await expect(page.getByRole('region', { name: /^Mapa: / }).getByRole('listbox')).toHaveCount(1);
		const leaflet = page.locator('[data-map]');
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe(items[1]);
		await expect(leaflet.locator(`[data-place="${items[1]!.slice(6)}"]`)).toHaveClass(/focused/);
		await page.keyboard.press('End');
		const lastRoute = items.at(-1)!.slice(6);
		expect(await focused(page)).toBe(items.at(-1));
		await expect(leaflet.locator(`path[data-route="${lastRoute}"]`)).toHaveClass(/focused/);
		await expect(inHand).toHaveAccessibleName(
			/^Moscú–Pionyang: la ratificación del tratado \(2024\)\. De Moscú a Pionyang: 6\.\d{3} km en línea recta\.$/
		);
		await expect(leaflet.locator('.focused:not(.route-label)')).toHaveCount(1);
		// The arrows are the list's: the stepper stays at its beat.
		await page.keyboard.press('Home');
		expect(await focused(page)).toBe(items[0]);
		await expect(graphic).toHaveAttribute('data-current-beat', beat.key);
		// axe finds nothing in the graphic with the list open.
		const axe = await new AxeBuilder({ page })
			.withTags(AXE_TAGS)
			.include('[data-graphic]')
			.analyze();
		expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual(
			[]
		);
		// What a screen reader gets: a listbox of options, the one in hand selected.
		const tree = await listbox.ariaSnapshot();
		expect(tree).toContain('- listbox "Lugares y trayectos del mapa"');
		expect(tree.match(/option "/g)).toHaveLength(items.length);
		expect(tree).toMatch(/option "Pionyang\. [^"]+" \[selected\]/);

		// «Explorar el mapa» next, and it still toggles from the keyboard.
		await page.keyboard.press('Tab');
		const explore = page.getByRole('button', { name: 'Explorar el mapa' });
		await expect(explore).toBeFocused();
		// Out of sight again (still in the tree for a screen reader's browse mode).
		expect((await listbox.boundingBox())?.width).toBeLessThanOrEqual(1);
		await expect(leaflet.locator('.focused')).toHaveCount(0);
		await page.keyboard.press('Enter');
		await expect(explore).toHaveAttribute('aria-pressed', 'true');
		await page.keyboard.press('Enter');
		await expect(explore).toHaveAttribute('aria-pressed', 'false');

		// The timeline: one Tab lands on the beat's first highlighted event.
		const marks = marksInView(beat);
		const firstActive = marks.find((id) => beat.events.includes(id))!;
		await page.keyboard.press('Tab');
		expect(await focused(page)).toBe(`mark:${firstActive}`);
		const mark = page.locator(':focus');
		await expect(mark).toHaveAccessibleName(markName(firstActive));
		await expect(mark).toHaveAccessibleName(/\. (Confirmado|Informado|Atribuido) /);
		await page.keyboard.press('ArrowRight');
		const i = marks.indexOf(firstActive);
		expect(await focused(page)).toBe(`mark:${marks[i + 1]}`);
		await expect(page.locator(':focus')).toHaveAccessibleName(markName(marks[i + 1]!));
		await page.keyboard.press('ArrowLeft');
		expect(await focused(page)).toBe(`mark:${firstActive}`);
		await page.keyboard.press('Home');
		expect(await focused(page)).toBe(`mark:${marks[0]}`);
		await page.keyboard.press('End');
		expect(await focused(page)).toBe(`mark:${marks.at(-1)}`);
		await page.keyboard.press('ArrowDown');
		expect(await focused(page)).toBe(`mark:${marks.at(-1)}`);
		// PageUp: to the latest mark at least a month earlier.
		await page.keyboard.press('PageUp');
		const last = dayOf(eventById.get(marks.at(-1)!)!.date);
		const monthEarlier = new Date(`${last}T00:00:00Z`);
		monthEarlier.setUTCMonth(monthEarlier.getUTCMonth() - 1);
		const expected = [...marks]
			.reverse()
			.find((id) => dayOf(eventById.get(id)!.date) <= monthEarlier.toISOString().slice(0, 10))!;
		expect(await focused(page)).toBe(`mark:${expected}`);
		await expect(graphic).toHaveAttribute('data-current-beat', beat.key);
		// One tab stop in the tree too: every mark in view is a button with its name.
		const strip = page.getByRole('group', { name: 'Cronología' });
		const stripTree = await strip.ariaSnapshot();
		expect(stripTree.match(/button "/g)).toHaveLength(marks.length);
		expect(stripTree).toContain(`button ${JSON.stringify(markName(expected))}`);
		await expect(page.locator('[data-timeline] [data-event][tabindex="0"]')).toHaveCount(1);
		await expect(page.locator(`[data-event="${expected}"]`)).toHaveAttribute('tabindex', '0');

		// Enter opens its card, Escape closes it, the focus stays on the mark.
		const card = page.locator(`[data-event-card="${expected}"]`);
		await page.keyboard.press('Escape');
		await page.keyboard.press('Enter');
		await expect(card).toBeVisible();
		await expect(page.locator(':focus')).toHaveAttribute('aria-expanded', 'true');
		await page.keyboard.press('Escape');
		await expect(card).toHaveCount(0);
		expect(await focused(page)).toBe(`mark:${expected}`);

		// Tab leaves the strip; Shift+Tab comes back to the same mark.
		await page.keyboard.press('Tab');
		expect(await focused(page)).not.toMatch(/^mark:/);
		await page.keyboard.press('Shift+Tab');
		expect(await focused(page)).toBe(`mark:${expected}`);
	});

	test('the scroll story: the focus stays on a mark a beat keeps, and moves to the nearest one a beat drops', async ({
		page
	}) => {
		await page.goto('/');
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		const first = beats[0]!;
		// From the map's toggle (the control before the strip): Tab, then the arrows.
		await tabTo(page, page, (key) => key.startsWith('button:Explorar'), 80);
		await page.keyboard.press('Tab');
		const marks = marksInView(first);
		expect(await focused(page)).toBe(`mark:${first.events[0]}`);
		await page.keyboard.press('End');
		const kept = marks.at(-1)!;
		expect(await focused(page)).toBe(`mark:${kept}`);
		await page.keyboard.press('Escape');

		// The reader scrolls on (the wheel, not a key) with the focus still in the strip.
		const last = beats.find((b) => b.hash === '#paso-8')!;
		await scrollToStep(page, 8);
		await waitForTimelineToSettle(page);
		// 2019 to 2025: the mark is still in view, and still has the focus.
		expect(marksInView(last)).toContain(kept);
		expect(await focused(page)).toBe(`mark:${kept}`);

		// A month of 2023: the mark leaves; the focus goes to the nearest mark in view.
		const train = beats.find((b) => b.hash === '#paso-3')!;
		await scrollToStep(page, 3);
		await waitForTimelineToSettle(page);
		const nearest = marksInView(train)[0]!;
		expect(await focused(page)).toBe(`mark:${nearest}`);
		await expect(page.locator(':focus')).toHaveAccessibleName(markName(nearest));
		await expect(page.locator(':focus')).toBeVisible();
		// And the arrows go on from there.
		await page.keyboard.press('ArrowRight');
		expect(await focused(page)).toBe(`mark:${marksInView(train)[1]}`);
	});
});
