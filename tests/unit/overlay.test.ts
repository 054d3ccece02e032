// The English edition's copy (data/en) over the Spanish data: each broken overlay must stop the
// build with the line that names the English file, the record and the field.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readData } from '$lib/data/plugin';
import { validateDataset, type DataFileName, type RawData } from '$lib/data/validate';

const root = process.cwd();
const real: RawData = readData(resolve(root, 'data'), root, 'en');

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The real data with one English file changed by `change` (or replaced by a text). */
function withOverlay(file: DataFileName, change: ((json: Json) => void) | string | undefined) {
	const copy: RawData = structuredClone(real);
	if (typeof change === 'function') {
		const json = JSON.parse(copy.overlays![file]!) as Json;
		change(json);
		copy.overlays![file] = JSON.stringify(json, null, 2);
	} else if (change === undefined) {
		delete copy.overlays![file];
	} else {
		copy.overlays![file] = change;
	}
	return copy;
}

const spanish = (file: DataFileName) => JSON.parse(real.files[file]!) as Json;
const steps = spanish('story.json').steps as Json[];
const events = spanish('events.json').events as Json[];
const languages = new Map(
	(spanish('sources.json').sources as Json[]).map((source) => [source.id, source.language])
);
// A citation quoting a Spanish source (it needs an English rendering) and one quoting an English one.
const SPANISH_QUOTE = { event: 0, citation: 0 };
const ENGLISH_QUOTE = { event: 0, citation: 1 };

test('the shapes these cases rely on are still there', () => {
	expect(spanish('story.json').intro).toHaveLength(3);
	expect(spanish('sources.json').sources[0].kind).toBe('semilla');
	const citation = (at: { event: number; citation: number }) =>
		events[at.event]!.sources[at.citation] as Json;
	expect(citation(SPANISH_QUOTE).quote).toBeTruthy();
	expect(languages.get(citation(SPANISH_QUOTE).source)).toBe('es');
	expect(citation(ENGLISH_QUOTE).quote).toBeTruthy();
	expect(languages.get(citation(ENGLISH_QUOTE).source)).toBe('en');
});

test('the real English copy is complete and passes every rule', () => {
	const result = validateDataset(real);
	expect(result.ok ? [] : result.errors).toEqual([]);
});

test('the English dataset has the English copy and the Spanish facts', () => {
	const result = validateDataset(real);
	if (!result.ok) throw new Error(result.errors.join('\n'));
	const spanishResult = validateDataset({ ...real, locale: 'es' });
	if (!spanishResult.ok) throw new Error(spanishResult.errors.join('\n'));
	const [en, es] = [result.dataset, spanishResult.dataset];
	expect(en.steps.map((step) => step.id)).toEqual(es.steps.map((step) => step.id));
	expect(en.events.map((event) => [event.id, event.date.iso, event.status])).toEqual(
		es.events.map((event) => [event.id, event.date.iso, event.status])
	);
	expect(en.steps[0]!.title).not.toBe(es.steps[0]!.title);
	// Quotes stay verbatim; a Spanish one gains its English rendering.
	const enCitation = en.events[SPANISH_QUOTE.event]!.sources[SPANISH_QUOTE.citation]!;
	const esCitation = es.events[SPANISH_QUOTE.event]!.sources[SPANISH_QUOTE.citation]!;
	expect(enCitation.quote).toBe(esCitation.quote);
	expect(enCitation.translation).toBeTruthy();
	expect(esCitation.translation).toBeUndefined();
});

const stepAt = (i: number) => `steps[${i}] (${steps[i]!.id})`;
const eventAt = (i: number) => `events[${i}] (${events[i]!.id})`;

describe('a broken English file stops the build with one line naming file, record and field', () => {
	const cases: {
		name: string;
		file: DataFileName;
		change: ((json: Json) => void) | string | undefined;
		expected: string | string[];
	}[] = [
		{
			name: 'a missing beat text',
			file: 'story.json',
			change: (json) => delete json.steps[2].beats[1].text,
			expected: `data/en/story.json › ${stepAt(2)} › beats[1].text: has no en text`
		},
		{
			name: 'an empty title',
			file: 'story.json',
			change: (json) => (json.steps[0].title = '  '),
			expected: `data/en/story.json › ${stepAt(0)} › title: has no en text`
		},
		{
			name: 'a paragraph too few',
			file: 'story.json',
			change: (json) => json.intro.pop(),
			expected: [
				`data/en/story.json › intro: has 2 items; the Spanish file has 3`,
				`data/en/story.json › intro[2]: has no en text`
			]
		},
		{
			name: 'a field the Spanish file does not have',
			file: 'story.json',
			change: (json) => (json.steps[1].subtitle = 'Extra'),
			expected: `data/en/story.json › ${stepAt(1)} › subtitle: is not in the Spanish file`
		},
		{
			name: 'a fact repeated in the overlay',
			file: 'events.json',
			change: (json) => (json.events[3].date = '2020-01-01'),
			expected: `data/en/events.json › ${eventAt(3)} › date: is not translated: leave it out`
		},
		{
			name: 'records out of order',
			file: 'events.json',
			change: (json) => (json.events[2].id = events[3]!.id),
			expected: `data/en/events.json › ${eventAt(2)} › id: is "${events[3]!.id}"; the Spanish file has "${events[2]!.id}"`
		},
		{
			name: 'a Spanish quote without its English rendering',
			file: 'events.json',
			change: (json) =>
				delete json.events[SPANISH_QUOTE.event].sources[SPANISH_QUOTE.citation].translation,
			expected: `data/en/events.json › ${eventAt(SPANISH_QUOTE.event)} › sources[${SPANISH_QUOTE.citation}].translation: the quote is in "es": it needs one`
		},
		{
			name: 'a rendering of a quote already in English',
			file: 'events.json',
			change: (json) =>
				(json.events[ENGLISH_QUOTE.event].sources[ENGLISH_QUOTE.citation].translation = 'Twice'),
			expected: `data/en/events.json › ${eventAt(ENGLISH_QUOTE.event)} › sources[${ENGLISH_QUOTE.citation}].translation: not wanted: no quote, or one already in this language`
		},
		{
			name: 'a seed article’s headline, which stays as published',
			file: 'sources.json',
			change: (json) => (json.sources[0].title = 'Russia and North Korea sign a defense pact'),
			expected: `data/en/sources.json › sources[0] (${spanish('sources.json').sources[0].id}) › title: is not translated: leave it out`
		},
		{
			name: 'a missing file',
			file: 'guia.json',
			change: undefined,
			expected: 'data/en/guia.json: file is missing (every Spanish text needs its en one)'
		},
		{
			name: 'malformed JSON',
			file: 'places.json',
			change: '{ "places": [ }',
			expected:
				'data/en/places.json: malformed JSON at line 1, column 15: a value was expected (is there a trailing comma?)'
		}
	];

	test.each(cases)('$name', ({ file, change, expected }) => {
		const result = validateDataset(withOverlay(file, change));
		expect(result.ok ? [] : result.errors).toEqual([expected].flat());
	});

	test('English copy that breaks a story rule names both files', () => {
		const long = Array.from({ length: 70 }, (_, i) => `word${i}`).join(' ');
		const result = validateDataset(
			withOverlay('story.json', (json) => (json.steps[4].beats[0].text = long))
		);
		expect(result.ok ? [] : result.errors).toEqual([
			expect.stringMatching(
				new RegExp(
					`^data/story\\.json \\+ data/en/story\\.json › steps\\[4\\] \\(${steps[4]!.id}\\) › beats\\[0\\]\\.text: .*70 words`
				)
			)
		]);
	});
});
