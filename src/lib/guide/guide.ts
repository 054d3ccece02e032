// The teacher's guide copy (data/guia.json), validated and typed. A broken file stops the build
// with one line per problem naming the file and the field, like the rest of data/.
// TEMPORARY: the dataset plugin (src/lib/data/plugin.ts) only reads a fixed list of files, so the
// guide imports its JSON here; this schema and its checks belong in src/lib/data/schema.ts and
// validate.ts, with `guide` exported from $lib/data like `copy`.
import * as v from 'valibot';
import { isSafeHref } from '$lib/copy/inline';
import raw from '../../../data/guia.json';

export const GUIDE_FILE = 'data/guia.json';
/** The lesson plan fills exactly one class period. */
export const LESSON_MINUTES = 45;

const LINK = /\[([^\]\n]+)\]\(([^)\s]+)\)/g;

const text = v.pipe(v.string('must be a text'), v.trim(), v.nonEmpty('must not be empty'));
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
const record = <T extends v.ObjectEntries>(entries: T) =>
	v.strictObject(entries, (issue) =>
		issue.expected === 'never' ? 'is not a known field (typo?)' : 'must be an object'
	);
const minutes = v.pipe(
	v.string('must be a text'),
	v.regex(/^\d+–\d+$/, (issue) => {
		return `${JSON.stringify(issue.input)} must be a range of minutes with an en dash, like "0–5"`;
	})
);

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

export type Guide = v.InferOutput<typeof guideFile>;
export type LessonActivity = Guide['lessonPlan'][number];
export type GlossaryEntry = Guide['glossary'][number];

export type GuideValidation = { ok: true; guide: Guide } | { ok: false; errors: string[] };

/** Checks the parsed JSON of data/guia.json; pure, so tests can feed it broken copies. */
export function validateGuide(value: unknown, file = GUIDE_FILE): GuideValidation {
	const result = v.safeParse(guideFile, value, { abortEarly: false });
	if (!result.success) {
		return { ok: false, errors: result.issues.map((issue) => formatIssue(file, value, issue)) };
	}
	const guide = result.output;
	const errors: string[] = [];

	// The plan's ranges must follow each other without gaps, from 0 to LESSON_MINUTES.
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

	const seen = new Map<string, number>();
	guide.glossary.forEach((entry, i) => {
		const key = entry.term.toLocaleLowerCase('es');
		const first = seen.get(key);
		if (first !== undefined) {
			errors.push(
				`${file} › glossary[${i}] (${entry.term}) › term: duplicate, already glossary[${first}]`
			);
		} else seen.set(key, i);
	});

	return errors.length ? { ok: false, errors } : { ok: true, guide };
}

/** `data/guia.json › glossary[2] (Duma) › definition: must not be empty` */
function formatIssue(file: string, root: unknown, issue: v.BaseIssue<unknown>): string {
	const segments = [file];
	let node: unknown = root;
	for (const item of issue.path ?? []) {
		const key = item.key as string | number;
		node = (node as Record<string | number, unknown> | undefined)?.[key];
		if (typeof key === 'number') {
			const name = (node as { term?: unknown; minutes?: unknown } | undefined) ?? {};
			const label = typeof name.term === 'string' ? name.term : name.minutes;
			segments[segments.length - 1] += `[${key}]${typeof label === 'string' ? ` (${label})` : ''}`;
		} else segments.push(key);
	}
	const missing = issue.input === undefined && (issue.path?.length ?? 0) > 0;
	return `${segments.join(' › ')}: ${missing ? 'is missing (required field)' : issue.message}`;
}

/** Slug for glossary anchors: «Consejo de la Federación» → `consejo-de-la-federacion`. */
export function termId(term: string): string {
	return term
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}

const validation = validateGuide(raw);
if (!validation.ok) {
	throw new Error(`Invalid ${GUIDE_FILE}:\n  ${validation.errors.join('\n  ')}`);
}

export const guide: Guide = validation.guide;
