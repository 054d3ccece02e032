// The validator is the editor's only feedback when data/ is wrong, so each broken input must
// produce the exact line that names file, record and field, and never a stack trace.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readData } from '$lib/data/plugin';
import { validateDataset, type DataFileName, type RawData } from '$lib/data/validate';

const root = process.cwd();
const real: RawData = readData(resolve(root, 'data'), root);

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** A deep copy of the real data with one file's JSON changed by `change`. */
function withJson(file: DataFileName, change: (json: Json) => void): RawData {
	const copy: RawData = structuredClone(real);
	const json = JSON.parse(copy.files[file]!) as Json;
	change(json);
	copy.files[file] = JSON.stringify(json, null, 2);
	return copy;
}

function errorsOf(raw: RawData): string[] {
	const result = validateDataset(raw);
	if (result.ok) throw new Error('expected the validator to reject this data');
	return result.errors;
}

const realJson = (file: DataFileName) => JSON.parse(real.files[file]!) as Json;
const events = realJson('events.json').events as Json[];
const steps = realJson('story.json').steps as Json[];
const step = (i: number, field: string) =>
	`data/story.json › steps[${i}] (${steps[i]!.id}) › ${field}`;
const corrections = realJson('corrections.json').corrections as Json[];
const eventId = (i: number) => events[i]!.id as string;

// Indexes picked for their shape in the real data; the guards below fail loudly if it changes.
const ATTRIBUTED = events.findIndex((event) => event.status === 'atribuido');
const REPORTED = events.findIndex((event) => event.status === 'informado');
const CONFIRMED = events.findIndex((event) => event.status === 'confirmado');
const DECLINED = events.findIndex((event) => event.declinedBy);
const DENIED = events.findIndex((event) => event.deniedBy);
const SEED_CITATION = 0; // events[0].sources[0] quotes a seed ("semilla")
const EXTERNAL_CITATION = 1; // events[0].sources[1] quotes an outside source

test('the indexes these cases rely on still have the expected shape', () => {
	const sources = realJson('sources.json').sources as Json[];
	const kindOf = (id: string) => sources.find((source) => source.id === id)?.kind;
	const citations = events[0]!.sources as Json[];
	expect(kindOf(citations[SEED_CITATION]!.source)).toBe('semilla');
	expect(kindOf(citations[EXTERNAL_CITATION]!.source)).toBe('externa');
	expect(ATTRIBUTED).toBeGreaterThanOrEqual(0);
	expect(events[ATTRIBUTED]!.claimedBy).toBeTruthy();
	expect(events[REPORTED]!.reportedBy).toBeTruthy();
	expect(events[CONFIRMED]!.confirmedBy).toBeTruthy();
	expect(events[DECLINED]!.status).not.toBe('confirmado');
	expect(events[DENIED]!.declinedBy).toBeUndefined();
});

/** The data with a trailing comma after the first citation's last field, and where it breaks. */
function trailingComma(): { raw: RawData; line: number; column: number } {
	const text = real.files['events.json']!;
	// The first citation object closes on its own line, indented 8 spaces.
	const close = text.indexOf('\n        }');
	expect(close).toBeGreaterThan(0);
	const raw: RawData = structuredClone(real);
	raw.files['events.json'] = `${text.slice(0, close)},${text.slice(close)}`;
	// JSON.parse trips on the "}" after the comma: first non-blank character of the next line.
	const line = text.slice(0, close).split('\n').length + 1;
	return { raw, line, column: 9 };
}

interface Case {
	name: string;
	raw: () => RawData;
	expected: string | (() => string);
	/** How many lines in all, when the mutation should cause exactly that many. */
	count?: number;
}

const ev = (i: number, field: string) =>
	`data/events.json › events[${i}] (${eventId(i)}) › ${field}`;
const tooLong = Array.from({ length: 31 }, (_, i) => `palabra${i}`).join(' ');

const cases: Case[] = [
	{
		name: 'malformed JSON (trailing comma)',
		raw: () => trailingComma().raw,
		expected: () => {
			const { line, column } = trailingComma();
			return `data/events.json: malformed JSON at line ${line}, column ${column}: a property name in double quotes was expected (is there a trailing comma?)`;
		},
		count: 1
	},
	{
		name: 'missing required field',
		raw: () => withJson('events.json', (json) => delete json.events[3].title),
		expected: `${ev(3, 'title')}: is missing (required field)`,
		count: 1
	},
	{
		name: 'month 13',
		raw: () => withJson('events.json', (json) => (json.events[7].date = '2024-13-24')),
		expected: `${ev(7, 'date')}: "2024-13-24" is not a valid date (YYYY-MM-DD, or YYYY-MM)`,
		count: 1
	},
	{
		name: 'day that the calendar does not have',
		raw: () => withJson('events.json', (json) => (json.events[7].date = '2023-02-30')),
		expected: `${ev(7, 'date')}: "2023-02-30" is not a valid date (YYYY-MM-DD, or YYYY-MM)`,
		count: 1
	},
	{
		name: 'date in another format',
		raw: () => withJson('events.json', (json) => (json.events[2].date = '24/02/2022')),
		expected: `${ev(2, 'date')}: "24/02/2022" is not a valid date (YYYY-MM-DD, or YYYY-MM)`,
		count: 1
	},
	{
		name: 'unknown place',
		raw: () => withJson('events.json', (json) => (json.events[1].place = 'atlantida')),
		expected: `${ev(1, 'place')}: "atlantida" is not a known place`,
		count: 1
	},
	{
		name: 'citation of an unknown source',
		raw: () =>
			withJson('events.json', (json) => (json.events[0].sources[1].source = 'fuente-fantasma')),
		expected: `${ev(0, 'sources[1].source')}: "fuente-fantasma" is not a known source`,
		count: 1
	},
	{
		name: 'duplicate event id',
		raw: () => withJson('events.json', (json) => (json.events[5].id = json.events[4].id)),
		expected: `data/events.json › events[5] (${eventId(4)}) › id: duplicate id, already used by events[4]`
	},
	{
		name: 'latitude out of range',
		raw: () => withJson('places.json', (json) => (json.places[0].lat = 123)),
		expected:
			'data/places.json › places[0] (pyongyang) › lat: 123 is out of range (latitude is -90 to 90)',
		count: 1
	},
	{
		name: 'longitude out of range',
		raw: () => withJson('places.json', (json) => (json.places[1].lon = -190)),
		expected:
			'data/places.json › places[1] (vladivostok) › lon: -190 is out of range (longitude is -180 to 180)',
		count: 1
	},
	{
		name: 'beat naming an unknown event',
		raw: () => withJson('story.json', (json) => (json.steps[2].beats[0].events[0] = 'no-existe')),
		expected: `${step(2, 'beats[0].events[0]')}: "no-existe" is not a known event`,
		count: 1
	},
	{
		name: 'beat naming an unknown place in its own map view',
		raw: () =>
			withJson('story.json', (json) => (json.steps[0].beats[0].map.places[0] = 'atlantida')),
		expected: `${step(0, 'beats[0].map.places[0]')}: "atlantida" is not a known place`,
		count: 1
	},
	{
		name: 'empty beat',
		raw: () => withJson('story.json', (json) => (json.steps[1].beats[1].text = '   ')),
		expected: `${step(1, 'beats[1].text')}: must not be empty`,
		count: 1
	},
	{
		name: 'overlong beat',
		raw: () =>
			withJson(
				'story.json',
				(json) => (json.steps[1].beats[1].text = 'palabra '.repeat(61).trim())
			),
		expected: `${step(1, 'beats[1].text')}: has 61 words, more than 60: one idea per beat (split it)`,
		count: 1
	},
	{
		name: 'step without beats',
		raw: () => withJson('story.json', (json) => (json.steps[3].beats = [])),
		expected: `${step(3, 'beats')}: must have 1 to 4 beats`,
		count: 1
	},
	{
		name: 'step with five beats',
		raw: () =>
			withJson('story.json', (json) => {
				const beats = json.steps[5].beats as Json[];
				beats.push({ ...beats[0], events: ['firma-tratado'] });
			}),
		expected: `${step(5, 'beats')}: must have 1 to 4 beats`,
		count: 1
	},
	{
		name: 'a beat that changes nothing on the graphic',
		raw: () =>
			withJson('story.json', (json) => {
				const [first, second] = json.steps[0].beats as Json[];
				Object.assign(second!, { events: first!.events, map: first!.map, description: 'x' });
			}),
		expected: `${step(0, 'beats[1].events')}: changes nothing on the graphic after beats[0] (same events, map view and period): it belongs to that beat`,
		count: 1
	},
	{
		name: 'a beat whose period leaves out its events',
		raw: () =>
			withJson('story.json', (json) => {
				json.steps[5].beats[0].period = { start: '2024-09-01', end: '2024-12-31' };
			}),
		expected: `${step(5, 'beats[0].events[0]')}: incursion-kursk (2024-08-06) is outside the beat's period 2024-09-01 to 2024-12-31`,
		count: 1
	},
	{
		name: 'a beat with its own map view and no description of it',
		raw: () => withJson('story.json', (json) => delete json.steps[0].beats[0].description),
		expected: `${step(0, 'beats[0].description')}: is required when the beat sets its own map view`,
		count: 1
	},
	{
		name: 'a beat period that ends before it starts',
		raw: () =>
			withJson('story.json', (json) => {
				json.steps[5].beats[0].period = { start: '2024-12-31', end: '2024-07-15' };
			}),
		expected: `${step(5, 'beats[0].period.end')}: "2024-07-15" is not after start`
	},
	{
		name: 'the «Insertar en tu web» section without its text',
		raw: () => withJson('story.json', (json) => delete json.embed.paragraphs),
		expected: 'data/story.json › embed › paragraphs: is missing (required field)',
		count: 1
	},
	{
		name: 'quote not verbatim in its seed',
		raw: () =>
			withJson('events.json', (json) => {
				json.events[0].sources[SEED_CITATION].quote = 'Una frase que ninguna semilla contiene';
			}),
		expected: `${ev(0, `sources[${SEED_CITATION}].quote`)}: quote is not a verbatim passage of data/seeds/${events[0]!.sources[SEED_CITATION].source}.txt`,
		count: 1
	},
	{
		name: 'quote over 30 words',
		raw: () =>
			withJson('events.json', (json) => {
				json.events[0].sources[EXTERNAL_CITATION].quote = tooLong;
			}),
		expected: `${ev(0, `sources[${EXTERNAL_CITATION}].quote`)}: has 31 words; a quote has at most 30`,
		count: 1
	},
	{
		name: '"atribuido" without claimedBy',
		raw: () => withJson('events.json', (json) => delete json.events[ATTRIBUTED].claimedBy),
		expected: `${ev(ATTRIBUTED, 'claimedBy')}: is required when status is "atribuido" (who says it)`,
		count: 1
	},
	{
		name: '"informado" without reportedBy',
		raw: () => withJson('events.json', (json) => delete json.events[REPORTED].reportedBy),
		expected: `${ev(REPORTED, 'reportedBy')}: is required when status is "informado" (who reported it)`,
		count: 1
	},
	{
		name: '"confirmado" without confirmedBy',
		raw: () => withJson('events.json', (json) => delete json.events[CONFIRMED].confirmedBy),
		expected: `${ev(CONFIRMED, 'confirmedBy')}: is required when status is "confirmado" (the confirming party or official record)`,
		count: 1
	},
	{
		name: 'a level changed without its authority ("atribuido" → "informado")',
		raw: () => withJson('events.json', (json) => (json.events[ATTRIBUTED].status = 'informado')),
		expected: `${ev(ATTRIBUTED, 'reportedBy')}: is required when status is "informado" (who reported it)`,
		count: 1
	},
	{
		name: 'denied and declined at once',
		raw: () => withJson('events.json', (json) => (json.events[DENIED].declinedBy = 'el Kremlin')),
		expected: `${ev(DENIED, 'declinedBy')}: cannot go with deniedBy (a party either denies it or declines to answer)`,
		count: 1
	},
	{
		name: '"confirmado" with someone declining to confirm it',
		raw: () =>
			withJson('events.json', (json) => {
				json.events[DECLINED].status = 'confirmado';
				json.events[DECLINED].confirmedBy = 'el Kremlin';
			}),
		expected: `${ev(DECLINED, 'declinedBy')}: an event that is "confirmado" has no one declining to confirm it`,
		count: 1
	},
	{
		name: 'revisado missing',
		raw: () => withJson('events.json', (json) => delete json.events[4].revisado),
		expected: `${ev(4, 'revisado')}: is missing (required field)`,
		count: 1
	},
	{
		name: 'revisado not a day',
		raw: () => withJson('events.json', (json) => (json.events[4].revisado = '2026-12')),
		expected: `${ev(4, 'revisado')}: "2026-12" is not a valid date (YYYY-MM-DD)`,
		count: 1
	},
	{
		name: 'correction entry naming an unknown event',
		raw: () => withJson('corrections.json', (json) => (json.corrections[0].events = ['no-existe'])),
		expected: `data/corrections.json › corrections[0] (${corrections[0]!.id}) › events[0]: "no-existe" is not a known event`,
		count: 1
	},
	{
		name: 'correction entry of an unknown kind',
		raw: () => withJson('corrections.json', (json) => (json.corrections[0].kind = 'fe-de-erratas')),
		expected: `data/corrections.json › corrections[0] (${corrections[0]!.id}) › kind: "fe-de-erratas" is not one of correccion, actualizacion`,
		count: 1
	},
	{
		name: 'correction entry without its reason',
		raw: () => withJson('corrections.json', (json) => delete json.corrections[0].why),
		expected: `data/corrections.json › corrections[0] (${corrections[0]!.id}) › why: is missing (required field)`,
		count: 1
	},
	{
		name: 'correction entry with a bad date',
		raw: () => withJson('corrections.json', (json) => (json.corrections[0].date = '2026-12-32')),
		expected: `data/corrections.json › corrections[0] (${corrections[0]!.id}) › date: "2026-12-32" is not a valid date (YYYY-MM-DD)`,
		count: 1
	},
	{
		name: 'unknown field (typo)',
		raw: () =>
			withJson('events.json', (json) => {
				json.events[3].titel = json.events[3].title;
				delete json.events[3].title;
			}),
		expected: `${ev(3, 'titel')}: is not a known field (typo?)`,
		count: 2 // and title is missing
	},
	{
		name: 'status outside the list',
		raw: () => withJson('events.json', (json) => (json.events[0].status = 'rumor')),
		expected: `${ev(0, 'status')}: "rumor" is not one of confirmado, informado, atribuido`,
		count: 1
	},
	{
		name: 'missing file',
		raw: () => {
			const raw: RawData = structuredClone(real);
			delete raw.files['routes.json'];
			return raw;
		},
		expected: 'data/routes.json: file is missing',
		count: 1
	},
	{
		name: 'seed source without its seed text',
		raw: () => {
			const raw: RawData = structuredClone(real);
			const seedId = events[0]!.sources[SEED_CITATION].source as string;
			delete raw.seeds[seedId];
			return raw;
		},
		expected: (() => {
			const sources = realJson('sources.json').sources as Json[];
			const seedId = events[0]!.sources[SEED_CITATION].source as string;
			const index = sources.findIndex((source) => source.id === seedId);
			return `data/sources.json › sources[${index}] (${seedId}) › id: no seed text data/seeds/${seedId}.txt`;
		})()
	},
	{
		name: 'file that is not an object',
		raw: () => {
			const raw: RawData = structuredClone(real);
			raw.files['countries.json'] = 'null';
			return raw;
		},
		expected: 'data/countries.json: must be an object',
		count: 1
	}
];

describe('validateDataset rejects broken data with one readable line per problem', () => {
	test.each(cases)('$name', ({ raw, expected, count }) => {
		const errors = errorsOf(raw());
		expect(errors).toContain(typeof expected === 'function' ? expected() : expected);
		if (count !== undefined) expect(errors).toHaveLength(count);
		for (const line of errors) {
			// One line each, no stack frames, no "Error:" prefixes from a rethrown exception.
			expect(line).not.toMatch(/\n/);
			expect(line).not.toMatch(/^\s*at /m);
			expect(line).not.toContain('Error:');
		}
	});

	test('error lines name the folder the caller gave', () => {
		const raw = withJson('places.json', (json) => (json.places[0].lat = 123));
		raw.dir = '.tmp/datos';
		expect(errorsOf(raw)).toContain(
			'.tmp/datos/places.json › places[0] (pyongyang) › lat: 123 is out of range (latitude is -90 to 90)'
		);
	});

	test('several problems are all reported, not only the first', () => {
		const raw = withJson('events.json', (json) => {
			json.events[1].date = '2019-02-30';
			delete json.events[2].title;
		});
		expect(errorsOf(raw)).toEqual([
			`${ev(1, 'date')}: "2019-02-30" is not a valid date (YYYY-MM-DD, or YYYY-MM)`,
			`${ev(2, 'title')}: is missing (required field)`
		]);
	});
});

describe('validateDataset on the real data', () => {
	const result = validateDataset(real);
	const dataset = result.ok ? result.dataset : undefined;

	test('is valid', () => {
		expect(result.ok ? [] : result.errors).toEqual([]);
		expect(dataset?.events.length).toBe(events.length);
	});

	test('events come out sorted by date', () => {
		const times = dataset!.events.map((event) => event.date.date.getTime());
		expect(times).toEqual([...times].sort((a, b) => a - b));
	});

	test('dates are UTC Date objects with their precision', () => {
		for (const event of dataset!.events) {
			expect(event.date.date).toBeInstanceOf(Date);
			expect(event.date.precision).toBe(event.date.iso.length === 7 ? 'month' : 'day');
			expect(event.date.date.toISOString().slice(0, event.date.iso.length)).toBe(event.date.iso);
		}
		const monthOnly = dataset!.events.find((event) => event.date.iso === '2024-10');
		expect(monthOnly?.date.precision).toBe('month');
		expect(monthOnly?.date.date.toISOString()).toBe('2024-10-01T00:00:00.000Z');
	});

	test('steps keep file order and are numbered from 1', () => {
		expect(dataset!.steps.map((step) => step.id)).toEqual(steps.map((step) => step.id));
		expect(dataset!.steps.map((step) => step.number)).toEqual(steps.map((_, i) => i + 1));
		for (const step of dataset!.steps) {
			expect(step.period.start).toBeInstanceOf(Date);
			expect(step.period.end.getTime()).toBeGreaterThan(step.period.start.getTime());
		}
	});

	test('events without corrections get an empty list', () => {
		for (const event of dataset!.events) expect(Array.isArray(event.corrections)).toBe(true);
	});
});
