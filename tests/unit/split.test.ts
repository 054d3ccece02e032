// The dataset's three parts (split.ts): a page starts with the core alone, so the core must hold
// nothing of the details (who stands behind an event) or the prose, and the parts must put every
// record back together whole, as the server and the downloads read it.
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readData } from '$lib/data/plugin';
import { splitDataset } from '$lib/data/split';
import { validateDataset } from '$lib/data/validate';

const root = resolve(import.meta.dirname, '../..');
const validation = validateDataset(readData(resolve(root, 'data'), root, 'es'));
if (!validation.ok) throw new Error(validation.errors.join('\n'));
const { dataset } = validation;
const { core, details, text } = splitDataset(dataset);

const ATTRIBUTION = ['claimedBy', 'reportedBy', 'confirmedBy', 'deniedBy', 'declinedBy'];

describe('splitDataset', () => {
	test.each(dataset.events.map((event) => ({ id: event.id, event })))(
		'event $id: the core has no attribution or prose, and the parts make the record whole',
		({ id, event }) => {
			const inCore = core.events.find((e) => e.id === id)!;
			for (const key of [...ATTRIBUTION, 'summary', 'sources', 'corrections', 'revisado'])
				expect(inCore, key).not.toHaveProperty(key);
			// An attribution the record lacks stays absent, not undefined.
			for (const [key, who] of Object.entries(details.events[id]!)) expect(who, key).toBeDefined();
			expect({ ...inCore, ...details.events[id], ...text.events[id] }).toEqual(event);
		}
	);

	test('some events have attributions, and each level is attributed in the data', () => {
		for (const level of ['confirmado', 'informado', 'atribuido'] as const) {
			const by = { confirmado: 'confirmedBy', informado: 'reportedBy', atribuido: 'claimedBy' }[
				level
			] as 'confirmedBy' | 'reportedBy' | 'claimedBy';
			for (const event of core.events.filter((e) => e.status === level))
				expect(details.events[event.id]![by], `${event.id} ${by}`).toBeTruthy();
		}
	});
});
