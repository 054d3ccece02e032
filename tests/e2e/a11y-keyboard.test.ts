// A reader with a keyboard and nothing else: reads the whole story with Page Down, Tabs through
// every control of the page with a visible focus indicator at every stop, opens a timeline detail
// card, switches the map's explore mode on and off, runs the embedded stepper and the classroom
// presentation. Only page.keyboard is used: no clicks, no focus() calls.
import type { Page } from '@playwright/test';
import {
	beats,
	eventById,
	expect,
	steps,
	test,
	waitForLeaflet,
	waitForTimelineToSettle,
	waitForScrollToSettle
} from './helpers';
import { expectVisibleFocus, focusReport, openPresentation } from './hardening-shared';

/** The step cards (1-based numbers) at least partly inside the viewport. */
const cardsOnScreen = (page: Page) =>
	page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('.scrolly [data-step]')].flatMap((card, i) => {
			const box = card.getBoundingClientRect();
			return box.bottom > 0 && box.top < innerHeight ? [i + 1] : [];
		})
	);

const focusedKey = (page: Page) =>
	page.evaluate(() => {
		const element = document.activeElement;
		if (!element || element === document.body) return 'body';
		const all = [...document.querySelectorAll('*')];
		return `${element.tagName}#${all.indexOf(element)}`;
	});

interface Walk {
	/** Every element Tab stopped on, in order. */
	stops: string[];
	/** Where focus fell to <body> in the middle of the page (the next Tab went on, not back to the top). */
	drops: string[];
}

/**
 * Presses Tab until focus comes back to the first stop (or a limit), checking at every stop that
 * the focused element shows a focus indicator and comes to rest on screen; `visit` may act at a stop. Focus
 * on <body> is the end of the page only when the next Tab wraps to the start: otherwise the page
 * dropped the focus (an element removed while it had it) and that is reported.
 */
async function tabWalk(
	page: Page,
	visit: (stop: string) => Promise<void> = async () => {},
	{ max = 300, stopWhen }: { max?: number; stopWhen?: () => Promise<boolean> } = {}
): Promise<Walk> {
	const walk: Walk = { stops: [], drops: [] };
	let first: string | undefined;
	for (let press = 0; press < max; press++) {
		await page.keyboard.press('Tab');
		let key = await focusedKey(page);
		if (key === 'body') {
			await page.keyboard.press('Tab');
			key = await focusedKey(page);
			if (key === 'body' || key === first || first === undefined) break;
			walk.drops.push(`after «${walk.stops.at(-1)}»`);
		}
		if (key === first) break;
		first ??= key;
		const report = await focusReport(page);
		walk.stops.push(report.what);
		expect
			.soft(report.visible, `Tab stop ${walk.stops.length}: ${report.what} shows a focus indicator`)
			.toBe(true);
		// Sections laid out late may move the control for a frame or two; a person sees where it
		// comes to rest.
		await expect
			.configure({ soft: true })
			.poll(async () => (await focusReport(page)).inViewport, {
				message: `Tab stop ${walk.stops.length}: ${report.what} is on screen`,
				timeout: 2_000
			})
			.toBe(true);
		await visit(report.what);
		if (stopWhen && (await stopWhen())) break;
	}
	return walk;
}

test.describe('keyboard only', () => {
	test('reads the whole story with Page Down: every step becomes current, in order', async ({
		page,
		expectCleanPage
	}) => {
		test.setTimeout(90_000);
		await page.goto('/');
		await waitForLeaflet(page);
		const graphic = page.locator('[data-graphic]');
		const current: string[] = [];
		const seen = new Set<number>();
		for (let press = 0; press < 200; press++) {
			await page.keyboard.press('PageDown');
			await waitForScrollToSettle(page);
			for (const number of await cardsOnScreen(page)) seen.add(number);
			const step = await graphic.getAttribute('data-current-step');
			if (step && current.at(-1) !== step) current.push(step);
			const atEnd = await page.evaluate(
				() => scrollY + innerHeight >= document.documentElement.scrollHeight - 2
			);
			if (atEnd) break;
		}
		// Every step's card was on screen, and every step became current, in the story's order.
		expect([...seen].sort((a, b) => a - b)).toEqual(steps.map((_, i) => i + 1));
		expect(current).toEqual(steps.map((step) => step.id));
		await expectCleanPage();
	});

	test('Tab reaches every control of the story with a visible focus; Enter opens a detail card; the map toggle works', async ({
		page,
		expectCleanPage
	}) => {
		test.setTimeout(120_000);
		await page.goto('/');
		await waitForLeaflet(page);
		const explore = page.locator('[data-graphic] button[aria-pressed]');
		await expect(explore).toHaveAccessibleName('Explorar el mapa');

		let toggled = false;
		let cardOpened = false;
		const walk = await tabWalk(page, async () => {
			if (!toggled && (await explore.evaluate((button) => button === document.activeElement))) {
				toggled = true;
				// On with Enter, off with Space: the map takes the reader's keys while exploring.
				await page.keyboard.press('Enter');
				await expect(explore).toHaveAttribute('aria-pressed', 'true');
				await expect(explore).toHaveAccessibleName('Dejar de explorar el mapa');
				await expectVisibleFocus(page, 'explore toggle, on');
				await page.keyboard.press('Space');
				await expect(explore).toHaveAttribute('aria-pressed', 'false');
				await expectVisibleFocus(page, 'explore toggle, off');
			}
			const mark = await page.evaluate(() =>
				document.activeElement?.closest('[data-timeline] [data-event]')?.getAttribute('data-event')
			);
			if (mark && !cardOpened) {
				cardOpened = true;
				const event = eventById.get(mark)!;
				const card = page.locator(`[data-event-card="${mark}"]`);
				// Focus may show the card; Escape puts it away and Enter pins it.
				await page.keyboard.press('Escape');
				await expect(page.locator('[data-event-card]')).toHaveCount(0);
				await page.keyboard.press('Enter');
				await expect(card).toBeVisible();
				await expect(card).toContainText(event.title);
				await expect(card).toBeInViewport();
				await expectVisibleFocus(page, 'mark with its card open');
				await page.keyboard.press('Escape');
				await expect(page.locator('[data-event-card]')).toHaveCount(0);
			}
		});
		const stops = walk.stops;
		expect.soft(walk.drops, 'places where Tab dropped the focus to <body>').toEqual([]);
		expect(toggled, 'Tab reached the «Explorar el mapa» toggle').toBe(true);
		expect(cardOpened, 'Tab reached a timeline mark').toBe(true);
		// The page's own navigation, the marks, the step cards' links and the embed's copy buttons.
		expect(stops.length).toBeGreaterThan(10);
		expect(stops.some((stop) => /Copiar/.test(stop))).toBe(true);

		// Shift+Tab walks back with a visible focus too.
		for (let press = 0; press < 5; press++) {
			await page.keyboard.press('Shift+Tab');
			if ((await focusedKey(page)) === 'body') continue;
			await expectVisibleFocus(page, `Shift+Tab ${press + 1}`);
		}
		await expectCleanPage();
	});

	test('runs the /embed/historia stepper with Tab, Enter and the arrow keys', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/embed/historia');
		await waitForLeaflet(page);
		const graphic = page.locator('[data-graphic]');
		const next = page.getByRole('button', { name: /Siguiente/ });
		const previous = page.getByRole('button', { name: /Anterior/ });

		// Tab to «Siguiente», checking every stop on the way.
		const walk = await tabWalk(page, undefined, {
			max: 80,
			stopWhen: () => next.evaluate((button) => button === document.activeElement)
		});
		expect.soft(walk.drops, 'places where Tab dropped the focus to <body>').toEqual([]);
		await expect(next).toBeFocused();
		for (let i = 1; i < beats.length; i++) {
			await page.keyboard.press('Enter');
			await expect(graphic).toHaveAttribute('data-current-beat', beats[i]!.key);
			await expect(page.locator('[data-step]')).toContainText(beats[i]!.step.title);
			if (i < beats.length - 1) await expectVisibleFocus(page, `«Siguiente» at ${beats[i]!.hash}`);
		}
		await expect(next).toHaveAttribute('aria-disabled', 'true');
		// At the last step «Siguiente» is disabled: the keyboard must not be left on nothing.
		const atEnd = await focusReport(page);
		expect.soft(atEnd.what, 'focus after the last «Siguiente»').not.toBe('body');

		// The arrow keys move too, wherever the focus is.
		await page.keyboard.press('ArrowLeft');
		await expect(graphic).toHaveAttribute('data-current-beat', beats.at(-2)!.key);
		await page.keyboard.press('ArrowRight');
		await expect(graphic).toHaveAttribute('data-current-beat', beats.at(-1)!.key);
		await expect(previous).toHaveAttribute('aria-disabled', 'false');
		await expectCleanPage();
	});

	test('runs the presentation: keys move the slides; Tab reaches the bar with a visible focus', async ({
		page,
		expectCleanPage
	}) => {
		await openPresentation(page);
		const slides = page.locator('[data-position]');
		for (const [i, beat] of beats.entries()) {
			await page.keyboard.press(i % 2 ? 'PageDown' : 'ArrowRight');
			await expect(slides).toHaveAttribute('data-position', String(beat.stepNumber));
			await expect(page.locator('[data-step][data-active="true"]')).toHaveAttribute(
				'data-step',
				beat.step.id
			);
			await expect(page.locator('.slide [data-beat][data-active="true"]')).toHaveAttribute(
				'data-beat',
				beat.key
			);
		}
		await page.keyboard.press('Home');
		await expect(slides).toHaveAttribute('data-position', '1');
		// A mark that the moving period carries out of view is hidden, focused or not: start once
		// the timeline has arrived.
		await waitForTimelineToSettle(page);

		// Tab through the slide and its bar.
		const bar = page.getByRole('navigation', { name: 'Presentación' });
		const notes = bar.getByRole('button', { name: /Notas/ });
		const walk = await tabWalk(page, undefined, {
			max: 60,
			stopWhen: () => notes.evaluate((button) => button === document.activeElement)
		});
		expect.soft(walk.drops, 'places where Tab dropped the focus to <body>').toEqual([]);
		const reachedNotes = await notes.evaluate((button) => button === document.activeElement);
		expect(reachedNotes, 'Tab reached «Notas (N)»').toBe(true);
		// Enter on a focused button presses the button, not «next slide».
		await page.keyboard.press('Enter');
		await expect(notes).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('[data-notes]')).toBeVisible();
		await expect(slides).toHaveAttribute('data-position', '1');
		await expectVisibleFocus(page, '«Notas» pressed');
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-notes]')).toHaveCount(0);
		await expectCleanPage();
	});
});
