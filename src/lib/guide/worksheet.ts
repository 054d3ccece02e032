// The claims-checking worksheet: which events it lists and how its rows are numbered. Pure, so the
// selection can be tested without rendering.
import type { Correction, StoryEvent } from '$lib/data/types';

export interface WorksheetCase {
	event: StoryEvent;
	/** The press's wrong wording, one table row each; empty for a claim with nothing to correct. */
	corrections: Correction[];
	/** Number of the case's first row, 1-based and continuous across the worksheet. */
	firstRow: number;
	/** Rows the case takes: one per correction, at least one. */
	rows: number;
}

/** Events no party confirmed ("atribuido", "informado"), plus those the press got wrong, in data order. */
export function worksheetCases(events: readonly StoryEvent[]): WorksheetCase[] {
	const cases: WorksheetCase[] = [];
	let next = 1;
	for (const event of events) {
		if (event.status === 'confirmado' && event.corrections.length === 0) continue;
		const rows = Math.max(1, event.corrections.length);
		cases.push({ event, corrections: event.corrections, firstRow: next, rows });
		next += rows;
	}
	return cases;
}
