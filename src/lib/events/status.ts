// How the newsroom states what is known about an event: its level of confirmation (confirmed by a
// party or record, reported by the press, attributed to one party's claim), who stands behind it,
// and who denies it or declines to answer. Every view (timeline marks, cards, lists, tables, the
// downloads) says it with these functions, and draws the level with statusMark's geometry.
import type { EventAttribution, EventStatus } from '$lib/data/types';
import { t } from '$lib/i18n';

/** From the most to the least confirmed: the order of every legend. */
export const STATUS_LEVELS = [
	'confirmado',
	'informado',
	'atribuido'
] as const satisfies readonly EventStatus[];

/**
 * The level as a mark that needs no colour: a filled disc (confirmed), a half-filled one (reported)
 * or a ring (attributed). The same symbols stand in for the marks in the downloads.
 */
export const STATUS_SYMBOL: Record<EventStatus, string> = {
	confirmado: '●',
	informado: '◐',
	atribuido: '○'
};

export const statusLabel = (status: EventStatus) => t.status.levels[status].label;

/** The filled part of a mark of radius r centred on 0,0: all, its left half, or nothing. */
export function statusFill(status: EventStatus, r: number): 'disc' | string | undefined {
	if (status === 'confirmado') return 'disc';
	if (status === 'informado') return `M0 ${-r}A${r} ${r} 0 0 0 0 ${r}Z`;
	return undefined;
}

/**
 * Who stands behind the record, then who denies it or declines to answer: an event's level and its
 * attribution (a whole record, or a core's from $lib/data/details).
 */
export function statusLines(status: EventStatus, by: EventAttribution): string[] {
	const who = {
		confirmado: () => t.status.confirmedBy(by.confirmedBy ?? ''),
		informado: () => t.status.reportedBy(by.reportedBy ?? ''),
		atribuido: () => t.status.claimedBy(by.claimedBy ?? '')
	}[status];
	const lines = [who()];
	if (by.deniedBy) lines.push(t.status.deniedBy(by.deniedBy));
	if (by.declinedBy) lines.push(t.status.declinedBy(by.declinedBy));
	return lines;
}

/** Each first line begins with its level («Confirmado por…», «Informado por…», «Atribuido a…»). */
export const statusText = (status: EventStatus, by: EventAttribution) =>
	statusLines(status, by).join('. ');
