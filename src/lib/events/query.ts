// The /datos filters as an address readers can share: /datos?estado=atribuido&año=2024&tipo=tropas
// &q=kursk. Pure, so the rules (what a bad value falls back to, what the search matches) are tested
// without a browser.
import { plainText } from '$lib/copy/inline';
import type { EventKind, EventStatus, StoryEvent } from '$lib/data/types';
import { STATUS_LEVELS } from './status';

export const EVENT_KINDS = [
	'cumbre',
	'diplomacia',
	'guerra',
	'tropas',
	'ratificacion',
	'contexto'
] as const satisfies readonly EventKind[];

export interface EventQuery {
	estado?: EventStatus;
	tipo?: EventKind;
	año?: number;
	/** Words to find in titles and summaries, as typed. */
	q?: string;
}

const oneOf = <T extends string>(options: readonly T[], value: string | null) =>
	options.find((option) => option === value?.trim().toLowerCase());

/** The years that have events, ascending: the only years the filter offers. */
export const eventYears = (events: readonly StoryEvent[]) =>
	[...new Set(events.map((event) => event.date.date.getUTCFullYear()))].sort((a, b) => a - b);

/**
 * Reads the address. A value the data does not have (a status, kind or year that no event has)
 * is dropped rather than showing an empty table: the reader sees every event, and the form says
 * which filters hold. `anio` and `ano` stand for `año` where a keyboard has no ñ.
 */
export function parseQuery(params: URLSearchParams, events: readonly StoryEvent[]): EventQuery {
	const query: EventQuery = {};
	const estado = oneOf(STATUS_LEVELS, params.get('estado'));
	if (estado) query.estado = estado;
	const tipo = oneOf(EVENT_KINDS, params.get('tipo'));
	if (tipo) query.tipo = tipo;
	const yearText = (params.get('año') ?? params.get('anio') ?? params.get('ano') ?? '').trim();
	const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
	if (eventYears(events).includes(year)) query.año = year;
	const q = (params.get('q') ?? '').trim().slice(0, 100);
	if (q) query.q = q;
	return query;
}

/** The address for a query: only the filters that hold, always in the same order. */
export function queryParams(query: EventQuery): URLSearchParams {
	const params = new URLSearchParams();
	if (query.estado) params.set('estado', query.estado);
	if (query.tipo) params.set('tipo', query.tipo);
	if (query.año !== undefined) params.set('año', String(query.año));
	if (query.q) params.set('q', query.q);
	return params;
}

/** Lower case, without accents: «Járkov» is found by «jarkov». */
const fold = (text: string) =>
	text
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase();

export function matches(event: StoryEvent, query: EventQuery): boolean {
	if (query.estado && event.status !== query.estado) return false;
	if (query.tipo && event.kind !== query.tipo) return false;
	if (query.año !== undefined && event.date.date.getUTCFullYear() !== query.año) return false;
	if (query.q) {
		const haystack = fold(`${event.title} ${plainText(event.summary)}`);
		return fold(query.q)
			.split(/\s+/)
			.every((word) => haystack.includes(word));
	}
	return true;
}

export const isFiltered = (query: EventQuery) =>
	Boolean(query.estado || query.tipo || query.año !== undefined || query.q);
