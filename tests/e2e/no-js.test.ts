// The story without JavaScript: the prerendered HTML alone must carry the whole story (every
// step's copy), a real map and the dated list of events. This is also what print and the first
// paint on a slow phone get.
import {
	anchor,
	at,
	beats,
	edition,
	events,
	expect,
	placeById,
	placesShownAt,
	plainCopy,
	spanText,
	steps,
	story,
	t,
	test
} from './helpers';

/** Places the static maps must name, in the edition's spelling (Pionyang, Pyongyang). */
const NAMED = ['pyongyang', 'vladivostok', 'vostochny', 'kursk'].map(
	(id) => placeById.get(id)!.name
);

test.use({ javaScriptEnabled: false });

test.describe(`${at('/')} without JavaScript`, () => {
	test('holds every step’s title and text', async ({ page, expectCleanPage }) => {
		await page.goto(at('/'));
		await expect(page.locator('html')).toHaveAttribute('lang', edition);
		await expect(page.locator('h1')).toHaveText(story.meta.headline);
		await expect(page.locator('[data-step]')).toHaveCount(steps.length);
		for (const [i, step] of steps.entries()) {
			const element = page.locator(anchor(i + 1));
			await expect(element).toHaveAttribute('data-step', step.id);
			await expect(element).toContainText(step.title);
			for (const beat of step.beats) await expect(element).toContainText(plainCopy(beat.text));
		}
		// No step is "active" before the reader is inside the story.
		await expect(page.locator('[data-step][data-active="true"]')).toHaveCount(0);
		await expectCleanPage();
	});

	test('shows a server-rendered SVG map and the timeline', async ({ page, expectCleanPage }) => {
		await page.goto(at('/'));
		const maps = page.locator('svg[data-static-map]');
		await expect(maps.first()).toBeVisible();
		await expect(maps.first().locator('path.country').first()).toBeAttached();
		// The graphic shows the first beat's view: its places are drawn on the static map.
		for (const id of placesShownAt(beats[0]!)) {
			await expect(maps.first().locator(`[data-static-place="${id}"]`)).toContainText(
				placeById.get(id)!.name
			);
		}
		await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', steps[0]!.id);
		const marks = page.locator('[data-graphic] svg[data-timeline] [data-event]');
		await expect(marks).toHaveCount(events.length);
		await expectCleanPage();
	});

	test(`the static maps name ${NAMED.join(', ')}`, async ({ page, expectCleanPage }) => {
		await page.goto(at('/'));
		// The inline SVG map (step 1) and the prerendered SVG files the page shows as images (the
		// locator map, and each step's map for readers without JavaScript) are all server-made maps.
		const inline = (await page.locator('svg[data-static-map]').allTextContents()).join(' ');
		const files = await page
			.locator('img[data-static-map-image]')
			.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src));
		expect(files.length, 'static map images in the no-JS page').toBeGreaterThan(0);
		const drawn = [inline];
		for (const src of files) {
			const response = await page.request.get(src);
			expect(response.headers()['content-type']).toContain('image/svg+xml');
			drawn.push(await response.text());
		}
		const text = drawn.join(' ');
		const missing = NAMED.filter((name) => !text.includes(name));
		expect(missing, 'place names missing from every static map of the no-JS page').toEqual([]);
		await expectCleanPage();
	});

	test(`lists every event with its date in the edition's language (${edition})`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/'));
		const section = page.locator('section').filter({
			has: page.getByRole('heading', { name: t.timeline.listHeading })
		});
		const items = section.locator('ol.event-list > li');
		await expect(items).toHaveCount(events.length);
		for (const [i, event] of events.entries()) {
			const time = items.nth(i).locator('time');
			await expect(time).toHaveText(spanText(event));
			await expect(time).toHaveAttribute('datetime', event.date);
			await expect(items.nth(i)).toContainText(event.title);
		}
		await expectCleanPage();
	});
});
