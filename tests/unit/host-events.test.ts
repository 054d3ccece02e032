// The messages an embed posts to the page that hosts it (src/lib/embed/host-events.ts): their exact
// shape (a public, versioned interface: nothing else may ride along), only when framed, no
// identical message twice in a row, and the end told once.
import { describe, expect, test, vi } from 'vitest';
import { createHostEvents, type Position } from '../../src/lib/embed/host-events';

function framed() {
	const parent = { postMessage: vi.fn() };
	const post = createHostEvents(() => ({ self: {}, parent }));
	const sent = () => parent.postMessage.mock.calls.map(([message]) => message);
	return { parent, post, sent };
}

const at = (
	step: string,
	beat: number,
	index: number,
	extra: Partial<Position> = {}
): Position => ({
	embed: 'historia',
	step,
	beat,
	index,
	total: 12,
	...extra
});

describe('host events', () => {
	test('a step message carries the position, the type and the version, to any origin', () => {
		const { parent, post } = framed();
		post(at('tren-2023', 2, 5));
		expect(parent.postMessage).toHaveBeenCalledTimes(1);
		expect(parent.postMessage).toHaveBeenCalledWith(
			{
				type: 'moscu-pionyang:step',
				version: 1,
				embed: 'historia',
				step: 'tren-2023',
				beat: 2,
				index: 5,
				total: 12
			},
			'*'
		);
	});

	test('nothing but the documented fields reaches the host', () => {
		const { post, sent } = framed();
		post({ ...at('tren-2023', 1, 4), reader: 'x', url: 'https://…' } as unknown as Position);
		expect(Object.keys(sent()[0]).sort()).toEqual(
			['beat', 'embed', 'index', 'step', 'total', 'type', 'version'].sort()
		);
	});

	test.each([
		['not framed: the parent is the window itself', (self: object) => ({ self, parent: self })],
		['no parent', (self: object) => ({ self, parent: null })],
		['on the server', () => undefined]
	])('posts nothing when %s', (_, windows) => {
		const self = { postMessage: vi.fn() };
		const post = createHostEvents(
			() => windows(self) as ReturnType<Parameters<typeof createHostEvents>[0]>
		);
		post(at('guerra-2022', 1, 2));
		post(at('en-vigor-2024', 1, 12));
		expect(self.postMessage).not.toHaveBeenCalled();
	});

	test('identical consecutive positions are sent once; a return to an earlier one is sent again', () => {
		const { post, sent } = framed();
		post(at('guerra-2022', 1, 2));
		post(at('guerra-2022', 1, 2));
		post(at('tren-2023', 1, 3));
		post(at('guerra-2022', 1, 2));
		expect(sent().map((m) => (m as { index: number }).index)).toEqual([2, 3, 2]);
	});

	test('the last beat of the story sends the step, then the end, once', () => {
		const { post, sent } = framed();
		post(at('en-vigor-2024', 2, 12));
		post(at('en-vigor-2024', 1, 11));
		post(at('en-vigor-2024', 2, 12));
		expect(sent()).toEqual([
			expect.objectContaining({ type: 'moscu-pionyang:step', index: 12 }),
			{ type: 'moscu-pionyang:end', version: 1, embed: 'historia', total: 12 },
			expect.objectContaining({ type: 'moscu-pionyang:step', index: 11 }),
			expect.objectContaining({ type: 'moscu-pionyang:step', index: 12 })
		]);
	});

	test('end may be said explicitly, and overrides index === total', () => {
		const early = framed();
		early.post(at('ratificacion-2024', 3, 10, { end: true }));
		expect(early.sent().at(-1)).toMatchObject({ type: 'moscu-pionyang:end' });
		const notYet = framed();
		notYet.post(at('en-vigor-2024', 2, 12, { end: false }));
		expect(notYet.sent()).toHaveLength(1);
	});
});
