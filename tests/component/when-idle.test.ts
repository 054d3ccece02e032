// whenIdle, in a real browser: work that waits for an idle moment, and, when asked, for the reader
// to leave the page alone (scrolling postpones it), and that can be called off.
import { expect, test } from 'vitest';
import { whenIdle } from '$lib/site/when-idle';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

test('runs the task at the first idle moment', async () => {
	let ran = 0;
	whenIdle(() => ran++);
	await expect.poll(() => ran, { timeout: 2000 }).toBe(1);
	await sleep(100);
	expect(ran).toBe(1);
});

test('with a quiet time, the reader scrolling postpones it until they stop', async () => {
	let ranAt: number | undefined;
	const start = performance.now();
	whenIdle(() => (ranAt = performance.now()), { quietMs: 300 });
	// The reader keeps scrolling for a second: each scroll starts the quiet time again.
	let lastScroll = 0;
	for (let i = 0; i < 10; i++) {
		window.dispatchEvent(new Event('scroll'));
		lastScroll = performance.now();
		await sleep(100);
	}
	expect(ranAt, 'not while the reader scrolls').toBeUndefined();
	await expect.poll(() => ranAt, { timeout: 3000 }).toBeDefined();
	expect(ranAt! - lastScroll).toBeGreaterThanOrEqual(290);
	expect(ranAt! - start).toBeGreaterThanOrEqual(1190);
});

test('cancelled, it never runs, and stops listening to the reader', async () => {
	let ran = 0;
	const cancel = whenIdle(() => ran++, { quietMs: 200 });
	cancel();
	// A scroll after the cancel must not start the quiet time again.
	window.dispatchEvent(new Event('scroll'));
	await sleep(600);
	expect(ran).toBe(0);
});
