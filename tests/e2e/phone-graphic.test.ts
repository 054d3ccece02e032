// Issue 14: on a phone the graphic stays in view while the beats scroll past. The scrolly is
// wheeled through 60 px at a time (scripts/graphic-visibility.js, which `npm run bench` shares);
// at each position the visible share of the map and of the timeline is sampled, and at each new
// beat the map must land on the beat's places within 1.2 s.
import {
	describeFigures,
	scrollThroughGraphic,
	TARGETS
} from '../../scripts/graphic-visibility.js';
import { beats, expect, placesShownAt, test, waitForLeaflet, waitForMapToSettle } from './helpers';

const placesOf = new Map(beats.map((beat) => [beat.key, [...placesShownAt(beat)]]));

const sizes = [
	{ width: 390, height: 844 },
	{ width: 360, height: 640 },
	// Landscape: the text beside the graphic.
	{ width: 844, height: 390 }
];

for (const size of sizes) {
	const name = `${size.width}×${size.height}`;
	test(`${name}: the map and the timeline stay in view while the beats pass`, async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'phone sizes; the desktop has its own layout');
		test.setTimeout(240_000);
		await page.setViewportSize(size);
		await page.goto('/');
		await waitForLeaflet(page);

		const { figures } = await scrollThroughGraphic(page, {
			settle: waitForMapToSettle,
			placesOf: (key) => placesOf.get(key) ?? []
		});
		const lines = describeFigures(figures);
		for (const line of lines) testInfo.annotations.push({ type: name, description: line });
		console.log(`${name}\n  ${lines.join('\n  ')}`);

		expect
			.soft(figures.mapShown, '≥ 50 % of the map visible')
			.toBeGreaterThanOrEqual(TARGETS.mapShown);
		expect
			.soft(figures.timelineShown, '≥ 50 % of the timeline visible')
			.toBeGreaterThanOrEqual(TARGETS.timelineShown);
		expect
			.soft(figures.textWithMap, "a beat's text and ≥ 50 % of the map together")
			.toBeGreaterThanOrEqual(TARGETS.textWithMap);
		expect
			.soft(new Set(figures.landings.map((landing) => landing.beat)), 'every beat became active')
			.toEqual(new Set(beats.map((beat) => beat.key)));
		expect
			.soft(
				figures.landings.filter((l) => l.late.length > 0 || l.missing.length > 0),
				'beats whose places were not on the map 1.2 s after they became active'
			)
			.toEqual([]);
		await expectCleanPage();
	});
}
