// The /datos downloads are for reuse in spreadsheets and GIS tools, so they are checked the way
// those tools read them: the CSV by an independent RFC 4180 parser, the GeoJSON by its spec.
import { describe, expect, test } from 'vitest';
import { placeById, places } from '$lib/data';
import { events, sourceById } from '$lib/data/text';
import { plainText } from '$lib/copy/inline';
import { BOM, CSV_COLUMNS, eventsCsv, eventsJson, placesGeoJson, toCsv } from '$lib/events/exports';
import { STATUS_SYMBOL, statusText } from '$lib/events/status';

/** RFC 4180: comma-separated, CRLF rows, quoted fields may hold commas, CRLF and "" for ". */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	while (i < text.length) {
		const char = text[i]!;
		if (field === '' && char === '"') {
			// A quoted field runs to the next quote that is not doubled.
			i++;
			for (;;) {
				if (i >= text.length) throw new Error('unterminated quoted field');
				if (text[i] === '"' && text[i + 1] === '"') {
					field += '"';
					i += 2;
				} else if (text[i] === '"') {
					i++;
					break;
				} else field += text[i++];
			}
			const next = text[i];
			if (next !== ',' && next !== '\r' && next !== undefined) {
				throw new Error(`text after a closing quote at ${i}`);
			}
		} else if (char === ',') {
			row.push(field);
			field = '';
			i++;
		} else if (char === '\r' && text[i + 1] === '\n') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			i += 2;
		} else if (char === '"' || char === '\n' || char === '\r') {
			throw new Error(`bare ${JSON.stringify(char)} in an unquoted field at ${i}`);
		} else {
			field += char;
			i++;
		}
	}
	if (field !== '' || row.length) throw new Error('last row does not end with CRLF');
	return rows;
}

describe('eventsCsv', () => {
	const csv = eventsCsv(events, placeById, sourceById);
	const [header, ...rows] = parseCsv(csv.slice(BOM.length));
	const column = (name: (typeof CSV_COLUMNS)[number]) => header!.indexOf(name);

	test('starts with the UTF-8 byte order mark, then the header', () => {
		expect(csv.charCodeAt(0)).toBe(0xfeff);
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
		expect(csv.slice(1).startsWith('id,fecha,')).toBe(true);
		expect(header).toEqual([...CSV_COLUMNS]);
	});

	test('has one well-formed row per event, in order', () => {
		expect(rows).toHaveLength(events.length);
		for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
	});

	test.each(events.map((event, i) => ({ id: event.id, event, i })))(
		'row for $id matches the event',
		({ event, i }) => {
			const row = rows[i]!;
			expect(row[column('id')]).toBe(event.id);
			expect(row[column('fecha')]).toBe(event.date.iso);
			expect(row[column('fecha_fin')]).toBe(event.endDate?.iso ?? '');
			expect(row[column('precision')]).toBe(event.date.precision === 'day' ? 'dia' : 'mes');
			expect(row[column('titulo')]).toBe(event.title);
			// Inline marks (*cursiva*) are for the page; a spreadsheet gets the plain text.
			expect(row[column('resumen')]).toBe(plainText(event.summary));
			expect(row[column('estado')]).toBe(event.status);
			expect(row[column('estado_marca')]!.startsWith(STATUS_SYMBOL[event.status])).toBe(true);
			expect(row[column('estado_texto')]).toBe(statusText(event.status, event));
			expect(row[column('confirmado_por')]).toBe(event.confirmedBy ?? '');
			expect(row[column('informado_por')]).toBe(event.reportedBy ?? '');
			expect(row[column('segun')]).toBe(event.claimedBy ?? '');
			expect(row[column('ni_confirma_ni_niega')]).toBe(event.declinedBy ?? '');
			expect(row[column('revisado')]).toBe(event.revisado);
			const place = event.place ? placeById.get(event.place) : undefined;
			expect(row[column('lat')]).toBe(place ? String(place.lat) : '');
			expect(row[column('lon')]).toBe(place ? String(place.lon) : '');
		}
	);

	test('the real data exercises quoting (commas or quotes in the text)', () => {
		expect(csv).toMatch(/,"[^"]*,/);
	});
});

describe('toCsv', () => {
	test.each([
		{ name: 'comma', value: 'Moscú, Rusia' },
		{ name: 'double quote', value: 'el llamado "Tratado" de 2024' },
		{ name: 'only quotes', value: '""' },
		{ name: 'line feed', value: 'primera línea\nsegunda' },
		{ name: 'CRLF', value: 'a\r\nb' },
		{ name: 'carriage return', value: 'a\rb' },
		{ name: 'everything', value: '«cita», "otra"\r\n, y más' },
		{ name: 'leading and trailing spaces', value: '  hola  ' },
		{ name: 'empty', value: '' }
	])('a field with $name round-trips', ({ value }) => {
		const rows = [
			['antes', value, 'después'],
			[value, '', value]
		];
		expect(parseCsv(toCsv(rows))).toEqual(rows);
	});

	test('undefined becomes an empty field and numbers keep their digits', () => {
		expect(toCsv([[undefined, 39.0195, 0, 'x']])).toBe(',39.0195,0,x\r\n');
	});

	test('quotes only the fields that need it', () => {
		expect(toCsv([['a', 'b,c', 'd"e']])).toBe('a,"b,c","d""e"\r\n');
	});
});

describe('eventsJson', () => {
	const json = JSON.parse(JSON.stringify(eventsJson(events, placeById, sourceById)));

	test('lists every event with its id, dates and status', () => {
		expect(json.eventos.map((e: { id: string }) => e.id)).toEqual(events.map((e) => e.id));
		json.eventos.forEach((exported: Record<string, unknown>, i: number) => {
			const event = events[i]!;
			expect(exported.fecha).toBe(event.date.iso);
			expect(exported.fecha_fin).toBe(event.endDate?.iso);
			expect(exported.estado).toBe(event.status);
			expect(exported.estado_texto).toBe(statusText(event.status, event));
			expect(exported.estado_marca).toMatch(/^[●◐○] /);
			expect(exported.revisado).toBe(event.revisado);
			expect(exported.fuentes).toHaveLength(event.sources.length);
		});
	});

	test('sources are resolved to their outlet and keep their quotes', () => {
		const withQuote = events.findIndex((event) => event.sources.some((c) => c.quote));
		const citation = events[withQuote]!.sources.find((c) => c.quote)!;
		const exported = json.eventos[withQuote].fuentes.find(
			(f: { id: string }) => f.id === citation.source
		);
		expect(exported.medio).toBe(sourceById.get(citation.source)!.outlet);
		expect(exported.cita).toBe(citation.quote);
	});

	test('a subset of events (the filtered rows of /datos) exports only those', () => {
		const some = events.filter((event) => event.status === 'informado');
		const subset = eventsJson(some, placeById, sourceById) as { eventos: { id: string }[] };
		expect(subset.eventos.map((e) => e.id)).toEqual(some.map((e) => e.id));
		const [, ...rows] = parseCsv(eventsCsv(some, placeById, sourceById).slice(BOM.length));
		expect(rows.map((row) => row[0])).toEqual(some.map((e) => e.id));
	});

	test('lists every place id', () => {
		expect(json.lugares).toEqual(places.map((place) => place.id));
	});
});

describe('placesGeoJson', () => {
	const geojson = JSON.parse(JSON.stringify(placesGeoJson(places)));

	test('is a FeatureCollection of Point features', () => {
		expect(geojson.type).toBe('FeatureCollection');
		expect(geojson.features).toHaveLength(places.length);
		for (const feature of geojson.features) {
			expect(feature.type).toBe('Feature');
			expect(feature.geometry.type).toBe('Point');
			expect(feature.properties).toEqual(expect.any(Object));
		}
	});

	test('coordinates are [lon, lat], as GeoJSON orders them', () => {
		geojson.features.forEach(
			(feature: { id: string; geometry: { coordinates: number[] } }, i: number) => {
				const place = places[i]!;
				expect(feature.id).toBe(place.id);
				expect(feature.geometry.coordinates).toEqual([place.lon, place.lat]);
			}
		);
		// Pyongyang is at 125° E, 39° N: swapped axes would put it at 39° E.
		const pyongyang = geojson.features.find((f: { id: string }) => f.id === 'pyongyang');
		expect(pyongyang.geometry.coordinates[0]).toBeGreaterThan(120);
	});
});
