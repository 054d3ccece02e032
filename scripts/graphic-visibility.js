// How much of the story's graphic a reader sees while scrolling (issue 14): the scrolly is wheeled
// through 60 px at a time and, at each position, the share of the map and of the timeline that is
// in the viewport and on top (a grid of points, each asked what is topmost there), and whether the
// active beat's text is wholly in view. Each time the active beat changes, the map is left to land
// and timed: its beat's places must then all show on it. Shared by the e2e test
// (tests/e2e/phone-graphic.test.ts) and `npm run bench`, so both report the same figures.

/** @typedef {import('playwright-core').Page} Page */

/**
 * @typedef {object} Position
 * @property {number} y scrollY
 * @property {string} beat the graphic's data-current-beat
 * @property {number} map share of the map's area in view and on top, 0–1
 * @property {number} timeline the same for the timeline
 * @property {boolean} text the active beat's text is wholly in view and on top
 */

/**
 * @typedef {object} BeatLanding
 * @property {string} beat
 * @property {number} ms from the beat becoming active to the map's last move (0: it did not move)
 * @property {string[]} missing the beat's places not on the visible part of the map once it landed
 * @property {string[]} late the same, LANDING_MS after the beat became active
 */

/**
 * @typedef {object} Figures
 * @property {number} positions
 * @property {number} mapShown positions with ≥ 50 % of the map visible, 0–1
 * @property {number} mapMedian median visible share of the map
 * @property {number} timelineShown positions with ≥ 50 % of the timeline visible, 0–1
 * @property {number} timelineMedian
 * @property {number} textWithMap positions with a beat's whole text and ≥ 50 % of the map, 0–1
 * @property {BeatLanding[]} landings one per beat activation
 * @property {number} beatsOnView activations whose places showed within LANDING_MS
 */

/** The map must be on the beat's view this soon after the beat becomes active. */
export const LANDING_MS = 1200;

/** The issue's targets, as shares of the positions. */
export const TARGETS = { mapShown: 0.7, timelineShown: 0.5, textWithMap: 0.6 };

/** In the page: the share of each part visible and whether the active beat's text shows. */
function measure() {
	/** @param {Element | null} element @param {number} cols @param {number} rows */
	const share = (element, cols, rows) => {
		const box = element?.getBoundingClientRect();
		if (!element || !box || box.width === 0 || box.height === 0) return 0;
		let seen = 0;
		for (let i = 0; i < cols; i++) {
			for (let j = 0; j < rows; j++) {
				const x = box.left + ((i + 0.5) * box.width) / cols;
				const y = box.top + ((j + 0.5) * box.height) / rows;
				if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
				const top = document.elementFromPoint(x, y);
				if (top && element.contains(top)) seen++;
			}
		}
		return seen / (cols * rows);
	};
	const map = document.querySelector('[data-map]') ?? document.querySelector('.map-view');
	const timeline = document.querySelector('[data-graphic] [data-timeline]');
	const text = document.querySelector('[data-beat][data-active="true"] > p');
	return {
		y: scrollY,
		beat: document.querySelector('[data-graphic]')?.getAttribute('data-current-beat') ?? '',
		map: share(map, 16, 16),
		timeline: share(timeline, 24, 6),
		text: share(text, 8, 6) === 1
	};
}

/** In the page: the beat's places that are not on the visible part of the map. */
function placesOffMap(/** @type {string[]} */ places) {
	const map = document.querySelector('[data-map]');
	if (!map) return places;
	const box = map.getBoundingClientRect();
	return places.filter((id) => {
		const marker = map.querySelector(`[data-place="${id}"]`);
		const dot = (marker?.querySelector('.dot') ?? marker)?.getBoundingClientRect();
		if (!dot) return true;
		const x = dot.left + dot.width / 2;
		const y = dot.top + dot.height / 2;
		const inside =
			x >= Math.max(0, box.left) &&
			x <= Math.min(innerWidth, box.right) &&
			y >= Math.max(0, box.top) &&
			y <= Math.min(innerHeight, box.bottom);
		const top = inside ? document.elementFromPoint(x, y) : null;
		return !(top && map.contains(top));
	});
}

/**
 * Wheels through the scrolly, from its top reaching the viewport's top to its end reaching the
 * viewport's bottom. The page must be loaded with Leaflet up. `settle` waits until the map has
 * landed; `placesOf` names a beat's places (`<step id>:<n>` → place ids).
 * @param {Page} page
 * @param {{ settle: (page: Page) => Promise<unknown>, placesOf: (beat: string) => string[] }} options
 * @returns {Promise<{ positions: Position[], figures: Figures }>}
 */
export async function scrollThroughGraphic(page, { settle, placesOf }) {
	const beatPlaces = Object.fromEntries(
		[
			...new Set(
				await page
					.locator('[data-beat]')
					.evaluateAll((els) => els.map((el) => el.getAttribute('data-beat') ?? ''))
			)
		].map((key) => [key, placesOf(key)])
	);
	await page.evaluate(`window.__placesOffMap = ${placesOffMap}`);
	await page.evaluate(
		({ beatPlaces, landingMs }) => {
			const w = /** @type {any} */ (window);
			w.__activeSince = performance.now();
			w.__mapMovedAt = 0;
			w.__onTime = {};
			const graphic = document.querySelector('[data-graphic]');
			const map = document.querySelector('[data-map]');
			if (!graphic || !map) throw new Error('no graphic or no Leaflet map');
			// What the reader sees LANDING_MS after a beat becomes active: its places on the map?
			new MutationObserver(() => {
				const since = (w.__activeSince = performance.now());
				const beat = graphic.getAttribute('data-current-beat') ?? '';
				const check = () => {
					if (performance.now() - since < landingMs) return void setTimeout(check, 20);
					w.__onTime[beat] = w.__placesOffMap(beatPlaces[beat] ?? []);
				};
				setTimeout(check, landingMs - 50);
			}).observe(graphic, { attributeFilter: ['data-current-beat'] });
			new MutationObserver(() => (w.__mapMovedAt = performance.now())).observe(map, {
				attributeFilter: ['data-center', 'data-zoom']
			});
			const scrolly = document.querySelector('.scrolly');
			if (!scrolly) throw new Error('no .scrolly section');
			scrollTo(0, scrolly.getBoundingClientRect().top + scrollY);
		},
		{ beatPlaces, landingMs: LANDING_MS }
	);
	await page.mouse.move(20, 20);
	const end = await page.evaluate(() => {
		const scrolly = /** @type {Element} */ (document.querySelector('.scrolly'));
		return scrolly.getBoundingClientRect().bottom + scrollY - innerHeight;
	});
	/** @type {Position[]} */
	const positions = [];
	/** @type {BeatLanding[]} */
	const landings = [];
	let beat = '';
	for (;;) {
		const here = await page.evaluate(measure);
		positions.push(here);
		if (here.beat !== beat) {
			beat = here.beat;
			// The reader stops at each new beat: what the map shows LANDING_MS later, then once it
			// has landed (a flight takes off a task or two after the beat changes, so a settle
			// before then would find it still at the last beat's view).
			// The first beat may be active from the start, before the observer.
			const late =
				positions.length > 1
					? await page
							.waitForFunction((beat) => /** @type {any} */ (window).__onTime[beat], beat)
							.then((handle) => /** @type {Promise<string[]>} */ (handle.jsonValue()))
					: undefined;
			await settle(page);
			const ms = await page.evaluate(() => {
				const w = /** @type {any} */ (window);
				return Math.max(0, w.__mapMovedAt - w.__activeSince);
			});
			const missing = await page.evaluate(placesOffMap, placesOf(beat));
			landings.push({ beat, ms: Math.round(ms), missing, late: late ?? missing });
		}
		if (here.y >= end - 1) break;
		await page.mouse.wheel(0, 60);
		const moved = await page
			.waitForFunction((y) => scrollY !== y, here.y, { timeout: 3000, polling: 'raf' })
			.then(
				() => true,
				() => false
			);
		if (!moved) break;
		// A wheel may scroll over several frames: measure where it comes to rest.
		await page.evaluate(
			() =>
				new Promise((resolve) => {
					let last = scrollY;
					let still = 0;
					const check = () => {
						if (scrollY === last) still++;
						else [last, still] = [scrollY, 0];
						if (still >= 2) resolve(undefined);
						else requestAnimationFrame(check);
					};
					requestAnimationFrame(check);
				})
		);
	}
	return { positions, figures: summarise(positions, landings) };
}

/**
 * @param {Position[]} positions
 * @param {BeatLanding[]} landings
 * @returns {Figures}
 */
function summarise(positions, landings) {
	const shareOf = (/** @type {(p: Position) => boolean} */ test) =>
		positions.filter(test).length / Math.max(1, positions.length);
	const median = (/** @type {number[]} */ values) =>
		values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
	return {
		positions: positions.length,
		mapShown: shareOf((p) => p.map >= 0.5),
		mapMedian: median(positions.map((p) => p.map)),
		timelineShown: shareOf((p) => p.timeline >= 0.5),
		timelineMedian: median(positions.map((p) => p.timeline)),
		textWithMap: shareOf((p) => p.text && p.map >= 0.5),
		landings,
		beatsOnView: landings.filter((l) => l.late.length === 0 && l.missing.length === 0).length
	};
}

/** The figures as lines of text, for a test's output. @param {Figures} f */
export function describeFigures(f) {
	const pc = (/** @type {number} */ x) => `${Math.round(x * 100)} %`;
	const slow = f.landings.filter((l) => l.late.length > 0 || l.missing.length > 0);
	return [
		`positions: ${f.positions}`,
		`≥ 50 % of the map visible: ${pc(f.mapShown)} of positions (median share ${pc(f.mapMedian)})`,
		`≥ 50 % of the timeline visible: ${pc(f.timelineShown)} (median ${pc(f.timelineMedian)})`,
		`a beat's text and ≥ 50 % of the map: ${pc(f.textWithMap)}`,
		`map on the beat's view within ${LANDING_MS} ms: ${f.beatsOnView}/${f.landings.length} beats` +
			(slow.length
				? ` (not: ${slow.map((l) => `${l.beat} (lands in ${l.ms} ms; off the map then: ${l.late.join(',') || '-'}, once landed: ${l.missing.join(',') || '-'})`).join('; ')})`
				: '')
	];
}
