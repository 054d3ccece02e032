// Turns the text of data/ into the typed Dataset, or into one line per problem naming the file,
// the record and the field. Pure: the caller reads the files (see plugin.ts), so tests can feed
// it broken copies.
import * as v from 'valibot';
import { parseDay, parseFuzzyDate } from './dates.ts';
import { parseJson } from './json.ts';
import { applyOverlay } from './overlay.ts';
import * as schema from './schema.ts';
import type { Dataset, FuzzyDate, StoryEvent, Step } from './types.ts';

export const DATA_FILES = [
	'places.json',
	'countries.json',
	'routes.json',
	'sources.json',
	'events.json',
	'corrections.json',
	'story.json',
	'guia.json'
] as const;
export type DataFileName = (typeof DATA_FILES)[number];

export interface RawData {
	/** File name in data/ → its text. */
	files: Partial<Record<DataFileName, string>>;
	/** Seed id (file name without .txt) → its text, to check that quotes are verbatim. */
	seeds: Record<string, string>;
	/** How error lines name the folder; "data" unless a test says otherwise. */
	dir?: string;
	/** The edition: 'es' (the files as they are) or another, whose copy comes from `overlays`. */
	locale?: string;
	/** data/<locale>/<file> → its text: the edition's copy over the Spanish files (overlay.ts). */
	overlays?: Partial<Record<DataFileName, string>>;
}

export type Validation = { ok: true; dataset: Dataset } | { ok: false; errors: string[] };

/** What names a record in an error line: its id, or a glossary term, or a lesson's minutes. */
type Item = { id?: unknown; term?: unknown; minutes?: unknown };

export function validateDataset(input: RawData): Validation {
	const translation = translate(input);
	if (!translation.ok) return translation;
	const raw = translation.raw;
	const dir = raw.dir ?? 'data';
	const errors: string[] = [];
	// In another edition a rule the copy breaks (a beat's length, a link) may lie in either file.
	const where = (file: DataFileName) =>
		raw.overlays?.[file] === undefined || (raw.locale ?? 'es') === 'es'
			? `${dir}/${file}`
			: `${dir}/${file} + ${dir}/${raw.locale}/${file}`;

	function parse<S extends v.GenericSchema>(file: DataFileName, fileSchema: S) {
		const text = raw.files[file];
		if (text === undefined) {
			errors.push(`${where(file)}: file is missing`);
			return undefined;
		}
		const json = parseJson(text);
		if (!json.ok) {
			errors.push(`${where(file)}: malformed JSON at ${json.message}`);
			return undefined;
		}
		const result = v.safeParse(fileSchema, json.value, { abortEarly: false });
		if (!result.success) {
			for (const issue of result.issues) errors.push(formatIssue(where(file), json.value, issue));
			return undefined;
		}
		return result.output as v.InferOutput<S>;
	}

	const places = parse('places.json', schema.placesFile);
	const countries = parse('countries.json', schema.countriesFile);
	const routes = parse('routes.json', schema.routesFile);
	const sources = parse('sources.json', schema.sourcesFile);
	const events = parse('events.json', schema.eventsFile);
	const corrections = parse('corrections.json', schema.correctionsFile);
	const story = parse('story.json', schema.storyFile);
	const guide = parse('guia.json', schema.guideFile);
	if (!places || !countries || !routes || !sources || !events || !corrections || !story || !guide) {
		return { ok: false, errors };
	}

	const at = (file: DataFileName, list: string, index: number, id: string, field: string) =>
		`${where(file)} › ${list}[${index}] (${id}) › ${field}`;

	function uniqueIds(file: DataFileName, list: string, items: { id: string }[]) {
		const seen = new Map<string, number>();
		items.forEach((item, index) => {
			const first = seen.get(item.id);
			if (first !== undefined) {
				errors.push(
					`${at(file, list, index, item.id, 'id')}: duplicate id, already used by ${list}[${first}]`
				);
			} else seen.set(item.id, index);
		});
		return new Set(items.map((item) => item.id));
	}
	const placeIds = uniqueIds('places.json', 'places', places.places);
	const countryIds = uniqueIds('countries.json', 'countries', countries.countries);
	const routeIds = uniqueIds('routes.json', 'routes', routes.routes);
	const sourceIds = uniqueIds('sources.json', 'sources', sources.sources);
	const eventIds = uniqueIds('events.json', 'events', events.events);
	const stepIds = uniqueIds('story.json', 'steps', story.steps);
	void stepIds;

	const mustExist = (known: Set<string>, what: string, value: string, path: string) => {
		if (!known.has(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a known ${what}`);
	};

	places.places.forEach((place, i) =>
		mustExist(
			countryIds,
			'country',
			place.country,
			at('places.json', 'places', i, place.id, 'country')
		)
	);
	routes.routes.forEach((route, i) =>
		route.via.forEach((placeId, j) =>
			mustExist(placeIds, 'place', placeId, at('routes.json', 'routes', i, route.id, `via[${j}]`))
		)
	);

	const seedKinds = new Map(sources.sources.map((source) => [source.id, source.kind]));
	sources.sources.forEach((source, i) => {
		if (source.kind === 'semilla' && raw.seeds[source.id] === undefined) {
			errors.push(
				`${at('sources.json', 'sources', i, source.id, 'id')}: no seed text ${dir}/seeds/${source.id}.txt`
			);
		}
	});

	const checkQuote = (sourceId: string, quote: string | undefined, path: string) => {
		if (quote === undefined || seedKinds.get(sourceId) !== 'semilla') return;
		const seed = raw.seeds[sourceId];
		if (seed !== undefined && !normalizeSpaces(seed).includes(normalizeSpaces(quote))) {
			errors.push(`${path}: quote is not a verbatim passage of ${dir}/seeds/${sourceId}.txt`);
		}
	};

	events.events.forEach((event, i) => {
		const path = (field: string) => at('events.json', 'events', i, event.id, field);
		if (event.place !== undefined) mustExist(placeIds, 'place', event.place, path('place'));
		// Each level names its own authority: who claims it, who reported it, who confirmed it.
		const needs = STATUS_NEEDS[event.status];
		if (!event[needs.field]) {
			errors.push(
				`${path(needs.field)}: is required when status is "${event.status}" (${needs.why})`
			);
		}
		if (event.deniedBy && event.declinedBy) {
			errors.push(
				`${path('declinedBy')}: cannot go with deniedBy (a party either denies it or declines to answer)`
			);
		}
		if (event.declinedBy && event.status === 'confirmado') {
			errors.push(
				`${path('declinedBy')}: an event that is "confirmado" has no one declining to confirm it`
			);
		}
		if (event.endDate !== undefined && event.endDate < event.date) {
			errors.push(`${path('endDate')}: ${JSON.stringify(event.endDate)} is before date`);
		}
		event.sources.forEach((citation, j) => {
			mustExist(sourceIds, 'source', citation.source, path(`sources[${j}].source`));
			checkQuote(citation.source, citation.quote, path(`sources[${j}].quote`));
		});
		(event.corrections ?? []).forEach((correction, j) => {
			mustExist(sourceIds, 'source', correction.source, path(`corrections[${j}].source`));
			checkQuote(correction.source, correction.quote, path(`corrections[${j}].quote`));
		});
	});

	uniqueIds('corrections.json', 'corrections', corrections.corrections);
	corrections.corrections.forEach((entry, i) =>
		(entry.events ?? []).forEach((id, j) =>
			mustExist(
				eventIds,
				'event',
				id,
				at('corrections.json', 'corrections', i, entry.id, `events[${j}]`)
			)
		)
	);

	const eventDates = new Map(events.events.map((event) => [event.id, event.date]));
	story.steps.forEach((step, i) => {
		const path = (field: string) => at('story.json', 'steps', i, step.id, field);
		const checkView = (map: Partial<schema.MapViewData>, prefix: string) => {
			map.places?.forEach((id, j) =>
				mustExist(placeIds, 'place', id, path(`${prefix}map.places[${j}]`))
			);
			map.routes?.forEach((id, j) =>
				mustExist(routeIds, 'route', id, path(`${prefix}map.routes[${j}]`))
			);
			map.countries?.forEach((id, j) =>
				mustExist(countryIds, 'country', id, path(`${prefix}map.countries[${j}]`))
			);
		};
		const checkPeriod = (period: schema.PeriodData, prefix: string) => {
			if (period.end <= period.start)
				errors.push(
					`${path(`${prefix}period.end`)}: ${JSON.stringify(period.end)} is not after start`
				);
		};
		checkView(step.map, '');
		checkPeriod(step.period, '');
		step.beats.forEach((beat, j) => {
			const prefix = `beats[${j}].`;
			beat.events.forEach((id, k) =>
				mustExist(eventIds, 'event', id, path(`${prefix}events[${k}]`))
			);
			if (beat.map) checkView(beat.map, prefix);
			if (beat.period) checkPeriod(beat.period, prefix);
			if (beat.map && !beat.description)
				errors.push(
					`${path(`${prefix}description`)}: is required when the beat sets its own map view`
				);
			const period = beat.period ?? step.period;
			beat.events.forEach((id, k) => {
				const date = eventDates.get(id);
				if (date !== undefined && !withinPeriod(date, period))
					errors.push(
						`${path(`${prefix}events[${k}]`)}: ${id} (${date}) is outside the beat's period ${period.start} to ${period.end}`
					);
			});
			const before = step.beats[j - 1];
			if (before && sameGraphic(resolveBeat(step, before), resolveBeat(step, beat)))
				errors.push(
					`${path(`${prefix}events`)}: changes nothing on the graphic after beats[${j - 1}] (same events, map view and period): it belongs to that beat`
				);
		});
	});

	checkLessonPlan(guide, where('guia.json'), errors);
	const seenTerms = new Map<string, number>();
	guide.glossary.forEach((entry, i) => {
		const key = entry.term.toLocaleLowerCase('es');
		const first = seenTerms.get(key);
		if (first === undefined) seenTerms.set(key, i);
		else {
			errors.push(
				`${where('guia.json')} › glossary[${i}] (${entry.term}) › term: duplicate, already glossary[${first}]`
			);
		}
	});

	if (errors.length) return { ok: false, errors };

	const toEvent = (event: schema.EventsFile['events'][number]): StoryEvent => ({
		id: event.id,
		date: parseFuzzyDate(event.date) as FuzzyDate,
		...(event.endDate ? { endDate: parseFuzzyDate(event.endDate) as FuzzyDate } : {}),
		title: event.title,
		summary: event.summary,
		location: event.location,
		...(event.place ? { place: event.place } : {}),
		kind: event.kind,
		status: event.status,
		...(event.claimedBy ? { claimedBy: event.claimedBy } : {}),
		...(event.reportedBy ? { reportedBy: event.reportedBy } : {}),
		...(event.confirmedBy ? { confirmedBy: event.confirmedBy } : {}),
		...(event.deniedBy ? { deniedBy: event.deniedBy } : {}),
		...(event.declinedBy ? { declinedBy: event.declinedBy } : {}),
		revisado: event.revisado,
		sources: event.sources,
		corrections: event.corrections ?? []
	});
	const toPeriod = (period: schema.PeriodData) => ({
		start: parseDay(period.start) as Date,
		end: parseDay(period.end) as Date
	});
	const toStep = (step: schema.StoryFile['steps'][number], index: number): Step => ({
		...step,
		number: index + 1,
		period: toPeriod(step.period),
		beats: step.beats.map((beat, j) => {
			const resolved = resolveBeat(step, beat);
			return { number: j + 1, ...resolved, period: toPeriod(resolved.period) };
		})
	});

	return {
		ok: true,
		dataset: {
			places: places.places,
			countries: countries.countries,
			routes: routes.routes,
			sources: sources.sources,
			events: events.events
				.map(toEvent)
				.sort((a, b) => a.date.date.getTime() - b.date.date.getTime()),
			corrections: [...corrections.corrections]
				.sort((a, b) => b.date.localeCompare(a.date))
				.map((entry) => ({ ...entry, events: entry.events ?? [] })),
			steps: story.steps.map(toStep),
			copy: {
				meta: story.meta,
				intro: story.intro,
				analysis: story.analysis,
				method: story.method,
				embed: story.embed,
				credits: story.credits
			},
			guide
		}
	};
}

type StepData = schema.StoryFile['steps'][number];

/** A beat with what it leaves unset taken from its step: what the graphic shows meanwhile. */
function resolveBeat(step: StepData, beat: StepData['beats'][number]) {
	return {
		text: beat.text,
		events: beat.events,
		map: { ...step.map, ...beat.map },
		period: beat.period ?? step.period,
		description: beat.description ?? step.description
	};
}

/** A month-precise date (2024-10) is within a period that shares its month. */
function withinPeriod(date: string, period: schema.PeriodData) {
	return date.length === 7
		? date >= period.start.slice(0, 7) && date <= period.end.slice(0, 7)
		: date >= period.start && date <= period.end;
}

function sameGraphic(a: ReturnType<typeof resolveBeat>, b: ReturnType<typeof resolveBeat>) {
	const sameSet = (x: string[], y: string[]) =>
		x.length === y.length && x.every((id) => y.includes(id));
	return (
		sameSet(a.events, b.events) &&
		sameSet(a.map.places, b.map.places) &&
		sameSet(a.map.routes, b.map.routes) &&
		sameSet(a.map.countries, b.map.countries) &&
		a.period.start === b.period.start &&
		a.period.end === b.period.end
	);
}

/** The field each level of confirmation requires, and why (said in the error line). */
const STATUS_NEEDS = {
	confirmado: { field: 'confirmedBy', why: 'the confirming party or official record' },
	informado: { field: 'reportedBy', why: 'who reported it' },
	atribuido: { field: 'claimedBy', why: 'who says it' }
} as const satisfies Record<StoryEvent['status'], { field: keyof StoryEvent; why: string }>;

/** The class period the guide's lesson plan must fill, minute by minute. */
export const LESSON_MINUTES = 45;

/** The plan's ranges («0–5», «5–17»…) must follow each other without gaps, from 0 to 45. */
function checkLessonPlan(guide: schema.GuideFile, file: string, errors: string[]) {
	let expected = 0;
	guide.lessonPlan.forEach((item, i) => {
		const [start, end] = item.minutes.split('–').map(Number) as [number, number];
		const where = `${file} › lessonPlan[${i}] (${item.minutes}) › minutes`;
		if (start !== expected) errors.push(`${where}: starts at ${start}, expected ${expected}`);
		if (end <= start) errors.push(`${where}: ends before it starts`);
		expected = end;
	});
	if (expected !== LESSON_MINUTES) {
		errors.push(`${file} › lessonPlan: ends at minute ${expected}, expected ${LESSON_MINUTES}`);
	}
}

/** Seeds carry no-break spaces where an editor types plain ones. */
function normalizeSpaces(text: string): string {
	return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** `data/events.json › events[7] (ratificacion-duma) › date: "2024-13-24" is not a valid date` */
function formatIssue(file: string, root: unknown, issue: v.BaseIssue<unknown>): string {
	const keys = (issue.path ?? []).map((item) => item.key as string | number);
	const segments: string[] = [];
	let node: unknown = root;
	let field = '';
	keys.forEach((key, depth) => {
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			const item = node as Item | undefined;
			const id = [item?.id, item?.term, item?.minutes].find((name) => typeof name === 'string');
			const named = id ? ` (${id})` : '';
			if (depth === 1) segments[segments.length - 1] += `[${key}]${named}`;
			else field += `[${key}]`;
		} else if (depth === 0) segments.push(key);
		else field += field ? `.${key}` : key;
	});
	if (field) segments.push(field);
	const path = [file, ...segments].join(' › ');
	const missing = issue.input === undefined && keys.length > 0;
	const message = missing ? 'is missing (required field)' : issue.message;
	return `${path}: ${message}`;
}

/**
 * Another edition's files: each Spanish file with the edition's copy merged in (overlay.ts), so the
 * rules below check the English copy as they check the Spanish (word counts, links, quotes). A
 * Spanish file that does not parse is left for validateDataset to report.
 */
function translate(raw: RawData): { ok: true; raw: RawData } | { ok: false; errors: string[] } {
	const locale = raw.locale ?? 'es';
	if (locale === 'es') return { ok: true, raw };
	const dir = `${raw.dir ?? 'data'}/${locale}`;
	const errors: string[] = [];
	const sources = parseJson(raw.files['sources.json'] ?? '');
	const languages = new Map<string, string>();
	if (sources.ok && Array.isArray((sources.value as { sources?: unknown }).sources)) {
		for (const source of (sources.value as { sources: { id?: unknown; language?: unknown }[] })
			.sources) {
			languages.set(String(source.id), String(source.language));
		}
	}
	const files: RawData['files'] = {};
	for (const file of DATA_FILES) {
		const text = raw.files[file];
		const original = text === undefined ? undefined : parseJson(text);
		if (!original?.ok) {
			files[file] = text;
			continue;
		}
		const overlayText = raw.overlays?.[file];
		if (overlayText === undefined) {
			errors.push(`${dir}/${file}: file is missing (every Spanish text needs its ${locale} one)`);
			continue;
		}
		const overlay = parseJson(overlayText);
		if (!overlay.ok) {
			errors.push(`${dir}/${file}: malformed JSON at ${overlay.message}`);
			continue;
		}
		const result = applyOverlay(file, original.value as never, overlay.value as never, {
			locale,
			languages,
			where: `${dir}/${file}`
		});
		errors.push(...result.errors);
		files[file] = JSON.stringify(result.merged);
	}
	return errors.length ? { ok: false, errors } : { ok: true, raw: { ...raw, files } };
}
