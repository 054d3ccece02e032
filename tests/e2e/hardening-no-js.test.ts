// Without JavaScript (blocked, failed to load, an old reader app): every page other than the story
// (which no-js.test.ts covers) still reads. /datos shows every event with its sources, /guia every
// step's discussion question, /presentar its title slide and a way into the story, each embed its
// step, a real map and a link to the full story, and an unknown address a real 404 page.
import { beats, events, expect, sourceById, steps, story, test } from './helpers';
import { NOT_FOUND, is404Resource } from './hardening-shared';

test.use({ javaScriptEnabled: false });

/** The steps of data/story.json with the fields this file reads. */
const fullSteps = steps as ((typeof steps)[number] & {
	description: string;
	notes: { question: string };
})[];

/** Text as the guide and the tables render it: inline markup reduced to its words. */
const plain = (text: string) =>
	text
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();

test('/datos: every event with its date, title and sources; the downloads', async ({
	page,
	expectCleanPage
}) => {
	await page.goto('/datos');
	await expect(page.locator('h1')).toBeVisible();
	const rows = page.locator('table tbody tr');
	await expect(rows).toHaveCount(events.length);
	for (const [i, event] of events.entries()) {
		const row = rows.nth(i);
		await expect(row).toBeVisible();
		await expect(row).toContainText(event.title);
		for (const { source } of event.sources)
			await expect(row).toContainText(sourceById.get(source)!.outlet);
	}
	for (const name of ['eventos.csv', 'eventos.json', 'lugares.geojson'])
		await expect(page.locator(`a[href$="/datos/${name}"]`)).toBeVisible();
	await expectCleanPage();
});

test('/guia: the whole guide, with a discussion question for every step', async ({
	page,
	expectCleanPage
}) => {
	await page.goto('/guia');
	await expect(page.locator('h1')).toBeVisible();
	const questions = page.locator('#preguntas');
	await expect(questions).toBeVisible();
	for (const step of fullSteps) {
		await expect(questions).toContainText(step.title);
		await expect(questions).toContainText(plain(step.notes.question));
	}
	for (const id of ['objetivos', 'plan', 'actividad', 'glosario'])
		await expect(page.locator(`#${id}`)).toBeVisible();
	await expectCleanPage();
});

test('/presentar: the title slide reads, and every step can be reached', async ({
	page,
	expectCleanPage
}) => {
	await page.goto('/presentar');
	await expect(page.locator('h1').first()).toHaveText(story.meta.headline);
	await expect(page.locator('h1').first()).toBeVisible();
	// The slides need the script to move; a reader without it must still get to the steps: on this
	// page, or through a visible link to the story.
	const titlesShown = await Promise.all(
		fullSteps.map((step) => page.getByText(step.title, { exact: true }).first().isVisible())
	);
	const storyLink = page.locator('a[href="/"]:visible, a[href="./"]:visible, a[href=".."]:visible');
	expect(
		titlesShown.every(Boolean) || (await storyLink.count()) > 0,
		'without JavaScript, /presentar shows every step or a visible link to the story'
	).toBe(true);
	await expectCleanPage();
});

for (const [name, parts] of [
	['historia', ['map', 'timeline', 'card']],
	['mapa', ['map']],
	['cronologia', ['timeline']]
] as const) {
	test(`/embed/${name}: step 1, a real ${parts.join(' and ')}, a link to the story`, async ({
		page,
		expectCleanPage
	}) => {
		const first = fullSteps[0]!;
		await page.goto(`/embed/${name}`);
		const graphic = page.locator('[data-graphic]');
		await expect(graphic).toBeVisible();
		await expect(graphic).toHaveAttribute('data-current-step', first.id);
		if (parts.includes('map' as never)) {
			// The prerendered SVG file of step 1, with its description as the alternative text.
			const map = graphic.locator('img[src$="/mapas/paso-1.svg"]');
			await expect(map).toBeVisible();
			await expect(map).toHaveAttribute('alt', `Mapa: ${first.description}`);
			expect(await map.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
		}
		if (parts.includes('timeline' as never)) {
			await expect(graphic.locator('svg[data-timeline]')).toBeVisible();
			await expect(graphic.locator('[data-event]')).toHaveCount(events.length);
			const active = graphic.locator('[data-event][data-active="true"]');
			await expect(active).toHaveCount(beats[0]!.events.length);
		}
		if (parts.includes('card' as never)) {
			const card = page.locator(`[data-step="${first.id}"]`);
			await expect(card).toBeVisible();
			await expect(card).toContainText(first.title);
			// The stepper shows the step's first beat.
			await expect(card).toContainText(plain(beats[0]!.text));
		} else {
			// The single-graphic embeds name their step and describe its first beat for screen readers.
			await expect(page.locator('h1')).toContainText(first.title);
			await expect(page.getByText(beats[0]!.description, { exact: true })).toBeAttached();
		}
		const credit = page.getByRole('link', { name: 'Leer la historia completa' });
		await expect(credit).toBeVisible();
		await expect(credit).toHaveAttribute('target', '_top');
		await expectCleanPage();
	});
}

for (const path of NOT_FOUND) {
	test(`an unknown address (${path}) shows a 404 page, not a blank one`, async ({
		page,
		expectCleanPage
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		const text = await page.evaluate(() => document.body.innerText.trim());
		expect(text, 'the 404 page without JavaScript').toMatch(/no encontrada|No existe/i);
		await expect(page).toHaveTitle(/\S/);
		await expectCleanPage({ ignoreConsole: is404Resource });
	});
}
