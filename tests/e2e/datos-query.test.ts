// /datos as readers query it: filters from and to the address, the count of matches, downloads of
// the filtered rows, bad addresses that fall back, the page without JavaScript, and the marks of
// confirmation with their legend (on /datos and on the timeline).
import { events, expect, STATUS_SYMBOLS, test } from './helpers';

const visibleIds = (page: import('@playwright/test').Page) =>
	page
		.locator('table [data-event-row]:visible')
		.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-event-row')));

test.describe('/datos filters', () => {
	test('the address filters the table, and the form writes the address', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/datos?estado=atribuido&año=2024');
		const expected = events
			.filter((e) => e.status === 'atribuido' && e.date.startsWith('2024'))
			.map((e) => e.id);
		expect(expected.length).toBeGreaterThan(1);
		await expect(page.locator('[data-match-count]')).toHaveAttribute(
			'data-match-count',
			String(expected.length)
		);
		await expect(page.getByRole('status')).toHaveText(
			`${expected.length} de ${events.length} hechos`
		);
		expect(await visibleIds(page)).toEqual(expected);
		await expect(page.getByLabel('Estado')).toHaveValue('atribuido');
		await expect(page.getByLabel('Año')).toHaveValue('2024');

		await page.getByLabel('Tipo').selectOption('tropas');
		await expect(page).toHaveURL(/\/datos\?estado=atribuido&tipo=tropas&a%C3%B1o=2024$/);
		const troops = events.filter(
			(e) => e.status === 'atribuido' && e.kind === 'tropas' && e.date.startsWith('2024')
		);
		expect(await visibleIds(page)).toEqual(troops.map((e) => e.id));

		await page.getByRole('button', { name: 'Quitar los filtros' }).click();
		await expect(page).toHaveURL(/\/datos$/);
		await page.getByLabel('Buscar en títulos y resúmenes').fill('jarkov');
		await expect(page).toHaveURL(/\/datos\?q=jarkov$/);
		expect(await visibleIds(page)).toEqual(['misil-jarkov']);
		await expectCleanPage();
	});

	test('bad values fall back to every event, with no console error', async ({
		page,
		expectCleanPage
	}) => {
		for (const search of ['estado=rumor', 'año=1999', 'tipo=%3Cscript%3E&año=abc', 'q=']) {
			await page.goto(`/datos?${search}`);
			await expect(page.locator('[data-match-count]')).toHaveAttribute(
				'data-match-count',
				String(events.length)
			);
			expect(await visibleIds(page)).toHaveLength(events.length);
		}
		await expectCleanPage();
	});

	test('downloads offer the filtered rows as well as all of them', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/datos');
		await expect(page.locator('[data-filtered-downloads]')).toHaveCount(0);
		await page.goto('/datos?estado=informado');
		const reported = events.filter((e) => e.status === 'informado');
		const group = page.locator('[data-filtered-downloads]');
		await expect(group).toContainText(`Solo los ${reported.length} hechos filtrados`);

		const [csv] = await Promise.all([
			page.waitForEvent('download'),
			group.getByRole('button', { name: 'Hechos (CSV)' }).click()
		]);
		expect(csv.suggestedFilename()).toBe('eventos-filtrados.csv');
		const text = (await (await csv.createReadStream()).toArray()).join('');
		const lines = text
			.replace(/^\ufeff/, '')
			.trim()
			.split('\r\n');
		expect(lines).toHaveLength(reported.length + 1);
		expect(
			lines.slice(1).every((line) => line.includes(`${STATUS_SYMBOLS.informado} Informado`))
		).toBe(true);

		const [json] = await Promise.all([
			page.waitForEvent('download'),
			group.getByRole('button', { name: 'Hechos (JSON)' }).click()
		]);
		const body = JSON.parse((await (await json.createReadStream()).toArray()).join('')) as {
			eventos: { id: string; estado: string; revisado: string }[];
		};
		expect(body.eventos.map((e) => e.id)).toEqual(reported.map((e) => e.id));
		// The full files stay where they were.
		await expect(page.locator('a[href$="/datos/eventos.csv"]')).toHaveAttribute('download', '');
		await expectCleanPage();
	});

	test('each row shows its mark, its level and when it was checked; the legend explains them once', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/datos');
		await expect(page.locator('[data-status-legend]')).toHaveCount(1);
		const legend = page.locator('[data-status-legend]');
		for (const label of ['Confirmado', 'Informado', 'Atribuido'])
			await expect(legend).toContainText(label);
		for (const event of events) {
			const row = page.locator(`[data-event-row="${event.id}"]`);
			await expect(row.locator(`[data-status-mark="${event.status}"]`)).toHaveCount(1);
			await expect(row.locator(`time[datetime="${event.revisado}"]`)).toBeVisible();
		}
		await expect(
			page.getByRole('heading', { name: 'Correcciones y actualizaciones' })
		).toBeVisible();
		await expect(page.locator('[data-correction]').first()).toContainText('5 de diciembre de 2026');
		await expectCleanPage();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/datos reads in full, even with filters in the address', async ({ page }) => {
		await page.goto('/datos?estado=atribuido&año=2024');
		expect(await visibleIds(page)).toHaveLength(events.length);
		await expect(page.locator('[data-filters]')).toBeHidden();
		await expect(page.locator('[data-status-legend]')).toBeVisible();
		await expect(
			page.getByRole('heading', { name: 'Correcciones y actualizaciones' })
		).toBeVisible();
	});
});

test('the timeline draws each level with its own shape and shows the legend', async ({
	page,
	expectCleanPage
}) => {
	await page.goto('/embed/cronologia');
	const strip = page.locator('[data-timeline]');
	await expect(strip).toBeVisible();
	for (const event of events) {
		const mark = strip.locator(`[data-event="${event.id}"]`);
		if ((await mark.count()) === 0) continue;
		await expect(mark).toHaveAttribute('data-status', event.status);
		const shapes = await mark.evaluate((g) => ({
			// Every mark has the half's path; only a reported event's draws it.
			half: g.querySelectorAll('path.half[d]').length,
			filled: g.querySelectorAll('circle.filled').length
		}));
		expect(shapes).toEqual({
			half: event.status === 'informado' ? 1 : 0,
			filled: event.status === 'confirmado' ? 1 : 0
		});
	}
	await expect(page.locator('[data-status-legend]')).toHaveCount(1);
	await expectCleanPage();
});
