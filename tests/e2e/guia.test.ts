// The teacher's guide at /guia: one h1, the glossary of the eight terms the story uses, a lesson
// plan that fills a 45-minute class, the discussion question of every step (from data/story.json),
// links to the downloads and the classroom mode, no sideways scrolling on a phone, and a clean
// console.
import { expect, plainCopy, steps as storySteps, test, type StoryStep } from './helpers';

/** The steps of data/story.json with their presenter notes (helpers.ts does not type them). */
const steps = storySteps as (StoryStep & { notes: { question: string } })[];

const TERMS = [
	'tratado',
	'ratificación',
	'Duma',
	'Consejo de la Federación',
	'sanciones',
	'Consejo de Seguridad de la ONU',
	'asistencia mutua',
	'artículo 4'
];

const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('es');

test.describe('/guia', () => {
	test('one h1, the glossary and the lesson plan', async ({ page, expectCleanPage }) => {
		await page.goto('/guia');
		await expect(page.locator('h1')).toHaveCount(1);
		await expect(page.locator('h1')).toBeVisible();
		await expect(page.locator('h1')).toHaveText(/\S/);

		// The glossary: a <dl> with exactly the eight terms, each defined.
		const glossary = page.locator('dl').filter({ has: page.locator('dt') });
		await expect(glossary).toHaveCount(1);
		const terms = await glossary.locator('dt').allInnerTexts();
		expect(terms.map(fold).sort()).toEqual(TERMS.map(fold).sort());
		const definitions = await glossary.locator('dd').allInnerTexts();
		expect(definitions).toHaveLength(TERMS.length);
		for (const definition of definitions) expect(definition.trim().length).toBeGreaterThan(20);

		// The lesson plan: consecutive slots from minute 0 to minute 45.
		const plan = page.locator('table').filter({ hasText: /minutos/i });
		await expect(plan).toHaveCount(1);
		await expect(plan.locator('caption')).toContainText('45');
		const slots = await plan
			.locator('tbody tr')
			.evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
		expect(slots.length).toBeGreaterThanOrEqual(3);
		let end = 0;
		let total = 0;
		for (const slot of slots) {
			const match = /^(\d+)\s*[–-]\s*(\d+)$/.exec(slot);
			expect(match, `a «start–end» slot: ${slot}`).not.toBeNull();
			const [from, to] = [Number(match![1]), Number(match![2])];
			expect(from, `slot ${slot} starts where the previous one ended`).toBe(end);
			expect(to).toBeGreaterThan(from);
			total += to - from;
			end = to;
		}
		expect(total, 'minutes in the lesson plan').toBe(45);
		await expectCleanPage();
	});

	test('a discussion question for every step, with a link to that slide', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/guia');
		for (const [i, step] of steps.entries()) {
			const question = step.notes.question;
			expect(question, `data/story.json step ${step.id} has a question`).toBeTruthy();
			await expect(page.getByText(plainCopy(question), { exact: false }).first()).toBeVisible();
			const item = page.locator(`[data-step="${step.id}"]`);
			await expect(item).toContainText(step.title);
			await expect(item).toContainText(plainCopy(question));
			const link = item.locator('a[href*="presentar"]');
			await expect(link).toHaveCount(1);
			const href = new URL((await link.getAttribute('href'))!, page.url());
			expect(href.pathname + href.hash).toBe(`/presentar#paso-${i + 1}`);
		}
		await expectCleanPage();
	});

	test('links to the downloads and the classroom mode, and they answer', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/guia');
		const hrefs = await page
			.locator('a[href]')
			.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
		const paths = new Set(hrefs.map((href) => new URL(href).pathname));
		for (const path of [
			'/datos/eventos.csv',
			'/datos/eventos.json',
			'/datos/lugares.geojson',
			'/presentar'
		]) {
			expect(paths.has(path), `a link to ${path}`).toBe(true);
			const response = await page.request.get(path);
			expect(response.status(), path).toBe(200);
			expect((await response.body()).length, `${path} is not empty`).toBeGreaterThan(100);
		}
		await expectCleanPage();
	});

	test('no sideways scrolling on a 390 px phone', async ({ page, expectCleanPage }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto('/guia');
		await expect(page.locator('h1')).toBeVisible();
		const { scrollWidth, clientWidth } = await page.evaluate(() => ({
			scrollWidth: document.documentElement.scrollWidth,
			clientWidth: document.documentElement.clientWidth
		}));
		expect(scrollWidth, 'page width vs viewport').toBeLessThanOrEqual(clientWidth);
		// Nor does any single element stick out past the right edge.
		const overflowing = await page.evaluate(() =>
			[...document.querySelectorAll<HTMLElement>('body *')]
				.filter((element) => {
					const box = element.getBoundingClientRect();
					return box.width > 0 && box.right > document.documentElement.clientWidth + 1;
				})
				.filter((element) => !element.closest('.visually-hidden, [aria-hidden="true"]'))
				.slice(0, 5)
				.map((element) => `${element.tagName.toLowerCase()}.${element.className}`)
		);
		expect(overflowing, 'elements past the right edge').toEqual([]);
		await expectCleanPage();
	});
});
