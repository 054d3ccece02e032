// A second edition's copy: data/<locale>/<file> holds only the strings an edition translates, in
// the shape of the Spanish file (records with an id keep it; lists keep their length and order).
// Facts (ids, dates, places, statuses) live once, in the Spanish file; the overlay replaces the
// copy and adds an English rendering (`translation`) to each quote not in the edition's language.
// Pure: the plugin reads the files, tests feed broken copies.
import type { DataFileName } from './validate.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** The copy each file translates, by field name at any depth. `null`: every string but `minutes`. */
const TRANSLATED: Record<DataFileName, ReadonlySet<string> | null> = {
	'story.json': new Set([
		'headline',
		'dek',
		'byline',
		'description',
		'intro',
		'kicker',
		'title',
		'summary',
		'points',
		'question',
		'text',
		'heading',
		'paragraphs',
		'credits'
	]),
	'events.json': new Set([
		'title',
		'summary',
		'location',
		'confirmedBy',
		'reportedBy',
		'claimedBy',
		'deniedBy',
		'declinedBy'
	]),
	'places.json': new Set(['name', 'detail', 'role']),
	'routes.json': new Set(['name']),
	'countries.json': new Set(['name']),
	// A source's title is our description of it, except a seed's: a headline, quoted as published.
	'sources.json': new Set(['outlet', 'title']),
	'corrections.json': new Set(['what', 'why']),
	'guia.json': null
};

/** Lists and objects that hold copy (beats, steps, notes…), as opposed to lists of ids. */
const CONTAINERS = new Set([
	'meta',
	'steps',
	'beats',
	'notes',
	'analysis',
	'method',
	'embed',
	'events',
	'places',
	'routes',
	'countries',
	'sources',
	'corrections',
	'lessonPlan'
]);

export interface OverlayResult {
	/** The Spanish file with the edition's copy in place; undefined when the overlay has problems. */
	merged?: Json;
	errors: string[];
}

/**
 * Merges `overlay` (data/<locale>/<file>) over `original` (data/<file>). Every translated string of
 * the original needs its counterpart, and the overlay may hold nothing the original lacks.
 * `languages`: each source's language, to know which quotes need a rendering in `locale`.
 */
export function applyOverlay(
	file: DataFileName,
	original: Json,
	overlay: Json,
	options: { locale: string; languages: ReadonlyMap<string, string>; where: string }
): OverlayResult {
	const errors: string[] = [];
	const translated = TRANSLATED[file];
	const isCopy = (key: string, value: Json) => {
		if (CONTAINERS.has(key)) {
			// A list of ids (a beat's events, a step's places) is data, not copy.
			return !(Array.isArray(value) && typeof value[0] === 'string');
		}
		return translated === null ? key !== 'minutes' : translated.has(key);
	};
	const fail = (path: string, record: string, message: string) =>
		errors.push(`${options.where} › ${record ? `${record} › ` : ''}${path}: ${message}`);

	function merge(es: Json, en: Json | undefined, path: string, record: string): Json {
		if (Array.isArray(es)) {
			if (!Array.isArray(en)) return (fail(path, record, 'should be a list'), es);
			if (en.length !== es.length) {
				fail(path, record, `has ${en.length} items; the Spanish file has ${es.length}`);
			}
			return es.map((item, i) => {
				const id = isObject(item) && typeof item.id === 'string' ? item.id : undefined;
				// A record is named by its id, as the Spanish file's errors name it.
				const here = id ? `${path}[${i}] (${id})` : `${path}[${i}]`;
				return merge(item, en[i], id ? '' : here, id ? join(record, here) : record);
			});
		}
		if (isObject(es)) {
			if (!isObject(en)) return (fail(path, record, 'should be an object'), es);
			if (typeof es.source === 'string' && !Object.keys(es).some((k) => isCopy(k, es[k]!))) {
				return mergeCitation(es, en, path, record);
			}
			if (typeof es.id === 'string' && en.id !== es.id) {
				fail(
					at(path, 'id'),
					record,
					`is ${JSON.stringify(en.id)}; the Spanish file has "${es.id}"`
				);
			}
			const out: JsonObject = { ...es };
			for (const [key, value] of Object.entries(es)) {
				if (key === 'id') continue;
				if (isCopy(key, value) && !isPublishedHeadline(file, es, key))
					out[key] = merge(value, en[key], at(path, key), record);
				else if (key in en) fail(at(path, key), record, 'is not translated: leave it out');
			}
			for (const key of Object.keys(en)) {
				if (key !== 'id' && !(key in es)) fail(at(path, key), record, 'is not in the Spanish file');
			}
			return out;
		}
		if (typeof es === 'string') {
			if (typeof en !== 'string' || !en.trim()) {
				fail(path, record, `has no ${options.locale} text`);
				return es;
			}
			return en;
		}
		return es;
	}

	/** An event's citation {source, quote?, note?}: the quote stays verbatim, a rendering is added. */
	function mergeCitation(es: JsonObject, en: JsonObject, path: string, record: string): Json {
		if (en.source !== es.source) {
			fail(at(path, 'source'), record, `should be "${String(es.source)}"`);
		}
		const language = options.languages.get(String(es.source));
		const needsRendering = typeof es.quote === 'string' && language !== options.locale;
		const out: JsonObject = { ...es };
		if (needsRendering) {
			if (typeof en.translation === 'string' && en.translation.trim()) {
				out.translation = en.translation;
			} else {
				fail(at(path, 'translation'), record, `the quote is in "${language}": it needs one`);
			}
		} else if ('translation' in en) {
			fail(
				at(path, 'translation'),
				record,
				'not wanted: no quote, or one already in this language'
			);
		}
		if ('note' in es) out.note = merge(es.note!, en.note, at(path, 'note'), record);
		for (const key of Object.keys(en)) {
			if (!['source', 'translation', 'note'].includes(key)) {
				fail(at(path, key), record, 'is not in the Spanish file');
			}
		}
		return out;
	}

	const merged = merge(original, overlay, '', '');
	return errors.length ? { errors } : { merged, errors };
}

/** A seed article's title is its headline as published: verbatim in every edition. */
const isPublishedHeadline = (file: DataFileName, record: JsonObject, key: string) =>
	file === 'sources.json' && key === 'title' && record.kind === 'semilla';

const isObject = (value: Json | undefined): value is JsonObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);
const at = (path: string, key: string) => (path ? `${path}.${key}` : key);
const join = (record: string, here: string) => (record ? `${record} › ${here}` : here);
