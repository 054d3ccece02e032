// startInTurn, in a real browser: a page's start runs part by part, each in a task of its own
// after the one that evaluated the page's modules, and the page says it has started only after
// the last. What a part queues runs before the next part: that is what keeps a slow phone's tap
// from waiting for the whole start-up.
import { afterEach, expect, test } from 'vitest';
import { startInTurn } from '$lib/islands/island';

afterEach(() => {
	delete document.documentElement.dataset.started;
});

test('each part runs in a task of its own, in order, and the page is marked started after the last', async () => {
	const log: string[] = [];
	const started = () => document.documentElement.dataset.started !== undefined;
	const parts = ['story', 'edition', 'rest'].map((name) => () => {
		log.push(`${name}${started() ? ' (started)' : ''}`);
		// A task queued by this part: it runs before the next part if that part is a later task.
		setTimeout(() => log.push(`after ${name}`));
	});
	const done = startInTurn(parts);
	// Nothing runs in the task that called it (the modules' evaluation).
	expect(log).toEqual([]);
	expect(started()).toBe(false);
	await done;
	expect(log.slice(0, 5)).toEqual(['story', 'after story', 'edition', 'after edition', 'rest']);
	expect(started()).toBe(true);
});

test('a part that throws stops the start: the page does not say it started', async () => {
	const ran: string[] = [];
	const failing = startInTurn([
		() => {
			throw new Error('no island');
		},
		() => ran.push('next')
	]);
	await expect(failing).rejects.toThrow('no island');
	expect(ran).toEqual([]);
	expect(document.documentElement.dataset.started).toBeUndefined();
});
