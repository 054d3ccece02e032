// The three levels of confirmation: what each says (its lines), and the mark that draws it without
// relying on colour. Table-driven over hand-made events, so each rule is seen on its own.
import { describe, expect, test } from 'vitest';
import type { StoryEvent } from '$lib/data/types';
import {
	STATUS_LEVELS,
	STATUS_SYMBOL,
	statusFill,
	statusLabel,
	statusLines,
	statusText
} from '$lib/events/status';

const base: StoryEvent = {
	id: 'x',
	date: { iso: '2024-01-01', date: new Date(Date.UTC(2024, 0, 1)), precision: 'day' },
	title: 'Un hecho',
	summary: 'Resumen',
	location: 'Moscú',
	kind: 'tropas',
	status: 'confirmado',
	revisado: '2026-12-05',
	sources: [],
	corrections: []
};

describe('statusLines', () => {
	test.each([
		{
			name: 'confirmed: by whom',
			event: { status: 'confirmado', confirmedBy: 'el Kremlin' },
			expected: ['Confirmado por el Kremlin']
		},
		{
			name: 'reported: by which outlet',
			event: { status: 'informado', reportedBy: 'la agencia Reuters' },
			expected: ['Informado por la agencia Reuters']
		},
		{
			name: 'attributed: «a el» contracts to «al»',
			event: { status: 'atribuido', claimedBy: 'el presidente ucraniano' },
			expected: ['Atribuido al presidente ucraniano']
		},
		{
			name: 'attributed to a body whose name has another article',
			event: { status: 'atribuido', claimedBy: 'la Fiscalía General de Ucrania' },
			expected: ['Atribuido a la Fiscalía General de Ucrania']
		},
		{
			name: 'attributed and denied',
			event: { status: 'atribuido', claimedBy: 'Seúl', deniedBy: 'el Kremlin' },
			expected: ['Atribuido a Seúl', 'Negado por el Kremlin']
		},
		{
			name: 'attributed, neither confirmed nor denied',
			event: { status: 'atribuido', claimedBy: 'Kiev', declinedBy: 'el Kremlin' },
			expected: ['Atribuido a Kiev', 'Ni confirmado ni negado por el Kremlin']
		}
	] as { name: string; event: Partial<StoryEvent>; expected: string[] }[])(
		'$name',
		({ event, expected }) => {
			const full = { ...base, ...event };
			expect(statusLines(full.status, full)).toEqual(expected);
			expect(statusText(full.status, full)).toBe(expected.join('. '));
			// Each first line names its level, so the text alone says it as the mark does.
			expect(expected[0]!.startsWith(statusLabel(full.status))).toBe(true);
		}
	);
});

describe('the marks', () => {
	test.each([
		{ status: 'confirmado', symbol: '●', fill: 'disc' },
		{ status: 'informado', symbol: '◐', fill: 'M0 -4A4 4 0 0 0 0 4Z' },
		{ status: 'atribuido', symbol: '○', fill: undefined }
	] as const)('$status: $symbol', ({ status, symbol, fill }) => {
		expect(STATUS_SYMBOL[status]).toBe(symbol);
		expect(statusFill(status, 4)).toBe(fill);
	});

	test('the legend lists the levels from the most to the least confirmed, each mark distinct', () => {
		expect(STATUS_LEVELS).toEqual(['confirmado', 'informado', 'atribuido']);
		expect(new Set(STATUS_LEVELS.map((level) => STATUS_SYMBOL[level])).size).toBe(3);
		expect(new Set(STATUS_LEVELS.map((level) => String(statusFill(level, 5)))).size).toBe(3);
	});
});
