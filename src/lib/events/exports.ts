// The downloads of /datos, built from the same typed data as every view.
import type { Place, Source, StoryEvent } from '$lib/data/types';
import { t } from '$lib/i18n';
import { plainText } from '$lib/copy/inline';
import { STATUS_SYMBOL, statusLabel, statusText } from './status';

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

export const CSV_COLUMNS = [
	'id',
	'fecha',
	'fecha_fin',
	'precision',
	'titulo',
	'resumen',
	'lugar',
	'lugar_id',
	'lat',
	'lon',
	'tipo',
	'estado',
	'estado_marca',
	'estado_texto',
	'confirmado_por',
	'informado_por',
	'segun',
	'negado_por',
	'ni_confirma_ni_niega',
	'revisado',
	'fuentes',
	'citas'
] as const;

/** «◐ Informado»: the level as the site marks it, readable in any spreadsheet. */
const statusMark = (event: StoryEvent) =>
	`${STATUS_SYMBOL[event.status]} ${statusLabel(event.status)}`;

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
			event.date.precision === 'day' ? 'dia' : 'mes',
			event.title,
			plainText(event.summary),
			event.location,
			event.place,
			place?.lat,
			place?.lon,
			event.kind,
			event.status,
			statusMark(event),
			statusText(event),
			event.confirmedBy,
			event.reportedBy,
			event.claimedBy,
			event.deniedBy,
			event.declinedBy,
			event.revisado,
			event.sources.map((c) => sourceLabel(sourceById.get(c.source), c.source)).join(' | '),
			event.sources
				.filter((c) => c.quote)
				.map((c) => `«${c.quote}» (${c.source})`)
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
	return {
		titulo: 'Moscú–Pionyang: cronología verificada',
		estados: {
			confirmado: `${STATUS_SYMBOL.confirmado} ${t.status.levels.confirmado.meaning}`,
			informado: `${STATUS_SYMBOL.informado} ${t.status.levels.informado.meaning}`,
			atribuido: `${STATUS_SYMBOL.atribuido} ${t.status.levels.atribuido.meaning}`
		},
		licencia: 'Reutilizable citando «Moscú–Pionyang» como fuente',
		eventos: events.map((event) => ({
			id: event.id,
			fecha: event.date.iso,
			...(event.endDate ? { fecha_fin: event.endDate.iso } : {}),
			precision: event.date.precision === 'day' ? 'dia' : 'mes',
			titulo: event.title,
			resumen: plainText(event.summary),
			lugar: event.location,
			...(event.place ? { lugar_id: event.place } : {}),
			tipo: event.kind,
			estado: event.status,
			estado_marca: statusMark(event),
			estado_texto: statusText(event),
			...(event.confirmedBy ? { confirmado_por: event.confirmedBy } : {}),
			...(event.reportedBy ? { informado_por: event.reportedBy } : {}),
			...(event.claimedBy ? { segun: event.claimedBy } : {}),
			...(event.deniedBy ? { negado_por: event.deniedBy } : {}),
			...(event.declinedBy ? { ni_confirma_ni_niega: event.declinedBy } : {}),
			revisado: event.revisado,
			fuentes: event.sources.map((citation) => {
				const source = sourceById.get(citation.source);
				return {
					id: citation.source,
					medio: source?.outlet,
					titulo: source?.title,
					...(source?.url ? { url: source.url } : {}),
					...(citation.quote ? { cita: citation.quote } : {})
				};
			}),
			correcciones: event.corrections.map((c) => ({
				fuente: c.source,
				cita: c.quote,
				nota: c.note
			}))
		})),
		lugares: [...placeById.values()].map((p) => p.id)
	};
}

export function placesGeoJson(places: Place[]) {
	return {
		type: 'FeatureCollection' as const,
		features: places.map((place) => ({
			type: 'Feature' as const,
			id: place.id,
			geometry: { type: 'Point' as const, coordinates: [place.lon, place.lat] },
			properties: {
				id: place.id,
				nombre: place.name,
				detalle: place.detail,
				pais: place.country,
				papel: place.role
			}
		}))
	};
}
