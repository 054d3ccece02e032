// The iframe side of the embed resize protocols, with a fake parent window: heights go out in the
// pym and AMP formats, only on change and at most once a frame, the parent's pym `width` message
// is answered, strangers are ignored, and stopping really stops.
import { afterEach, beforeEach, describe, expect, test, vi, type Mock } from 'vitest';
import { startResizeChild } from '$lib/embed/resize-child';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
/** Enough frames for a ResizeObserver callback and the rAF it schedules to both have run. */
async function settle(frames = 4) {
	for (let i = 0; i < frames; i++) await nextFrame();
}

type FakeParent = { postMessage: Mock };
const pym = (height: number) => `pymxPYMxabcxPYMxheightxPYMx${height}`;
const amp = (height: number) => ({ sentinel: 'amp', type: 'embed-size', height });

/** Messages the fake parent got, as [message, targetOrigin] pairs. */
const sent = (parent: FakeParent) => parent.postMessage.mock.calls.map(([message]) => message);

/** A message event that claims to come from `source` (MessageEvent only accepts real windows). */
function messageFrom(source: unknown, data: unknown): MessageEvent {
	const event = new MessageEvent('message', { data });
	Object.defineProperty(event, 'source', { value: source });
	return event;
}

let originalUrl: string;
let root: HTMLElement;
let parent: FakeParent;
let stop: (() => void) | undefined;

beforeEach(() => {
	originalUrl = location.href;
	root = document.createElement('div');
	root.style.cssText = 'width: 300px; height: 200px;';
	document.body.append(root);
	parent = { postMessage: vi.fn() };
});

afterEach(() => {
	stop?.();
	stop = undefined;
	root.remove();
	// Leave the test runner's own URL as it was.
	history.replaceState(history.state, '', originalUrl);
});

/** Adds childId to the page's query, keeping the runner's own parameters. */
function setChildId(id: string | undefined) {
	const url = new URL(location.href);
	if (id === undefined) url.searchParams.delete('childId');
	else url.searchParams.set('childId', id);
	history.replaceState(history.state, '', url);
}

const start = () => (stop = startResizeChild({ parent: parent as unknown as Window, root }));

describe('with a pym childId', () => {
	beforeEach(() => setChildId('abc'));

	test('sends the current height at once, in both formats', () => {
		start();
		expect(parent.postMessage).toHaveBeenCalledTimes(2);
		expect(parent.postMessage).toHaveBeenCalledWith(pym(200), '*');
		expect(parent.postMessage).toHaveBeenCalledWith(amp(200), '*');
	});

	test('rounds a fractional height up, so the iframe never cuts a pixel', () => {
		root.style.height = '123.4px';
		start();
		expect(sent(parent)).toEqual([pym(124), amp(124)]);
	});

	test('a height change is sent once, after the frame', async () => {
		start();
		parent.postMessage.mockClear();
		root.style.height = '260px';
		await expect.poll(() => sent(parent)).toEqual([pym(260), amp(260)]);
		await settle();
		expect(sent(parent)).toEqual([pym(260), amp(260)]);
	});

	test('several changes within one frame give one message with the last height', async () => {
		start();
		parent.postMessage.mockClear();
		for (const height of [210, 220, 230, 240]) {
			root.style.height = `${height}px`;
			// Force layout between changes, as a component updating several times in a task would.
			void root.offsetHeight;
		}
		await settle();
		expect(sent(parent)).toEqual([pym(240), amp(240)]);
	});

	test('changes in successive frames are each sent', async () => {
		start();
		parent.postMessage.mockClear();
		root.style.height = '300px';
		await expect.poll(() => sent(parent)).toHaveLength(2);
		root.style.height = '350px';
		await expect.poll(() => sent(parent)).toHaveLength(4);
		expect(sent(parent)).toEqual([pym(300), amp(300), pym(350), amp(350)]);
	});

	test('nothing is sent when only the width changes', async () => {
		start();
		parent.postMessage.mockClear();
		// The ResizeObserver fires (the box changed) but the height is the one already sent.
		root.style.width = '500px';
		await settle();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	test('nothing is sent when the height goes and comes back within a frame', async () => {
		start();
		parent.postMessage.mockClear();
		root.style.height = '400px';
		void root.offsetHeight;
		root.style.height = '200px';
		await settle();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	test("the parent's width message is answered with the height", () => {
		start();
		parent.postMessage.mockClear();
		window.dispatchEvent(messageFrom(parent, 'pymxPYMxabcxPYMxwidthxPYMx600'));
		expect(sent(parent)).toEqual([pym(200), amp(200)]);
	});

	test('messages from other windows, other children or of other types are ignored', () => {
		start();
		parent.postMessage.mockClear();
		// Same text, another sender: an ad iframe or another embed on the host page.
		window.dispatchEvent(messageFrom(window, 'pymxPYMxabcxPYMxwidthxPYMx600'));
		window.dispatchEvent(messageFrom({ postMessage: vi.fn() }, 'pymxPYMxabcxPYMxwidthxPYMx600'));
		// From the parent, but for another child, or not a width request, or not a string.
		window.dispatchEvent(messageFrom(parent, 'pymxPYMxotherxPYMxwidthxPYMx600'));
		window.dispatchEvent(messageFrom(parent, 'pymxPYMxabcxPYMxscrollToxPYMx0'));
		window.dispatchEvent(messageFrom(parent, { type: 'width', width: 600 }));
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	test('stop disconnects: no more messages on resize or on width requests', async () => {
		start();
		stop!();
		parent.postMessage.mockClear();
		root.style.height = '500px';
		await settle();
		window.dispatchEvent(messageFrom(parent, 'pymxPYMxabcxPYMxwidthxPYMx600'));
		expect(parent.postMessage).not.toHaveBeenCalled();
	});

	test('stop right after a change cancels the pending frame', async () => {
		start();
		parent.postMessage.mockClear();
		root.style.height = '450px';
		// Let the ResizeObserver schedule its frame, then stop before that frame runs.
		await new Promise<void>((resolve) => {
			const observer = new ResizeObserver(() => {
				observer.disconnect();
				resolve();
			});
			observer.observe(root);
		});
		stop!();
		await settle();
		expect(parent.postMessage).not.toHaveBeenCalled();
	});
});

describe('without a childId', () => {
	beforeEach(() => setChildId(undefined));

	test('sends only the AMP message', async () => {
		start();
		expect(sent(parent)).toEqual([amp(200)]);
		root.style.height = '240px';
		await expect.poll(() => sent(parent)).toEqual([amp(200), amp(240)]);
	});

	test('ignores pym width messages (there is no child id to match)', () => {
		start();
		parent.postMessage.mockClear();
		window.dispatchEvent(messageFrom(parent, 'pymxPYMxabcxPYMxwidthxPYMx600'));
		expect(parent.postMessage).not.toHaveBeenCalled();
	});
});

test('not in an iframe (parent is the window itself): does nothing', () => {
	const post = vi.spyOn(window, 'postMessage');
	const stopSelf = startResizeChild({ parent: window, root });
	expect(post).not.toHaveBeenCalled();
	stopSelf();
	post.mockRestore();
});
