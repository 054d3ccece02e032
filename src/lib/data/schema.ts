// The shape of each file in data/, as an editor writes it. Cross-file rules (references, quotes
// found in their seed, unique ids) live in validate.ts; these schemas only check each record.
import * as v from 'valibot';
import { countWords, isSafeHref } from '../copy/inline.ts';
import { parseDay, parseFuzzyDate } from './dates.ts';

const text = v.pipe(v.string('must be a text'), v.trim(), v.nonEmpty('must not be empty'));
const slug = v.pipe(
	v.string('must be a text'),
	v.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, (issue) => {
		return `${JSON.stringify(issue.input)} is not a valid id (lowercase letters, digits, - or _)`;
	})
);
const day = v.pipe(
	v.string('must be a date text (YYYY-MM-DD)'),
	v.check(
		(value) => parseDay(value) !== undefined,
		(issue) => `${JSON.stringify(issue.input)} is not a valid date (YYYY-MM-DD)`
	)
);
const fuzzyDay = v.pipe(
	v.string('must be a date text (YYYY-MM-DD or YYYY-MM)'),
	v.check(
		(value) => parseFuzzyDate(value) !== undefined,
		(issue) => `${JSON.stringify(issue.input)} is not a valid date (YYYY-MM-DD, or YYYY-MM)`
	)
);
const latitude = v.pipe(
	v.number('must be a number'),
	v.minValue(-90, (issue) => `${issue.input} is out of range (latitude is -90 to 90)`),
	v.maxValue(90, (issue) => `${issue.input} is out of range (latitude is -90 to 90)`)
);
const longitude = v.pipe(
	v.number('must be a number'),
	v.minValue(-180, (issue) => `${issue.input} is out of range (longitude is -180 to 180)`),
	v.maxValue(180, (issue) => `${issue.input} is out of range (longitude is -180 to 180)`)
);
const MAX_QUOTE_WORDS = 30;
const quote = v.pipe(
	text,
	v.check(
		(value) => value.split(/\s+/).length <= MAX_QUOTE_WORDS,
		(issue) =>
			`has ${String(issue.input).split(/\s+/).length} words; a quote has at most ${MAX_QUOTE_WORDS}`
	)
);
const oneOf = <const T extends string[]>(options: T) =>
	v.picklist(
		options,
		(issue) => `${JSON.stringify(issue.input)} is not one of ${options.join(', ')}`
	);
const list = <T extends v.GenericSchema>(item: T) => v.array(item, 'must be a list');
const file = <T extends v.ObjectEntries>(entries: T) =>
	v.strictObject(entries, (issue) =>
		issue.expected === 'never' ? 'is not a known field (typo?)' : 'must be an object'
	);
const record = file;

export const placesFile = file({
	places: list(
		record({
			id: slug,
			name: text,
			detail: text,
			lat: latitude,
			lon: longitude,
			country: slug,
			role: text
		})
	)
});

export const countriesFile = file({
	countries: list(
		record({
			id: slug,
			name: text,
			iso: v.pipe(v.string(), v.regex(/^\d{3}$/, 'must be an ISO 3166-1 numeric code ("643")'))
		})
	)
});

export const routesFile = file({
	routes: list(
		record({
			id: slug,
			name: text,
			kind: oneOf(['tren', 'tropas', 'diplomacia']),
			via: v.pipe(list(slug), v.minLength(2, 'must name at least two places'))
		})
	)
});

export const sourcesFile = file({
	sources: list(
		record({
			id: slug,
			kind: oneOf(['semilla', 'externa']),
			title: text,
			outlet: text,
			language: v.pipe(v.string(), v.regex(/^[a-z]{2}$/, 'must be a two-letter language code')),
			date: v.optional(day),
			url: v.optional(v.pipe(v.string(), v.url('must be a full URL (https://…)')))
		})
	)
});

export const eventsFile = file({
	events: list(
		record({
			id: slug,
			date: fuzzyDay,
			endDate: v.optional(fuzzyDay),
			title: text,
			summary: text,
			location: text,
			place: v.optional(slug),
			kind: oneOf(['cumbre', 'diplomacia', 'guerra', 'tropas', 'ratificacion', 'contexto']),
			status: oneOf(['confirmado', 'informado', 'atribuido']),
			/** Who says it (required when atribuido). */
			claimedBy: v.optional(text),
			/** Which outlets reported it (required when informado). */
			reportedBy: v.optional(text),
			/** The confirming party or official record (required when confirmado). */
			confirmedBy: v.optional(text),
			deniedBy: v.optional(text),
			/** Who neither confirmed nor denied it: a non-answer is not a denial. */
			declinedBy: v.optional(text),
			/** The day the record was last checked against its sources. */
			revisado: day,
			sources: v.pipe(
				// translation: another edition's rendering of a quote in a language not its own.
				list(record({ source: slug, quote: v.optional(quote), translation: v.optional(text) })),
				v.minLength(1, 'must cite at least one source')
			),
			corrections: v.optional(
				list(record({ source: slug, quote, translation: v.optional(text), note: text }))
			)
		})
	)
});

/** data/corrections.json: what changed in the published data, when and why (newest first). */
export const correctionsFile = file({
	corrections: list(
		record({
			id: slug,
			date: day,
			kind: oneOf(['correccion', 'actualizacion']),
			what: text,
			why: text,
			/** The events the change touched, linked from the list. */
			events: v.optional(list(slug))
		})
	)
});

const section = record({ heading: text, paragraphs: v.pipe(list(text), v.minLength(1)) });

/** A beat is one idea: read beside the graphic, on a phone, in one glance. */
export const BEAT_MAX_WORDS = 60;
const period = record({ start: day, end: day });
const mapView = record({ places: list(slug), routes: list(slug), countries: list(slug) });
export type PeriodData = v.InferOutput<typeof period>;
export type MapViewData = v.InferOutput<typeof mapView>;

export const storyFile = file({
	meta: record({
		headline: text,
		dek: text,
		byline: text,
		published: day,
		description: v.pipe(text, v.maxLength(170, 'must fit in 170 characters'))
	}),
	intro: v.pipe(list(text), v.minLength(1, 'must have at least one paragraph')),
	steps: v.pipe(
		list(
			record({
				id: slug,
				kicker: text,
				title: text,
				summary: v.pipe(
					text,
					v.check(
						(value) => value.split(/\s+/).length <= 40,
						'must be at most 40 words: it is the text of a projected slide'
					)
				),
				period,
				map: mapView,
				description: text,
				notes: record({ points: v.pipe(list(text), v.minLength(1)), question: text }),
				beats: v.pipe(
					list(
						record({
							text: v.pipe(
								text,
								v.check(
									(value) => countWords([value]) <= BEAT_MAX_WORDS,
									(issue) =>
										`has ${countWords([issue.input as string])} words, more than ${BEAT_MAX_WORDS}: one idea per beat (split it)`
								)
							),
							events: list(slug),
							/** What the beat leaves unset it takes from its step. */
							map: v.optional(v.partial(mapView)),
							period: v.optional(period),
							/** The graphic's text alternative at this beat (required with its own map). */
							description: v.optional(text)
						})
					),
					v.minLength(1, 'must have 1 to 4 beats'),
					v.maxLength(4, 'must have 1 to 4 beats')
				)
			})
		),
		v.minLength(7, 'must have 7 to 10 steps'),
		v.maxLength(10, 'must have 7 to 10 steps')
	),
	analysis: list(section),
	method: section,
	/** The «Insertar en tu web» section under the story, above its embed codes. */
	embed: section,
	credits: list(text)
});

// The guide's copy: Spanish quotes, and only links to the site's own pages.
const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

/** Copy as readers see it: Spanish quotes, and only links to the site's own pages. */
const copyText = v.pipe(
	text,
	v.check((value) => !value.includes('"'), 'uses straight quotes ("); write «comillas»'),
	v.check(
		(value) => [...value.matchAll(LINK)].every((match) => isSafeHref(match[2] ?? '')),
		(issue) => {
			const bad = [...String(issue.input).matchAll(LINK)].find((m) => !isSafeHref(m[2] ?? ''));
			return `link ${JSON.stringify(bad?.[2])} must be a path of this site (/datos, /presentar…)`;
		}
	)
);
const paragraphs = v.pipe(
	v.array(copyText, 'must be a list of texts'),
	v.minLength(1, 'must have at least one item')
);
const minutes = v.pipe(
	v.string('must be a text'),
	v.regex(/^\d+–\d+$/, (issue) => {
		return `${JSON.stringify(issue.input)} must be a range of minutes with an en dash, like "0–5"`;
	})
);

/** data/guia.json: the teacher's guide (/guia). */
export const guideFile = record({
	title: text,
	description: v.pipe(text, v.maxLength(170, 'must fit in 170 characters')),
	intro: paragraphs,
	goals: paragraphs,
	preparation: paragraphs,
	lessonPlan: v.pipe(
		v.array(record({ minutes, activity: copyText, how: copyText }), 'must be a list'),
		v.minLength(2, 'must have at least two activities')
	),
	claimsActivity: record({ heading: text, paragraphs, instructions: paragraphs }),
	glossary: v.pipe(
		v.array(record({ term: text, definition: copyText }), 'must be a list'),
		v.minLength(1, 'must define at least one term')
	),
	closing: paragraphs,
	labels: record({
		contents: text,
		printGuide: text,
		printWorksheet: text,
		goals: text,
		goalsLead: text,
		preparation: text,
		lessonPlan: text,
		lessonCaption: text,
		minutes: text,
		activity: text,
		how: text,
		questions: text,
		questionsIntro: copyText,
		notes: text,
		openStep: text,
		instructions: text,
		worksheet: text,
		worksheetCaption: text,
		studentName: text,
		row: text,
		date: text,
		event: text,
		status: text,
		press: text,
		verified: text,
		evidence: text,
		noCorrection: text,
		glossary: text,
		links: text,
		linksIntro: copyText,
		story: text,
		dataTable: text,
		closing: text
	})
});

export type GuideFile = v.InferOutput<typeof guideFile>;
export type PlacesFile = v.InferOutput<typeof placesFile>;
export type CountriesFile = v.InferOutput<typeof countriesFile>;
export type RoutesFile = v.InferOutput<typeof routesFile>;
export type SourcesFile = v.InferOutput<typeof sourcesFile>;
export type EventsFile = v.InferOutput<typeof eventsFile>;
export type CorrectionsFile = v.InferOutput<typeof correctionsFile>;
export type StoryFile = v.InferOutput<typeof storyFile>;
