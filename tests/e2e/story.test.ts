// The scrollytelling story at / on a phone and a desktop: the DOM contract beat by beat, deep
// links to steps and beats, bad hashes, Back and Forward, the timeline's keyboard and hover detail cards, the map's scroll guard,
// keyboard focus after late layout and the page's metadata. Expectations come from data/, never from the page's own code.
import type { Locator, Page } from '@playwright/test';
import {
	anchor,
	at,
	beats,
	dayOf,
	edition,
	firstBeatOf,
	eventById,
	events,
	expect,
	mapCenter,
	placeById,
	placesShownAt,
	dateText,
	statusLines,
	stepWord,
	steps,
	story,
	t,
	test,
	viewKey,
	waitForLeaflet,
	waitForMapToSettle,
	type StoryBeat
} from './helpers';
import { installStartProbe, waitForAppStart } from './hardening-shared';

const PYONGYANG = placeById.get('pyongyang')!;
const sorted = (values: Iterable<string>) => [...values].sort();
/** A regular expression that matches `text` literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An address that ends with this hash. */
const endsWith = (hash: string) => new RegExp(`${literal(hash)}$`);
/** A beat's element in the scroll story, its number always written: #paso-4.1 (#step-4.1). */
const beatAnchor = (beat: StoryBeat) => anchor(beat.stepNumber, beat.number);
/** The other edition's word for a step's anchor: each edition reads both. */
const OTHER_WORD = stepWord === 'paso' ? 'step' : 'paso';
/** How a timeline mark's name starts: its date in the edition's words. */
const MARK_DATE = {
	es: /^(\d{1,2} de )?(enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre) de \d{4}: .+/,
	en: /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}, )?\d{4}: .+/
}[edition];

async function attributeValues(locator: Locator, name: string): Promise<string[]> {
	return sorted(
		(
			await locator.evaluateAll((elements, attr) => elements.map((e) => e.getAttribute(attr)), name)
		).filter((value): value is string => value !== null)
	);
}

/** Scrolls a step to the top of the viewport the way a reader's jump would, then nudges. */
async function scrollToStep(page: Page, number: number) {
	await scrollToAnchor(page, anchor(number));
}
/** The same for any anchor: a step (`#paso-5`) or a beat (`#paso-5.2`; #step-… in English). */
async function scrollToAnchor(page: Page, hash: string) {
	await page
		.locator(`[id="${hash.slice(1)}"]`)
		.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 2);
}

/** Places of the map whose marker lies outside the map's visible box. */
async function markersOutsideMap(page: Page): Promise<string[]> {
	return page.locator('[data-map]').evaluate((map) => {
		const box = map.getBoundingClientRect();
		return [...map.querySelectorAll<HTMLElement>('[data-place]')]
			.filter((marker) => {
				const at = marker.getBoundingClientRect();
				return at.left < box.left || at.left > box.right || at.top < box.top || at.top > box.bottom;
			})
			.map((marker) => marker.dataset.place ?? '?');
	});
}

test.describe(`the story at ${at('/')}`, () => {
	test('the DOM contract holds before any scrolling', async ({ page, expectCleanPage }) => {
		await page.goto(at('/'));
		await expect(page.locator('html')).toHaveAttribute('lang', edition);

		const stepElements = page.locator('[data-step]');
		await expect(stepElements).toHaveCount(steps.length);
		for (const [i, step] of steps.entries()) {
			await expect(page.locator(anchor(i + 1))).toHaveAttribute('data-step', step.id);
		}
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', steps[0]!.id);

		const timeline = page.locator('[data-graphic] svg[data-timeline]');
		await expect(timeline).toHaveCount(1);
		const marks = timeline.locator('[data-event]');
		await expect(marks).toHaveCount(events.length);
		for (const event of events) {
			await expect(timeline.locator(`[data-event="${event.id}"]`)).toHaveAttribute(
				'data-date',
				dayOf(event.date)
			);
		}
		const dates = await attributeValues(marks, 'data-date');
		for (const date of dates) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);

		await waitForLeaflet(page);
		const map = page.locator('[data-map]');
		await expect(map).toHaveAttribute('data-center', /^-?\d+\.\d{4},-?\d+\.\d{4}$/);
		await expect(map).toHaveAttribute('data-zoom', /^\d+(\.\d+)?$/);
		await expectCleanPage();
	});

	test('scrolling through every beat updates beats, steps, graphic, address, timeline and map', async ({
		page,
		expectCleanPage
	}) => {
		test.setTimeout(120_000);
		await page.goto(at('/'));
		await waitForLeaflet(page);
		const map = page.locator('[data-map]');
		const graphic = page.locator('[data-graphic]');
		const activeSteps = page.locator('[data-step][data-active="true"]');
		const activeBeats = page.locator('.scrolly [data-beat][data-active="true"]');
		const activeMarks = page.locator(
			'[data-graphic] [data-timeline] [data-event][data-active="true"]'
		);
		await expect(page.locator('.scrolly [data-beat]')).toHaveCount(beats.length);

		let previous: { key: string; center: string } | undefined;
		for (const beat of beats) {
			await test.step(`${beat.hash} (${beat.key})`, async () => {
				await scrollToAnchor(page, beatAnchor(beat));

				await expect(activeBeats).toHaveCount(1);
				await expect(activeBeats).toHaveAttribute('data-beat', beat.key);
				await expect(graphic).toHaveAttribute('data-current-beat', beat.key);
				await expect(graphic).toHaveAttribute('data-current-step', beat.step.id);
				await expect(activeSteps).toHaveCount(1);
				await expect(activeSteps).toHaveAttribute('data-step', beat.step.id);
				await expect(page).toHaveURL(endsWith(beat.hash));

				await expect
					.poll(() => attributeValues(activeMarks, 'data-event'))
					.toEqual(sorted(beat.events));

				const key = viewKey(beat);
				if (previous && previous.key !== key) {
					// A different set of places or routes: the map must move away from the last view.
					await expect(map).not.toHaveAttribute('data-center', previous.center, {
						timeout: 10_000
					});
				}
				await expect
					.poll(() => attributeValues(map.locator('[data-place]'), 'data-place'))
					.toEqual(sorted(placesShownAt(beat)));
				await expect
					.poll(() => attributeValues(map.locator('[data-route]'), 'data-route'))
					.toEqual(sorted(beat.map.routes));
				// Once the move has ended, every place of the beat is on screen.
				await waitForMapToSettle(page);
				expect(await markersOutsideMap(page)).toEqual([]);

				previous = { key, center: (await map.getAttribute('data-center')) ?? '' };
			});
		}
		await expectCleanPage();
	});

	test(`${at('/')}${anchor('N', 'M')} opens at that beat; a bad beat at its step’s first`, async ({
		page,
		expectCleanPage
	}) => {
		for (const { hash, beat, address } of [
			{ hash: anchor(6, 3), beat: 'tropas-2024:3', address: anchor(6, 3) },
			{ hash: anchor(8, 2), beat: 'en-vigor-2024:2', address: anchor(8, 2) },
			{ hash: anchor(6, 1), beat: 'tropas-2024:1', address: anchor(6) },
			{ hash: anchor(6, 9), beat: 'tropas-2024:1', address: anchor(6) },
			{ hash: anchor(6, 'x'), beat: 'tropas-2024:1', address: anchor(6) },
			{ hash: anchor(99, 2), beat: `${steps.at(-1)!.id}:2`, address: anchor(steps.length, 2) },
			// A link from the other edition (#step-6.3 in Spanish, #paso-6.3 in English) still works.
			{ hash: `#${OTHER_WORD}-6.3`, beat: 'tropas-2024:3', address: anchor(6, 3) }
		]) {
			await test.step(hash, async () => {
				await page.goto('about:blank');
				await page.goto(`${at('/')}${hash}`);
				await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat);
				const active = page.locator(`.scrolly [data-beat="${beat}"]`);
				await expect(active).toHaveAttribute('data-active', 'true');
				await expect(active).toBeInViewport();
				// An address that is not the beat's own is rewritten in place.
				await expect(page).toHaveURL(endsWith(address));
			});
		}
		await expectCleanPage();
	});

	test('Back and Forward move between the positions the reader chose, not every beat crossed', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/'));
		await waitForLeaflet(page);
		const start = await page.evaluate(() => history.length);
		// Scrolling through five beats leaves the address on the last, without an entry for each.
		for (const beat of beats.slice(0, 5)) await scrollToAnchor(page, beatAnchor(beat));
		await expect(page).toHaveURL(endsWith(beats[4]!.hash));
		expect(await page.evaluate(() => history.length)).toBe(start);
		// A link the reader follows is a choice: Back returns from it.
		await page.evaluate((hash) => {
			const link = document.createElement('a');
			link.href = hash;
			link.textContent = hash;
			document.querySelector('h1')!.after(link);
			link.click();
		}, anchor(7));
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-beat',
			`${steps[6]!.id}:1`
		);
		await page.goBack();
		await expect(page).toHaveURL(endsWith(beats[4]!.hash));
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-beat',
			beats[4]!.key
		);
		await page.goForward();
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-beat',
			`${steps[6]!.id}:1`
		);
		await expectCleanPage();
	});

	test('page-wide, the contract hooks describe the current step alone', async ({
		page,
		expectCleanPage
	}) => {
		// Embedders and analytics query the document, not the graphic: hidden copies of the
		// timeline (e.g. a print handout) must not add marks or highlighted events to the page.
		await page.goto(at('/'));
		await waitForLeaflet(page);
		for (const number of [1, 2]) {
			const step = steps[number - 1]!;
			await scrollToStep(page, number);
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', step.id);
			await expect
				.poll(() => attributeValues(page.locator('[data-event][data-active="true"]'), 'data-event'))
				.toEqual(sorted(firstBeatOf(number).events));
			await expect(page.locator('[data-beat][data-active="true"]')).toHaveCount(1);
			await expect(page.locator('[data-event]')).toHaveCount(events.length);
			await expect(page.locator('[data-timeline]')).toHaveCount(1);
			await expect(page.locator('[data-map]')).toHaveCount(1);
			await expect(page.locator('[data-step][data-active="true"]')).toHaveCount(1);
		}
		await expectCleanPage();
	});

	test('the prerendered timeline comes alive in place when the reader reaches it: its nodes stay, none is rebuilt', async ({
		page,
		expectCleanPage
	}) => {
		// Remember the strip the HTML parser made, and anything that takes a strip out of the page.
		await page.addInitScript(() => {
			const seen = window as unknown as { firstStrip?: Element; stripsRemoved: number };
			seen.stripsRemoved = 0;
			new MutationObserver((records) => {
				seen.firstStrip ??= document.querySelector('[data-timeline]') ?? undefined;
				for (const record of records)
					for (const node of record.removedNodes)
						if (
							node instanceof Element &&
							(node.matches('[data-timeline]') || node.querySelector('[data-timeline]'))
						)
							seen.stripsRemoved++;
			}).observe(document, { childList: true, subtree: true });
		});
		await installStartProbe(page);
		await page.goto(at('/'));
		await waitForAppStart(page);
		const strip = page.locator('[data-graphic] [data-timeline]');
		// The live strip's code comes with the reader's first move; here, the keyboard's focus on a
		// mark (the page's start-up does not fetch it).
		const id = await strip.locator('[data-event][tabindex="0"]').first().getAttribute('data-event');
		const mark = strip.locator(`[data-event="${id}"]`);
		await mark.focus();
		// Live, and drawn for its box (the HTML was drawn for a 390 px phone's).
		await expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);
		await expect
			.poll(() =>
				strip.evaluate(
					(svg) => svg.getAttribute('viewBox') === `0 0 ${svg.clientWidth} ${svg.clientHeight}`
				)
			)
			.toBe(true);
		expect(
			await page.evaluate(() => {
				const seen = window as unknown as { firstStrip?: Element; stripsRemoved: number };
				return {
					same: seen.firstStrip === document.querySelector('[data-timeline]'),
					removed: seen.stripsRemoved
				};
			})
		).toEqual({ same: true, removed: 0 });

		// And it answers: the mark in focus has its card, and Enter pins it.
		await expect(mark).toBeFocused();
		await expect(page.locator('[data-event-card]')).toBeVisible();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-event-card]')).toBeVisible();
		await expectCleanPage();
	});

	for (const { width, redrawn } of [
		{ width: 390, redrawn: false },
		{ width: 1280, redrawn: true }
	])
		test(`at ${width} px the strip comes alive at the first scroll ${redrawn ? 'and takes its width' : 'with nothing to redraw'}`, async ({
			page,
			expectCleanPage
		}, testInfo) => {
			test.skip(testInfo.project.name !== 'desktop', 'a viewport of its own');
			// The build draws the first strip for a 390 px phone's box (FIRST_STRIP_WIDTH): there,
			// hydrating it changes no mark, which keeps the first scroll's task short on a slow phone.
			await page.setViewportSize({ width, height: 844 });
			await page.addInitScript(() => {
				const seen = window as unknown as { markChanges: number };
				seen.markChanges = 0;
				new MutationObserver((records) => {
					seen.markChanges += records.filter(
						(record) => record.target instanceof Element && record.target.closest('.marks')
					).length;
				}).observe(document, { attributes: true, childList: true, subtree: true });
			});
			await installStartProbe(page);
			await page.goto(at('/'));
			await waitForAppStart(page);
			await page.evaluate(() => ((window as unknown as { markChanges: number }).markChanges = 0));
			await page.mouse.wheel(0, 120);
			await expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);
			// The strip's first measurement comes with the next frame: two frames later, it is in.
			await page.evaluate(
				() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
			);
			const changes = await page.evaluate(
				() => (window as unknown as { markChanges: number }).markChanges
			);
			if (redrawn) expect(changes).toBeGreaterThan(0);
			else expect(changes).toBe(0);
			await expectCleanPage();
		});

	test(`${at('/')}${anchor(5)} opens directly at step 5`, async ({ page, expectCleanPage }) => {
		const step = steps[4]!;
		expect(step.id).toBe('pionyang-2024');
		// Records every centre the map takes and every step that becomes active, from the start.
		await page.addInitScript(() => {
			const seen = { centers: [] as string[], active: [] as string[] };
			(window as unknown as { __seen: typeof seen }).__seen = seen;
			new MutationObserver((records) => {
				for (const record of records) {
					const element = record.target as HTMLElement;
					if (record.attributeName === 'data-center' && element.dataset.center)
						seen.centers.push(element.dataset.center);
					if (
						record.attributeName === 'data-active' &&
						element.dataset.step &&
						element.dataset.active
					)
						seen.active.push(element.dataset.step);
				}
			}).observe(document, {
				subtree: true,
				attributes: true,
				attributeFilter: ['data-center', 'data-active']
			});
		});

		await page.goto(`${at('/')}${anchor(5)}`);
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', step.id);
		await expect(page.locator(anchor(5))).toHaveAttribute('data-active', 'true');
		await expect(page.locator('[data-step][data-active="true"]')).toHaveCount(1);
		await expect(page.locator(anchor(5))).toBeInViewport();
		await expect
			.poll(() =>
				attributeValues(
					page.locator('[data-graphic] [data-timeline] [data-event][data-active="true"]'),
					'data-event'
				)
			)
			.toEqual(sorted(firstBeatOf(5).events));

		await waitForLeaflet(page);
		await waitForMapToSettle(page);
		const [lat, lon] = await mapCenter(page);
		expect(Math.abs(lat - PYONGYANG.lat), `centre ${lat},${lon}`).toBeLessThanOrEqual(3);
		expect(Math.abs(lon - PYONGYANG.lon), `centre ${lat},${lon}`).toBeLessThanOrEqual(3);
		await expect(page.locator('[data-map] [data-place="pyongyang"]')).toHaveCount(1);

		// No earlier step was shown on the way: every centre the map took was near Pionyang.
		const seen = await page.evaluate(
			() => (window as unknown as { __seen: { centers: string[]; active: string[] } }).__seen
		);
		for (const center of seen.centers) {
			const [cLat, cLon] = center.split(',').map(Number) as [number, number];
			expect(Math.abs(cLat - PYONGYANG.lat), `centre ${center}`).toBeLessThanOrEqual(3);
			expect(Math.abs(cLon - PYONGYANG.lon), `centre ${center}`).toBeLessThanOrEqual(3);
		}
		expect(new Set(seen.active)).toEqual(new Set([step.id]));
		await expect(page).toHaveURL(endsWith(anchor(5)));
		await expectCleanPage();
	});

	test(`${at('/')}${anchor(99)} lands on the last step`, async ({ page, expectCleanPage }) => {
		const last = steps.length;
		await page.goto(`${at('/')}${anchor(99)}`);
		await expect(page.locator('[data-graphic]')).toHaveAttribute(
			'data-current-step',
			steps[last - 1]!.id
		);
		await expect(page.locator(anchor(last))).toHaveAttribute('data-active', 'true');
		await expect(page.locator('[data-step][data-active="true"]')).toHaveCount(1);
		await expect(page.locator(anchor(last))).toBeInViewport();
		await waitForLeaflet(page);
		await expectCleanPage();
	});

	test(`bad hashes (#basura, ${anchor('abc')}, #%E0%A4%A…) load the story without errors`, async ({
		page,
		expectCleanPage
	}) => {
		for (const hash of ['#basura', anchor('abc'), '#%E0%A4%A', anchor(''), anchor(1, 5)]) {
			await test.step(hash, async () => {
				// A full load each time: from the story itself a new hash would not reload the page.
				await page.goto('about:blank');
				await page.goto(`${at('/')}${hash}`);
				await expect(page.locator('h1')).toHaveText(story.meta.headline);
				await expect(page.locator('[data-graphic]')).toHaveAttribute(
					'data-current-step',
					steps[0]!.id
				);
				await waitForLeaflet(page);
			});
		}
		// Scrolling still works after a bad hash.
		await scrollToStep(page, 2);
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', steps[1]!.id);
		await expectCleanPage();
	});
});

test.describe('timeline detail cards', () => {
	const first = steps[0]!;
	const period = first.period;
	// The first mark in view at step 1: the earliest event inside its period.
	const firstInView = [...events]
		.sort((a, b) => dayOf(a.date).localeCompare(dayOf(b.date)))
		.find((event) => dayOf(event.date) >= period.start && dayOf(event.date) <= period.end)!;

	test('keyboard: Tab reaches the first mark; Enter opens its card, Escape closes it', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/'));
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', first.id);

		// The control just before the timeline in the tab order is the map's explore toggle.
		const explore = page.getByRole('button', { name: t.map.explore });
		await explore.focus();
		await page.keyboard.press('Tab');

		const mark = page.locator(`[data-graphic] [data-event="${firstInView.id}"]`);
		await expect(mark).toBeFocused();
		await expect(mark).toBeInViewport();
		// One tab stop for the strip (the beat's first highlighted mark), named with its status too.
		await expect(mark).toHaveAccessibleName(
			`${dateText(firstInView.date)}: ${firstInView.title}. ${statusLines(firstInView).join('. ')}`
		);
		await expect(mark).toHaveAccessibleName(MARK_DATE);

		const card = page.locator(`[data-event-card="${firstInView.id}"]`);
		const anyCard = page.locator('[data-event-card]');
		// Focus alone may show the card; Escape puts it away, Enter brings it back pinned.
		await page.keyboard.press('Escape');
		await expect(anyCard).toHaveCount(0);
		await page.keyboard.press('Enter');
		await expect(card).toBeVisible();
		await expect(mark).toHaveAttribute('aria-expanded', 'true');
		await expect(card).toContainText(firstInView.title);
		for (const line of statusLines(firstInView)) await expect(card).toContainText(line);
		await expect(card).toContainText(t.timeline.sources);
		// Each quote verbatim; in English, after one in another language, the edition's rendering.
		const quotes = firstInView.sources.filter((source) => source.quote);
		const translations = quotes.flatMap(
			(source) => (source as { translation?: string }).translation ?? []
		);
		await expect(card.locator('q')).toHaveCount(quotes.length + translations.length);
		await expect(card.locator('.translation q')).toHaveText(translations);
		for (const { quote } of quotes) await expect(card).toContainText(quote!);
		if (translations.length) await expect(card).toContainText(t.quote.translation);
		await expect(mark).toBeFocused();

		await page.keyboard.press('Escape');
		await expect(anyCard).toHaveCount(0);
		await expect(mark).toHaveAttribute('aria-expanded', 'false');
		await expectCleanPage();
	});

	test('hover opens a mark’s card on desktop', async ({ page, isMobile, expectCleanPage }) => {
		test.skip(isMobile, 'hover is a desktop gesture');
		await page.goto(at('/'));
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		const firstEvents = firstBeatOf(1).events;
		const event = eventById.get(firstEvents[firstEvents.length - 1]!)!;
		const mark = page.locator(`[data-graphic] [data-event="${event.id}"]`);
		await expect(mark).toBeInViewport();

		await mark.hover();
		const card = page.locator(`[data-event-card="${event.id}"]`);
		await expect(card).toBeVisible();
		await expect(card).toContainText(event.title);
		for (const line of statusLines(event)) await expect(card).toContainText(line);

		await page.mouse.move(5, 5);
		await expect(page.locator('[data-event-card]')).toHaveCount(0);
		await expectCleanPage();
	});

	test('a wheel under a still mouse pointer runs no script for the elements it brings under it', async ({
		page,
		context,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'Chromium’s listener list; one page is enough');
		await installStartProbe(page);
		await page.goto(at('/'));
		await waitForAppStart(page);
		await page.mouse.move(640, 600);
		await page.mouse.wheel(0, 400);
		await waitForLeaflet(page);
		await expect(page.locator('[data-hydrated]:has(> .timeline)')).toHaveCount(1);
		// As the text moves under the pointer, every element it enters fires pointerover/out (and
		// mouseover/out), bubbling to the document: a listener there would run all through a scroll.
		const cdp = await context.newCDPSession(page);
		// The page's own scripts, by id (the test driver's injected scripts listen too).
		const pageScripts = new Set<string>();
		cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => {
			if (url.startsWith(new URL(page.url()).origin)) pageScripts.add(scriptId);
		});
		await cdp.send('Debugger.enable');
		const listening: string[] = [];
		for (const expression of ['document', 'window']) {
			const { result } = await cdp.send('Runtime.evaluate', { expression });
			const { listeners } = await cdp.send('DOMDebugger.getEventListeners', {
				objectId: result.objectId!
			});
			for (const { type, scriptId } of listeners)
				if (/^(pointer|mouse)(over|out|move)$/.test(type) && pageScripts.has(scriptId))
					listening.push(`${expression}: ${type}`);
		}
		expect(pageScripts.size).toBeGreaterThan(3);
		expect(listening).toEqual([]);
		await expectCleanPage();
	});
});

test.describe('the map’s scroll guard', () => {
	/** A point over the bare map (not a card, control or marker) where a wheel reaches the map. */
	async function pointOverMap(page: Page): Promise<{ x: number; y: number }> {
		const point = await page.locator('[data-map]').evaluate((map) => {
			const box = map.getBoundingClientRect();
			const top = Math.max(box.top, 0);
			const bottom = Math.min(box.bottom, window.innerHeight);
			for (let y = top + 30; y < bottom - 30; y += 15) {
				for (let x = box.left + 40; x < box.right - 40; x += 20) {
					const hit = document.elementFromPoint(x, y);
					if (
						hit &&
						map.contains(hit) &&
						!hit.closest('.leaflet-control-container, .leaflet-marker-pane, button')
					)
						return { x, y };
				}
			}
			return undefined;
		});
		expect(point, 'a point over the bare map').toBeDefined();
		return point!;
	}

	test(`«${t.map.explore}» toggles; when off the wheel scrolls the page, not the map`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/'));
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', steps[0]!.id);
		const map = page.locator('[data-map]');
		const toggle = page.locator('[data-graphic] button[aria-pressed]');
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await expect(toggle).toHaveAccessibleName(t.map.explore);

		const wheelScrollsPage = async () => {
			const zoom = await map.getAttribute('data-zoom');
			const { x, y } = await pointOverMap(page);
			await page.mouse.move(x, y);
			const before = await page.evaluate(() => window.scrollY);
			await page.mouse.wheel(0, 120);
			await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
			await expect(map).toHaveAttribute('data-zoom', zoom!);
		};

		// Off by default: the page scrolls under the wheel.
		await wheelScrollsPage();

		// On: the wheel zooms the map and the page stays put.
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(toggle).toHaveAccessibleName(t.map.stopExploring);
		const zoom = await map.getAttribute('data-zoom');
		const { x, y } = await pointOverMap(page);
		await page.mouse.move(x, y);
		const scrollY = await page.evaluate(() => window.scrollY);
		await page.mouse.wheel(0, -240);
		await expect(map).not.toHaveAttribute('data-zoom', zoom!, { timeout: 5_000 });
		expect(await page.evaluate(() => window.scrollY)).toBe(scrollY);

		// Off again: back to scrolling the page.
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await wheelScrollsPage();
		await expectCleanPage();
	});
});

// The longest blocks after the scrolly are laid out an item at a time as the reader nears them:
// with the top of the block on screen, its first item is drawn and its last one not yet.
for (const { block, items } of [
	{ block: 'the chronology', items: '.deferred .event-list li' },
	{ block: 'the method’s list of corrections', items: '#metodo .corrections li' }
]) {
	test(`${block} is laid out an item at a time as the reader nears it`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/'));
		const list = page.locator(items);
		expect(await list.count()).toBeGreaterThan(10);
		await list.first().scrollIntoViewIfNeeded();
		/** Whether an item's content is laid out (not skipped by content-visibility: auto). */
		const drawn = (item: import('@playwright/test').Locator) =>
			item.evaluate((li) => li.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
		await expect.poll(() => drawn(list.first())).toBe(true);
		expect(await drawn(list.last())).toBe(false);
		await list.last().scrollIntoViewIfNeeded();
		await expect.poll(() => drawn(list.last())).toBe(true);
		await expectCleanPage();
	});
}

test('keyboard focus that late layout pushes off screen is brought back; a reader who scrolls away is left alone', async ({
	page,
	expectCleanPage
}) => {
	await installStartProbe(page);
	await page.goto(at('/'));
	await waitForAppStart(page);
	// What happens when scroll anchoring does not make up for a section taking its real height
	// under the focused control: anchoring off, and the section before the embed codes grows.
	await page.evaluate(() => (document.documentElement.style.overflowAnchor = 'none'));
	const link = page.locator('#insertar a').first();
	/**
	 * Focuses the link as the keyboard does, and a frame later the section before the embed codes
	 * grows under it; with `scrollAway`, the reader first scrolls three screens up. All in the
	 * page, frame by frame: the page watches the control for a second after focus arrives, and
	 * steps driven from the test one by one could outlast it on a loaded machine. Resolves once
	 * the page has drawn three frames after the growth.
	 */
	const focusThenGrow = (scrollAway: boolean) =>
		page.evaluate(async (scrollAway) => {
			const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
			const control = document.querySelector<HTMLElement>('#insertar a')!;
			control.blur();
			control.focus();
			await frame();
			if (scrollAway) {
				scrollBy(0, -3 * innerHeight);
				await frame();
			}
			const section = document.querySelector('#insertar')!.previousElementSibling as HTMLElement;
			section.style.minHeight = `${section.offsetHeight + 4 * innerHeight}px`;
			for (let i = 0; i < 3; i++) await frame();
		}, scrollAway);
	await focusThenGrow(false);
	await expect(link).toBeFocused();
	await expect(link).toBeInViewport();

	// Scrolled away by the reader, the control stays where the reader left it.
	await focusThenGrow(true);
	await expect(link).not.toBeInViewport();
	await expect(link).toBeFocused();
	await expectCleanPage();
});

test('title, description and Open Graph title are set', async ({ page, expectCleanPage }) => {
	await page.goto(at('/'));
	await expect(page).toHaveTitle(/\S/);
	await expect(page).toHaveTitle(new RegExp(literal(story.meta.headline)));
	const description = page.locator('head meta[name="description"]');
	await expect(description).toHaveCount(1);
	await expect(description).toHaveAttribute('content', /\S/);
	await expect(description).toHaveAttribute('content', story.meta.description);
	const ogTitle = page.locator('head meta[property="og:title"]');
	await expect(ogTitle).toHaveCount(1);
	await expect(ogTitle).toHaveAttribute('content', /\S/);
	await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute(
		'content',
		{ es: 'es_ES', en: 'en_US' }[edition]
	);
	await expectCleanPage();
});
