// /datos filters as an address: what each parameter keeps, what a bad value falls back to, and
// what the search finds. Table-driven over the real events.
import { describe, expect, test } from 'vitest';
import { events } from '$lib/data/text';
import { eventYears, isFiltered, matches, parseQuery, queryParams } from '$lib/events/query';

const parse = (search: string) => parseQuery(new URLSearchParams(search), events);
const ids = (search: string) =>
	events.filter((event) => matches(event, parse(search))).map((event) => event.id);

describe('parseQuery', () => {
	test.each([
		{ search: '', expected: {} },
		{ search: 'estado=atribuido&año=2024', expected: { estado: 'atribuido', año: 2024 } },
		{ search: 'estado=INFORMADO', expected: { estado: 'informado' } },
		{ search: 'tipo=tropas&q=Kursk', expected: { tipo: 'tropas', q: 'Kursk' } },
		{ search: 'anio=2023', expected: { año: 2023 } },
		{ search: 'a%C3%B1o=2019', expected: { año: 2019 } },
		// Values the data does not have fall back to no filter, never to an empty table.
		{ search: 'estado=rumor', expected: {} },
		{ search: 'tipo=<script>', expected: {} },
		{ search: 'año=1999', expected: {} },
		{ search: 'año=2024abc', expected: {} },
		{ search: 'q=%20%20', expected: {} },
		{ search: 'estado=&tipo=', expected: {} }
	])('?$search', ({ search, expected }) => {
		expect(parse(search)).toEqual(expected);
	});

	test('a very long search is cut, not refused', () => {
		expect(parse(`q=${'a'.repeat(500)}`).q).toHaveLength(100);
	});
});

describe('queryParams', () => {
	test.each([
		{ query: {}, expected: '' },
		{ query: { año: 2024, estado: 'atribuido' }, expected: 'estado=atribuido&a%C3%B1o=2024' },
		{ query: { q: 'Járkov misil', tipo: 'guerra' }, expected: 'tipo=guerra&q=J%C3%A1rkov+misil' }
	] as const)('$expected', ({ query, expected }) => {
		const params = queryParams(query);
		expect(params.toString()).toBe(expected);
		expect(parseQuery(params, events)).toEqual(query);
	});
});

describe('matches', () => {
	test.each([
		{
			search: 'estado=informado',
			expected: ['kim-cruza-jasan', 'articulo-rodong', 'remision-duma']
		},
		{ search: 'q=jarkov', expected: ['misil-jarkov'] },
		{ search: 'q=JÁRKOV', expected: ['misil-jarkov'] },
		{ search: 'q=Sháposhnikov', expected: ['kim-komsomolsk-vladivostok'] },
		{ search: 'q=zelenski%20budapest', expected: ['zelenski-budapest'] },
		{ search: 'q=nada-de-esto', expected: [] }
	])('?$search', ({ search, expected }) => {
		expect(ids(search)).toEqual(expected);
	});

	test('status and year together narrow to both', () => {
		const found = events.filter((event) => matches(event, parse('estado=atribuido&año=2024')));
		expect(found.length).toBeGreaterThan(0);
		for (const event of found) {
			expect(event.status).toBe('atribuido');
			expect(event.date.iso.startsWith('2024')).toBe(true);
		}
	});

	test('no filter keeps every event, and says it is not filtering', () => {
		expect(ids('')).toHaveLength(events.length);
		expect(isFiltered(parse(''))).toBe(false);
		expect(isFiltered(parse('q=kim'))).toBe(true);
	});

	test('the years offered are those with events', () => {
		expect(eventYears(events)).toEqual([2019, 2022, 2023, 2024, 2025]);
	});
});
