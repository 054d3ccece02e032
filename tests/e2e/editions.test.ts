// The two editions side by side, run once for each (E2E_EDITION): every page says its own
// language (`<html lang>`, the 404 page included), the edition switch in the site header leads
// to the same page and the same beat in the other edition and back (by pointer and by keyboard),
// and the downloads of /datos speak the edition's language, column names included. Expectations
// come from the data and the dictionaries, never from the page's own code.
import type { Page } from '@playwright/test';
import {
	anchor,
	at,
	beats,
	edition,
	events,
	expect,
	t,
	test,
	type Edition,
	type StoryBeat
} from './helpers';
import { is404Resource } from './hardening-shared';

/** The edition the switch leads to, its pages and its anchors (the helpers' `at`, `anchor`). */
const other: Edition = edition === 'es' ? 'en' : 'es';
const otherAt = (path: string) => (other === 'es' ? path : path === '/' ? '/en/' : `/en${path}`);
const otherAnchor = (step: number, beat?: number) =>
	`#${other === 'es' ? 'paso' : 'step'}-${step}${beat === undefined ? '' : `.${beat}`}`;
/** How each edition names itself in the switch. */
const EDITION_NAMES: Record<Edition, string> = { es: 'Español', en: 'English' };

/** A path (and hash) relative to the site: what toHaveURL compares with. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const addressIs = (path: string) => new RegExp(`^[a-z]+://[^/]+${literal(path)}$`);

/** The switch: the site header's link to the other edition. */
const editionSwitch = (page: Page) => page.getByRole('banner').locator('a.edition');

/** Waits until the story shows this beat: the graphic and the beat's card agree. */
async function expectAtBeat(page: Page, beat: StoryBeat) {
	await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
	const active = page.locator('.scrolly [data-beat][data-active="true"]');
	await expect(active).toHaveCount(1);
	await expect(active).toHaveAttribute('data-beat', beat.key);
	await expect(active).toBeInViewport();
}

const beatAt = (step: number, number: number) =>
	beats.find((beat) => beat.stepNumber === step && beat.number === number)!;

test.describe(`every page of the ${edition} edition says its language`, () => {
	for (const path of ['/', '/datos', '/guia', '/presentar', '/paso/3', '/embed/historia']) {
		test(`<html lang="${edition}"> at ${at(path)}`, async ({ page, request, expectCleanPage }) => {
			// As prerendered (what crawlers and readers without JavaScript get), and once running
			// (/paso/N sends a reader on to the story: the edition's own).
			const html = await (await request.get(at(path))).text();
			expect(html).toMatch(new RegExp(`<html[^>]* lang="${edition}"`));
			await page.goto(at(path));
			await expect(page.locator('html')).toHaveAttribute('lang', edition);
			await expect(page.locator('h1').first()).toBeAttached();
			await expectCleanPage();
		});
	}

	for (const path of ['/no-existe', '/embed/no-existe']) {
		test(`an unknown ${at(path)} is the edition's 404 page, with status 404`, async ({
			page,
			expectCleanPage
		}) => {
			const response = await page.goto(at(path));
			expect(response?.status()).toBe(404);
			await expect(page.locator('html')).toHaveAttribute('lang', edition);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				path.startsWith('/embed/') ? t.embed.notFound : t.notFound.title
			);
			if (path.startsWith('/embed/')) {
				// The embeds it offers instead, by their names in the edition's language.
				await expect(page.locator('.not-found a')).toHaveText(Object.values(t.embed.titles));
			}
			await expectCleanPage({ ignoreConsole: is404Resource });
		});
	}
});

test.describe('the edition switch', () => {
	test(`is a link to the ${other} edition, marked as ${other}, in the tab order`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/datos'));
		const link = editionSwitch(page);
		await expect(link).toHaveCount(1);
		await expect(link).toHaveText(EDITION_NAMES[other]);
		await expect(link).toHaveAttribute('hreflang', other);
		await expect(link).toHaveAttribute('lang', other);
		// From the top of the page, Tab reaches it within the header's stops (skip link, name,
		// the sections), and Enter follows it.
		let presses = 0;
		while (!(await link.evaluate((element) => element === document.activeElement))) {
			expect(presses++, 'Tab presses before the switch has focus').toBeLessThan(10);
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(addressIs(otherAt('/datos')));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
		await expectCleanPage();
	});

	test(`on /datos leads to the ${other} edition's /datos and back`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/datos'));
		await editionSwitch(page).click();
		await expect(page).toHaveURL(addressIs(otherAt('/datos')));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
		await expect(page.locator('table tbody tr')).toHaveCount(events.length);
		await editionSwitch(page).click();
		await expect(page).toHaveURL(addressIs(at('/datos')));
		await expect(page.locator('html')).toHaveAttribute('lang', edition);
		await expectCleanPage();
	});

	test(`on the story, after a jump to ${anchor(4, 2)}, leads to ${otherAnchor(4, 2)} in ${other} and back`, async ({
		page,
		expectCleanPage
	}) => {
		const beat = beatAt(4, 2);
		await page.goto(`${at('/')}${anchor(4, 2)}`);
		await expectAtBeat(page, beat);

		await editionSwitch(page).click();
		await expect(page).toHaveURL(addressIs(`${otherAt('/')}${otherAnchor(4, 2)}`));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
		// The same beat: the step ids are the same in both editions.
		await expectAtBeat(page, beat);

		await editionSwitch(page).click();
		await expect(page).toHaveURL(addressIs(`${at('/')}${anchor(4, 2)}`));
		await expect(page.locator('html')).toHaveAttribute('lang', edition);
		await expectAtBeat(page, beat);
		await expectCleanPage();
	});

	test('on the story, after scrolling to a beat, follows the address the story rewrote', async ({
		page,
		expectCleanPage
	}) => {
		// The switch was prerendered without an anchor; the reader's scrolling moved the address.
		const beat = beatAt(6, 3);
		await page.goto(at('/'));
		await expect(page.locator('.scrolly [data-beat]')).toHaveCount(beats.length);
		await page
			.locator(`[id="${anchor(6, 3).slice(1)}"]`)
			.evaluate((element) => element.scrollIntoView({ block: 'start' }));
		await page.mouse.wheel(0, 2);
		await expectAtBeat(page, beat);
		await expect(page).toHaveURL(addressIs(`${at('/')}${anchor(6, 3)}`));

		// By keyboard: the link is brought up to date when it takes focus.
		await page.getByRole('banner').getByRole('link', { name: t.siteName }).focus();
		let presses = 0;
		const link = editionSwitch(page);
		while (!(await link.evaluate((element) => element === document.activeElement))) {
			expect(presses++, 'Tab presses from the site name to the switch').toBeLessThan(10);
			await page.keyboard.press('Tab');
		}
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(addressIs(`${otherAt('/')}${otherAnchor(6, 3)}`));
		await expectAtBeat(page, beat);
		await expectCleanPage();
	});

	test(`a shared ${at('/paso/3')} opens the edition's story at step 3; the switch keeps it`, async ({
		page,
		expectCleanPage
	}) => {
		await page.goto(at('/paso/3'));
		await expect(page).toHaveURL(addressIs(`${at('/')}${anchor(3)}`));
		await expectAtBeat(page, beatAt(3, 1));
		await editionSwitch(page).click();
		await expect(page).toHaveURL(addressIs(`${otherAt('/')}${otherAnchor(3)}`));
		await expect(page.locator('html')).toHaveAttribute('lang', other);
		await expectAtBeat(page, beatAt(3, 1));
		await expectCleanPage();
	});
});

// ---------------------------------------------------------------------------------------------
// The downloads: the same files under each edition's /datos, in its language.

/** eventos.csv's columns, as each edition publishes them. */
const CSV_COLUMNS: Record<Edition, string[]> = {
	es: [
		'id',
		'fecha',
		'fecha_fin',
		'precision',
		'titulo',
		'resumen',
		'lugar',
		'lugar_id',
		'lat',
		'lon',
		'tipo',
		'estado',
		'estado_marca',
		'estado_texto',
		'confirmado_por',
		'informado_por',
		'segun',
		'negado_por',
		'ni_confirma_ni_niega',
		'revisado',
		'fuentes',
		'citas'
	],
	en: [
		'id',
		'date',
		'end_date',
		'precision',
		'title',
		'summary',
		'place',
		'place_id',
		'lat',
		'lon',
		'kind',
		'status',
		'status_mark',
		'status_text',
		'confirmed_by',
		'reported_by',
		'claimed_by',
		'denied_by',
		'declined_by',
		'reviewed',
		'sources',
		'quotes'
	]
};
/** eventos.json's own field names and title. */
const JSON_FIELDS: Record<
	Edition,
	{ title: string; events: string; date: string; heading: string; precision: string[] }
> = {
	es: {
		title: 'titulo',
		events: 'eventos',
		date: 'fecha',
		heading: 'Moscú–Pionyang: cronología verificada',
		precision: ['dia', 'mes']
	},
	en: {
		title: 'title',
		events: 'events',
		date: 'date',
		heading: 'Moscow–Pyongyang: a verified timeline',
		precision: ['day', 'month']
	}
};

/** RFC 4180 rows (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	const field = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
	let i = 0;
	while (i < text.length) {
		field.lastIndex = i;
		const match = field.exec(text)!;
		row.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : match[2]!);
		i = field.lastIndex;
		if (text[i] === ',') i++;
		else if (text.startsWith('\r\n', i) || i >= text.length) {
			rows.push(row);
			row = [];
			i += 2;
		} else throw new Error(`CSV: unexpected ${JSON.stringify(text[i])} at ${i}`);
	}
	return rows;
}

test.describe(`the downloads of ${at('/datos')}`, () => {
	test('/datos links them under the edition', async ({ page, expectCleanPage }) => {
		await page.goto(at('/datos'));
		for (const file of ['eventos.csv', 'eventos.json', 'lugares.geojson']) {
			const href = await page.locator(`a[href$="/datos/${file}"]`).first().getAttribute('href');
			expect(new URL(href!, page.url()).pathname).toBe(at(`/datos/${file}`));
		}
		await expectCleanPage();
	});

	test(`eventos.csv has the ${edition} column names and titles`, async ({ request }) => {
		const response = await request.get(at('/datos/eventos.csv'));
		expect(response.status()).toBe(200);
		const [header, ...records] = parseCsv((await response.text()).replace(/^\ufeff/, ''));
		expect(header).toEqual(CSV_COLUMNS[edition]);
		const column = (name: string) => records.map((record) => record[header!.indexOf(name)]);
		expect(column('id')).toEqual(events.map((event) => event.id));
		expect(column(CSV_COLUMNS[edition][4]!)).toEqual(events.map((event) => event.title));
		expect(new Set(column('precision'))).toEqual(
			new Set(
				events.map((event) => JSON_FIELDS[edition].precision[event.date.length === 10 ? 0 : 1])
			)
		);
	});

	test(`eventos.json has the ${edition} field names, title and event titles`, async ({
		request
	}) => {
		const response = await request.get(at('/datos/eventos.json'));
		expect(response.status()).toBe(200);
		const fields = JSON_FIELDS[edition];
		const body = (await response.json()) as Record<string, unknown>;
		expect(body[fields.title]).toBe(fields.heading);
		const list = body[fields.events] as Record<string, unknown>[];
		expect(Array.isArray(list), `"${fields.events}" is the list of events`).toBe(true);
		expect(list.map((event) => event.id)).toEqual(events.map((event) => event.id));
		expect(list.map((event) => event[fields.date])).toEqual(events.map((event) => event.date));
		expect(list.map((event) => event[fields.title])).toEqual(events.map((event) => event.title));
		// No field of the other edition's files slipped in.
		const otherFields = JSON_FIELDS[other];
		for (const name of [otherFields.events, otherFields.date, otherFields.title])
			if (name !== fields.title) expect(Object.keys(list[0]!)).not.toContain(name);
	});
});
