// The story's one navigator (position, clamp, key map, address, history) and the embed stepper
// that renders it: buttons, a counter, the key map and the public DOM hooks, beat by beat.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/app.css';
import { steps } from '$lib/data';
import { steps as wholeSteps } from '$lib/data/text';
import { Navigator, TITLE, type Router } from '$lib/story/navigator.svelte';
import { sequence } from '$lib/story/position';
import { stateAt } from '$lib/story/state';
import StepperStory from '$lib/story/StepperStory.svelte';

// Inline.svelte (inside StepCard) resolves story links with $app/paths, which needs SvelteKit's
// runtime; outside an app the identity is what a root-deployed site would give.
vi.mock('$app/paths', () => ({
	resolve: (path: string) => path,
	asset: (path: string) => path,
	base: '',
	assets: ''
}));

const stepCount = steps.length;
const total = sequence.length;
const last = sequence[total - 1]!;

describe('Navigator', () => {
	test('walks every beat of every step in reading order, and stops at the ends', () => {
		const navigator = new Navigator();
		expect(navigator.isFirst).toBe(true);
		navigator.previous();
		expect(navigator.position).toEqual({ step: 0, beat: 0 });
		for (let i = 1; i < total; i++) {
			navigator.next();
			expect(navigator.position).toEqual(sequence[i]);
			expect(navigator.state).toBe(stateAt(sequence[i]!.step, sequence[i]!.beat));
		}
		expect(navigator.isLast).toBe(true);
		navigator.next();
		expect(navigator.position).toEqual(last);
	});

	test.each([
		{ start: { step: 0, beat: 0 }, expected: { step: 0, beat: 0 } },
		{ start: { step: 3, beat: 1 }, expected: { step: 3, beat: 1 } },
		{ start: { step: -5, beat: 0 }, expected: { step: 0, beat: 0 } },
		{ start: { step: 99, beat: 0 }, expected: { step: stepCount - 1, beat: 0 } },
		{ start: { step: 2, beat: 42 }, expected: { step: 2, beat: 0 } },
		{ start: { step: Number.NaN, beat: 1 }, expected: { step: 0, beat: 1 } }
	])('starts at $start → $expected (the one clamp)', ({ start, expected }) => {
		expect(new Navigator({ start }).position).toEqual(expected);
	});

	test('with a title: before step 1, reached by Previous, not by Home', () => {
		const navigator = new Navigator({ title: true });
		expect(navigator.onTitle).toBe(true);
		expect(navigator.hash).toBe('');
		navigator.next();
		expect(navigator.hash).toBe('#paso-1');
		navigator.last();
		expect(navigator.hash).toBe(`#paso-${stepCount}.${last.beat + 1}`);
		navigator.first();
		expect(navigator.position).toEqual({ step: 0, beat: 0 });
		expect(navigator.onTitle).toBe(false);
		navigator.previous();
		expect(navigator.onTitle).toBe(true);
		navigator.goTo(TITLE);
		expect(navigator.at).toBe(TITLE);
	});

	test('follows hashes: a step, a beat, a bad beat, a foreign anchor', () => {
		const slides = new Navigator({ title: true, foreignHash: 'first' });
		slides.followHash('#paso-4.2');
		expect(slides.position).toEqual({ step: 3, beat: 1 });
		slides.followHash('#paso-4.9');
		expect(slides.position).toEqual({ step: 3, beat: 0 });
		slides.followHash('');
		expect(slides.onTitle).toBe(true);
		slides.followHash('#basura');
		expect(slides.position).toEqual({ step: 0, beat: 0 });

		const scroll = new Navigator({ title: true, foreignHash: 'ignore' });
		scroll.followHash('#paso-6.3');
		scroll.followHash('#metodo');
		expect(scroll.position).toEqual({ step: 5, beat: 2 });
	});

	test('follows ?paso= for embeds: numbers, beats and step ids', () => {
		const navigator = new Navigator();
		navigator.followParam('3.2');
		expect(navigator.position).toEqual({ step: 2, beat: 1 });
		navigator.followParam(steps[6]!.id);
		expect(navigator.position).toEqual({ step: 6, beat: 0 });
		navigator.followParam('<script>');
		expect(navigator.position).toEqual({ step: 0, beat: 0 });
	});

	test('history: a choice pushes, a scroll replaces (in a task of its own), the URL rewrites', async () => {
		const writes: string[] = [];
		const router: Router = {
			push: (url) => writes.push(`push ${url.slice(url.indexOf('#'))}`),
			replace: (url) =>
				writes.push(`replace ${url.includes('#') ? url.slice(url.indexOf('#')) : ''}`)
		};
		const navigator = new Navigator({ title: true });
		const disconnect = navigator.connect({ router });
		navigator.next();
		expect(writes).toEqual(['push #paso-1']);
		history.replaceState(history.state, '', '#paso-1');
		navigator.goTo({ step: 2, beat: 0 }, 'scroll');
		navigator.goTo({ step: 2, beat: 1 }, 'scroll');
		// Deferred, and the beats the scroll only crossed leave no trace.
		expect(writes).toEqual(['push #paso-1']);
		await expect.poll(() => writes.length).toBe(2);
		expect(writes[1]).toBe('replace #paso-3.2');
		history.replaceState(history.state, '', '#paso-99');
		navigator.followHash(location.hash);
		expect(writes[2]).toBe(`replace #paso-${stepCount}`);
		disconnect();
		history.replaceState(history.state, '', location.pathname);
	});

	test('keys: moves are handled, view actions handed back, modifiers and fields left alone', () => {
		const navigator = new Navigator();
		const key = (key: string, init: KeyboardEventInit = {}, target?: Element) => {
			const event = new KeyboardEvent('keydown', { key, cancelable: true, ...init });
			if (target) Object.defineProperty(event, 'target', { value: target });
			return { action: navigator.keydown(event), prevented: event.defaultPrevented };
		};
		expect(key('PageDown')).toEqual({ action: undefined, prevented: true });
		expect(navigator.position).toEqual(sequence[1]);
		expect(key('b')).toEqual({ action: 'blank', prevented: true });
		expect(key('.')).toEqual({ action: 'blank', prevented: true });
		expect(key('B')).toEqual({ action: 'blank', prevented: true });
		expect(key('End').prevented).toBe(true);
		expect(navigator.isLast).toBe(true);
		expect(key('Home').prevented).toBe(true);
		expect(navigator.isFirst).toBe(true);
		expect(key('ArrowRight', { altKey: true })).toEqual({ action: undefined, prevented: false });
		const input = document.createElement('input');
		expect(key('ArrowRight', {}, input).prevented).toBe(false);
		const button = document.createElement('button');
		expect(key(' ', {}, button).prevented).toBe(false);
		expect(key('z').prevented).toBe(false);
		expect(navigator.isFirst).toBe(true);
	});
});

describe('StepperStory', () => {
	// Under reduced motion the map jumps instead of flying and the timeline does not tween, so
	// clicks do not wait for a moving page (the motion itself is covered by the other files).
	beforeAll(async () => {
		await cdp().send('Emulation.setEmulatedMedia', {
			features: [{ name: 'prefers-reduced-motion', value: 'reduce' }]
		});
	});
	afterAll(async () => {
		await cdp().send('Emulation.setEmulatedMedia', { features: [] });
	});

	async function renderStory(initial = 0) {
		const navigator = new Navigator({ start: sequence[initial] });
		const screen = await render(StepperStory, { navigator, firstStep: wholeSteps[0]! });
		const previous = screen.getByRole('button', { name: 'Anterior' });
		const next = screen.getByRole('button', { name: 'Siguiente' });
		return { navigator, screen, previous, next };
	}

	/** The public hooks must agree with each other and with the navigator (i: reading order). */
	async function expectShowing(container: HTMLElement, i: number) {
		const { step, beat } = sequence[i]!;
		const state = stateAt(step, beat);
		await expect
			.poll(() => container.querySelector('[data-graphic]')?.getAttribute('data-current-beat'))
			.toBe(state.key);
		const graphic = container.querySelector('[data-graphic]')!;
		expect(graphic.getAttribute('data-current-step')).toBe(state.step.id);
		const active = container.querySelectorAll('[data-step][data-active="true"]');
		expect(active).toHaveLength(1);
		expect(active[0]!.getAttribute('data-step')).toBe(state.step.id);
		expect(container.querySelectorAll('[data-graphic]')).toHaveLength(1);
		expect(active[0]!.textContent).toContain(state.step.title);
		const beats = container.querySelectorAll('[data-beat][data-active="true"]');
		expect([...beats].map((b) => b.getAttribute('data-beat'))).toEqual([state.key]);
		// Beyond the first step, the beat's prose arrives with the data's text module.
		const text = wholeSteps[step]!.beats[beat]!.text;
		await expect
			.poll(() => container.querySelector('[data-beat][data-active="true"]')?.textContent)
			.toContain(text.replace(/\*/g, '').slice(0, 30));
		expect(container.querySelector('.counter')!.textContent).toContain(
			`${step + 1} de ${stepCount}`
		);
		// The timeline inside highlights this beat's events (its live code arrives on demand).
		await expect
			.poll(() =>
				[...container.querySelectorAll<SVGGElement>('[data-event][data-active="true"]')]
					.map((mark) => mark.dataset.event)
					.sort()
			)
			.toEqual([...state.activeEventIds].sort());
	}

	test('starts at the first beat: «1 de 8», «Anterior» disabled', async () => {
		const { screen, previous, next } = await renderStory();
		await expect.element(screen.getByText(`1 de ${stepCount}`)).toBeVisible();
		await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
		await expect.element(next).toHaveAttribute('aria-disabled', 'false');
		await expectShowing(screen.container, 0);
	});

	test('the buttons walk through every beat and stop at the last', async () => {
		const { navigator, screen, previous, next } = await renderStory();
		for (let i = 1; i < total; i++) {
			await next.click();
			expect(navigator.position).toEqual(sequence[i]);
			await expectShowing(screen.container, i);
		}
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		await expect.element(previous).toHaveAttribute('aria-disabled', 'false');

		await previous.click();
		await expectShowing(screen.container, total - 2);
		await expect.element(next).toHaveAttribute('aria-disabled', 'false');
	});

	test('→ and ← on the window move one beat, within the ends', async () => {
		const { navigator, screen } = await renderStory();
		const press = (key: string, init: KeyboardEventInit = {}) => {
			const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
			window.dispatchEvent(event);
			return event;
		};

		const right = press('ArrowRight');
		// Handled keys are consumed so the host page does not scroll sideways too.
		expect(right.defaultPrevented).toBe(true);
		await expectShowing(screen.container, 1);
		press('ArrowRight');
		await expectShowing(screen.container, 2);
		press('ArrowLeft');
		await expectShowing(screen.container, 1);
		press('ArrowLeft');
		press('ArrowLeft');
		await expectShowing(screen.container, 0);
		expect(navigator.position).toEqual({ step: 0, beat: 0 });

		// With a modifier the key belongs to the browser (history, tab switching): not handled.
		const withAlt = press('ArrowRight', { altKey: true });
		const withCtrl = press('ArrowRight', { ctrlKey: true });
		expect(withAlt.defaultPrevented || withCtrl.defaultPrevented).toBe(false);
		// Keys that are not the story's are left alone.
		expect(press('z').defaultPrevented).toBe(false);
		await expectShowing(screen.container, 0);

		navigator.last();
		press('ArrowRight');
		await expectShowing(screen.container, total - 1);
	});

	test('real key presses from the page reach the stepper', async () => {
		const { screen } = await renderStory(2);
		await userEvent.keyboard('{ArrowRight}');
		await expectShowing(screen.container, 3);
		await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
		await expectShowing(screen.container, 1);
	});

	test('arrows typed into a text field move the caret, not the story', async () => {
		const { navigator, screen } = await renderStory(3);
		const input = document.createElement('input');
		input.value = 'texto';
		document.body.append(input);
		input.focus();
		await userEvent.keyboard('{ArrowLeft}{ArrowRight}{ArrowLeft}');
		expect(navigator.position).toEqual(sequence[3]);
		await expectShowing(screen.container, 3);
		input.remove();
	});

	test('a navigator moved from outside (the route reading ?paso) re-renders', async () => {
		const { navigator, screen, previous, next } = await renderStory();
		navigator.followParam('5.2');
		await expectShowing(
			screen.container,
			sequence.findIndex((p) => p.step === 4 && p.beat === 1)
		);
		navigator.last();
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		navigator.first();
		await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
	});
});
