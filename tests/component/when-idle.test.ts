// whenIdle, in a real browser: work that waits for an idle moment, and, when asked, for the reader
// to leave the page alone (scrolling postpones it), and that can be called off. Time is Vitest's
// fake clock and the browser's idle callback a stub the test fires, so nothing races a real timer.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { whenIdle } from '$lib/site/when-idle';

/** The idle callbacks the code asked for, fired by the test when it says the browser is idle. */
let pending: Map<number, IdleRequestCallback>;
let nextId: number;
const browserGoesIdle = () => {
	const callbacks = [...pending.values()];
	pending.clear();
	for (const callback of callbacks) callback({ didTimeout: false, timeRemaining: () => 50 });
};

beforeEach(() => {
	vi.useFakeTimers();
	pending = new Map();
	nextId = 1;
	vi.stubGlobal('requestIdleCallback', (callback: IdleRequestCallback) => {
		pending.set(nextId, callback);
		return nextId++;
	});
	vi.stubGlobal('cancelIdleCallback', (id: number) => pending.delete(id));
});
afterEach(() => {
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

test('runs the task at the first idle moment, once', () => {
	let ran = 0;
	whenIdle(() => ran++);
	vi.advanceTimersByTime(0);
	expect(ran).toBe(0);
	browserGoesIdle();
	expect(ran).toBe(1);
	vi.advanceTimersByTime(10_000);
	browserGoesIdle();
	expect(ran).toBe(1);
});

test('with a quiet time, the reader scrolling postpones it until they stop', () => {
	let ran = 0;
	whenIdle(() => ran++, { quietMs: 300 });
	// The reader keeps scrolling for a second: each scroll starts the quiet time again.
	for (let i = 0; i < 10; i++) {
		vi.advanceTimersByTime(100);
		browserGoesIdle();
		window.dispatchEvent(new Event('scroll'));
	}
	expect(ran, 'not while the reader scrolls').toBe(0);
	vi.advanceTimersByTime(299);
	browserGoesIdle();
	expect(ran, 'not before the quiet time has passed').toBe(0);
	vi.advanceTimersByTime(1);
	browserGoesIdle();
	expect(ran).toBe(1);
	// Once it has run, the reader's scrolling no longer schedules anything.
	window.dispatchEvent(new Event('scroll'));
	vi.advanceTimersByTime(1000);
	browserGoesIdle();
	expect(ran).toBe(1);
});

test('cancelled, it never runs, and stops listening to the reader', () => {
	let ran = 0;
	const cancel = whenIdle(() => ran++, { quietMs: 200 });
	cancel();
	// A scroll after the cancel must not start the quiet time again.
	window.dispatchEvent(new Event('scroll'));
	vi.advanceTimersByTime(1000);
	browserGoesIdle();
	expect(ran).toBe(0);
});

test('cancelled while waiting for the idle moment, it never runs', () => {
	let ran = 0;
	const cancel = whenIdle(() => ran++);
	vi.advanceTimersByTime(0);
	expect(pending.size).toBe(1);
	cancel();
	browserGoesIdle();
	expect(ran).toBe(0);
});

test('without requestIdleCallback (Safari), a plain task', () => {
	vi.stubGlobal('requestIdleCallback', undefined);
	let ran = 0;
	whenIdle(() => ran++);
	vi.runAllTimers();
	expect(ran).toBe(1);
});
