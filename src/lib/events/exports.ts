// The downloads of /datos, built from the same typed data as every view.
import type { Citation, DatePrecision, Place, Source, StoryEvent } from '$lib/data/types';
import { locale, t, type Locale } from '$lib/i18n';
import { plainText } from '$lib/copy/inline';
import { STATUS_LEVELS, STATUS_SYMBOL, statusLabel, statusText } from './status';

/** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled; CRLF rows. */
export function toCsv(rows: (string | number | undefined)[][]): string {
	const field = (value: string | number | undefined) => {
		const text = value === undefined ? '' : String(value);
		return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
	};
	return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** UTF-8 byte order mark: spreadsheet programs need it to read accents in a CSV correctly. */
export const BOM = '\ufeff';

/**
 * The downloads' field names, in each edition's language: the Spanish edition's files keep the
 * names they were published with; the English edition's say the same in English.
 */
const FIELDS = {
	es: {
		id: 'id',
		date: 'fecha',
		endDate: 'fecha_fin',
		precision: 'precision',
		title: 'titulo',
		summary: 'resumen',
		place: 'lugar',
		placeId: 'lugar_id',
		lat: 'lat',
		lon: 'lon',
		kind: 'tipo',
		status: 'estado',
		statusMark: 'estado_marca',
		statusText: 'estado_texto',
		confirmedBy: 'confirmado_por',
		reportedBy: 'informado_por',
		claimedBy: 'segun',
		deniedBy: 'negado_por',
		declinedBy: 'ni_confirma_ni_niega',
		reviewed: 'revisado',
		sources: 'fuentes',
		quotes: 'citas',
		// eventos.json's own fields
		statuses: 'estados',
		licence: 'licencia',
		events: 'eventos',
		places: 'lugares',
		outlet: 'medio',
		url: 'url',
		quote: 'cita',
		translation: 'traduccion',
		corrections: 'correcciones',
		source: 'fuente',
		note: 'nota',
		// lugares.geojson's properties
		name: 'nombre',
		detail: 'detalle',
		country: 'pais',
		role: 'papel'
	},
	en: {
		id: 'id',
		date: 'date',
		endDate: 'end_date',
		precision: 'precision',
		title: 'title',
		summary: 'summary',
		place: 'place',
		placeId: 'place_id',
		lat: 'lat',
		lon: 'lon',
		kind: 'kind',
		status: 'status',
		statusMark: 'status_mark',
		statusText: 'status_text',
		confirmedBy: 'confirmed_by',
		reportedBy: 'reported_by',
		claimedBy: 'claimed_by',
		deniedBy: 'denied_by',
		declinedBy: 'declined_by',
		reviewed: 'reviewed',
		sources: 'sources',
		quotes: 'quotes',
		statuses: 'statuses',
		licence: 'license',
		events: 'events',
		places: 'places',
		outlet: 'outlet',
		url: 'url',
		quote: 'quote',
		translation: 'translation',
		corrections: 'corrections',
		source: 'source',
		note: 'note',
		name: 'name',
		detail: 'detail',
		country: 'country',
		role: 'role'
	}
} as const satisfies Record<Locale, Record<string, string>>;

type Field = keyof (typeof FIELDS)['es'];
const field: Record<Field, string> = FIELDS[locale];

/** A date's precision as the downloads write it. */
const PRECISION: Record<Locale, Record<DatePrecision, string>> = {
	es: { day: 'dia', month: 'mes' },
	en: { day: 'day', month: 'month' }
};

/** An object whose keys are fields, named in the edition's language; undefined values left out. */
const record = (entries: [Field, unknown][]): Record<string, unknown> =>
	Object.fromEntries(
		entries.filter(([, value]) => value !== undefined).map(([key, value]) => [field[key], value])
	);

const CSV_FIELDS = [
	'id',
	'date',
	'endDate',
	'precision',
	'title',
	'summary',
	'place',
	'placeId',
	'lat',
	'lon',
	'kind',
	'status',
	'statusMark',
	'statusText',
	'confirmedBy',
	'reportedBy',
	'claimedBy',
	'deniedBy',
	'declinedBy',
	'reviewed',
	'sources',
	'quotes'
] as const satisfies readonly Field[];

/** eventos.csv's header: fecha, titulo… in Spanish; date, title… in English. */
export const CSV_COLUMNS: readonly string[] = CSV_FIELDS.map((name) => field[name]);

/** «◐ Informado»: the level as the site marks it, readable in any spreadsheet. */
const statusMark = (event: StoryEvent) =>
	`${STATUS_SYMBOL[event.status]} ${statusLabel(event.status)}`;

/**
 * A quote as a spreadsheet cell: verbatim, then the edition's rendering when the source is in
 * another language, then the source's id. «…» (fuente) in Spanish, “…” [Our translation: “…”]
 * (source) in English.
 */
function quoteCell(citation: Citation): string {
	const translation = citation.translation
		? ` [${t.quote.translation}: ${t.quote.quoted(citation.translation)}]`
		: '';
	return `${t.quote.quoted(citation.quote ?? '')}${translation} (${citation.source})`;
}

export function eventsCsv(
	events: StoryEvent[],
	placeById: ReadonlyMap<string, Place>,
	sourceById: ReadonlyMap<string, Source>
): string {
	const rows = events.map((event) => {
		const place = event.place ? placeById.get(event.place) : undefined;
		return [
			event.id,
			event.date.iso,
			event.endDate?.iso,
			PRECISION[locale][event.date.precision],
			event.title,
			plainText(event.summary),
			event.location,
			event.place,
			place?.lat,
			place?.lon,
			event.kind,
			event.status,
			statusMark(event),
			statusText(event.status, event),
			event.confirmedBy,
			event.reportedBy,
			event.claimedBy,
			event.deniedBy,
			event.declinedBy,
			event.revisado,
			event.sources.map((c) => sourceLabel(sourceById.get(c.source), c.source)).join(' | '),
			event.sources
				.filter((c) => c.quote)
				.map(quoteCell)
				.join(' | ')
		];
	});
	return BOM + toCsv([[...CSV_COLUMNS], ...rows]);
}

function sourceLabel(source: Source | undefined, id: string): string {
	if (!source) return id;
	return source.url
		? `${source.outlet}: ${source.title} <${source.url}>`
		: `${source.outlet}: ${source.title}`;
}

export function eventsJson(
	events: StoryEvent[],
	placeById: ReadonlyMap<string, Place>,
	sourceById: ReadonlyMap<string, Source>
) {
	const levels = Object.fromEntries(
		STATUS_LEVELS.map((level) => [
			level,
			`${STATUS_SYMBOL[level]} ${t.status.levels[level].meaning}`
		])
	);
	return record([
		['title', t.data.exportTitle],
		['statuses', levels],
		['licence', t.data.licence],
		[
			'events',
			events.map((event) =>
				record([
					['id', event.id],
					['date', event.date.iso],
					['endDate', event.endDate?.iso],
					['precision', PRECISION[locale][event.date.precision]],
					['title', event.title],
					['summary', plainText(event.summary)],
					['place', event.location],
					['placeId', event.place],
					['kind', event.kind],
					['status', event.status],
					['statusMark', statusMark(event)],
					['statusText', statusText(event.status, event)],
					['confirmedBy', event.confirmedBy],
					['reportedBy', event.reportedBy],
					['claimedBy', event.claimedBy],
					['deniedBy', event.deniedBy],
					['declinedBy', event.declinedBy],
					['reviewed', event.revisado],
					[
						'sources',
						event.sources.map((citation) => {
							const source = sourceById.get(citation.source);
							return record([
								['id', citation.source],
								['outlet', source?.outlet],
								['title', source?.title],
								['url', source?.url],
								['quote', citation.quote],
								['translation', citation.translation]
							]);
						})
					],
					[
						'corrections',
						event.corrections.map((c) =>
							record([
								['source', c.source],
								['quote', c.quote],
								['translation', c.translation],
								['note', c.note]
							])
						)
					]
				])
			)
		],
		['places', [...placeById.values()].map((p) => p.id)]
	]);
}

export function placesGeoJson(places: Place[]) {
	return {
		type: 'FeatureCollection' as const,
		features: places.map((place) => ({
			type: 'Feature' as const,
			id: place.id,
			geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
			properties: record([
				['id', place.id],
				['name', place.name],
				['detail', place.detail],
				['country', place.country],
				['role', place.role]
			])
		}))
	};
}
