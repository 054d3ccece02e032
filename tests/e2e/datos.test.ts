// /datos: the readable table of every event with its sources, and the three downloads, checked
// against data/ itself; plus the 404 page for an address that does not exist.
import {
	eventById,
	events,
	expect,
	places,
	sourceById,
	spanText,
	statusLines,
	test,
	waitForLeaflet
} from './helpers';

/** RFC 4180, strictly: CRLF record ends, quotes only around whole fields, "" for a quote. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	const endField = () => {
		row.push(field);
		field = '';
	};
	while (i < text.length) {
		const c = text[i]!;
		if (c === '"' && field === '') {
			// A quoted field: runs to the closing quote, "" is a literal quote.
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('CSV: unterminated quoted field');
				if (text[i] === '"') {
					if (text[i + 1] === '"') {
						field += '"';
						i += 2;
						continue;
					}
					i++;
					break;
				}
				field += text[i++];
			}
			const next = text.slice(i, i + 2);
			if (i < text.length && next[0] !== ',' && next !== '\r\n')
				throw new Error(`CSV: text after a closing quote at ${i}`);
			continue;
		}
		if (c === ',') {
			endField();
			i++;
		} else if (c === '\r' && text[i + 1] === '\n') {
			endField();
			rows.push(row);
			row = [];
			i += 2;
		} else if (c === '\r' || c === '\n' || c === '"') {
			throw new Error(`CSV: bare ${JSON.stringify(c)} at ${i} in an unquoted field`);
		} else {
			field += c;
			i++;
		}
	}
	if (field !== '' || row.length > 0) {
		endField();
		rows.push(row);
	}
	return rows;
}

test.describe('/datos', () => {
	test('shows one table row per event with date, title, place, status and sources', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/datos');
		await expect(page.locator('html')).toHaveAttribute('lang', 'es');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		const rows = page.locator('table [data-event-row]');
		await expect(rows).toHaveCount(events.length);
		expect(
			await rows.evaluateAll((all) => all.map((row) => row.getAttribute('data-event-row')))
		).toEqual(events.map((event) => event.id));

		// The first time is the event's date; the second, when the record was last checked.
		await expect(page.locator('[data-event-row="firma-tratado"] time').first()).toHaveText(
			'19 de junio de 2024'
		);
		for (const event of events) {
			const row = page.locator(`[data-event-row="${event.id}"]`);
			await expect(row.locator('time').first()).toHaveText(spanText(event));
			await expect(row.locator(`time[datetime="${event.revisado}"]`)).toBeVisible();
			await expect(row).toContainText(event.title);
			await expect(row).toContainText(event.location);
			for (const line of statusLines(event)) await expect(row).toContainText(line);
			for (const citation of event.sources) {
				const source = sourceById.get(citation.source);
				expect(source, `source ${citation.source} of ${event.id}`).toBeDefined();
				await expect(row).toContainText(source!.title);
			}
			const quotes = event.sources.flatMap((citation) => (citation.quote ? [citation.quote] : []));
			await expect(row.locator('q')).toHaveText(quotes);
		}
		await expectCleanPage();
	});

	test('links the three downloads', async ({ page, expectCleanPage }) => {
		await page.goto('/datos');
		for (const file of ['eventos.csv', 'eventos.json', 'lugares.geojson']) {
			const link = page.locator(`a[href$="/datos/${file}"]`);
			await expect(link).toBeVisible();
			await expect(link).toHaveAttribute('download', '');
		}
		const [download] = await Promise.all([
			page.waitForEvent('download'),
			page.locator('a[href$="/datos/eventos.csv"]').click()
		]);
		expect(download.suggestedFilename()).toBe('eventos.csv');
		await expectCleanPage();
	});

	test('eventos.csv: UTF-8 with BOM, text/csv, RFC 4180, the same events as data/', async ({
		request
	}) => {
		const response = await request.get('/datos/eventos.csv');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^text\/csv\b/);
		const bytes = await response.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);

		const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(
			bytes.subarray(3)
		);
		const [header, ...records] = parseCsv(text);
		expect(header).toContain('id');
		expect(header).toContain('fecha');
		for (const record of records) expect(record).toHaveLength(header!.length);
		const column = (name: string) => header!.indexOf(name);
		expect(records.map((record) => record[column('id')])).toEqual(events.map((event) => event.id));
		expect(records.map((record) => record[column('fecha')])).toEqual(
			events.map((event) => event.date)
		);
		// Accents survive, and quoted fields with commas and quotes come back whole.
		const firma = records.find((record) => record[column('id')] === 'firma-tratado')!;
		expect(firma[column('titulo')]).toBe(eventById.get('firma-tratado')!.title);
	});

	test('eventos.json: the same ids and dates as data/', async ({ request }) => {
		const response = await request.get('/datos/eventos.json');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^application\/json\b/);
		const body = (await response.json()) as { eventos: { id: string; fecha: string }[] };
		expect(body.eventos.map((event) => event.id)).toEqual(events.map((event) => event.id));
		expect(body.eventos.map((event) => event.fecha)).toEqual(events.map((event) => event.date));
	});

	test('lugares.geojson: a FeatureCollection with [lon, lat] of every place', async ({
		request
	}) => {
		const response = await request.get('/datos/lugares.geojson');
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toMatch(/^application\/(geo\+)?json\b/);
		const body = JSON.parse(await response.text()) as {
			type: string;
			features: {
				type: string;
				properties: { id: string };
				geometry: { type: string; coordinates: [number, number] };
			}[];
		};
		expect(body.type).toBe('FeatureCollection');
		expect(
			body.features.map((feature) => ({
				type: feature.type,
				id: feature.properties.id,
				geometry: feature.geometry.type,
				coordinates: feature.geometry.coordinates
			}))
		).toEqual(
			places.map((place) => ({
				type: 'Feature',
				id: place.id,
				geometry: 'Point',
				coordinates: [place.lon, place.lat]
			}))
		);
	});

	test('/ and /datos make no request to another host and log no error', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/');
		await waitForLeaflet(page);
		// The last step loads every place, route and highlighted country.
		await page.locator('[data-step]').last().scrollIntoViewIfNeeded();
		await page.goto('/datos');
		await expect(page.locator('[data-event-row]')).toHaveCount(events.length);
		// And the way a reader gets there: the site navigation, from the story.
		await page.goto('/');
		await page.getByRole('navigation').getByRole('link', { name: 'Datos' }).click();
		await expect(page).toHaveURL(/\/datos$/);
		await expect(page.locator('[data-event-row]')).toHaveCount(events.length);
		await expectCleanPage();
	});
});

test('an unknown address answers 404 with a page that links back', async ({
	page,
	baseURL,
	expectCleanPage
}) => {
	const response = await page.goto('/no-existe');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
	await expect(page.getByRole('heading').first()).toBeVisible();
	expect((await page.locator('body').innerText()).trim().length).toBeGreaterThan(20);
	const home = page.locator('a[href="/"], a[href="./"], a[href=".."], a[href="."]').filter({
		visible: true
	});
	await expect(home.first()).toBeVisible();
	await expectCleanPage({
		// The browser reports the 404 document itself as a failed resource load: expected here.
		ignoreConsole: (message) =>
			message.type() === 'error' &&
			/status of 404/.test(message.text()) &&
			message.location().url === new URL('/no-existe', baseURL).href
	});
});
