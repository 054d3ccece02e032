// The stepper the embeds use instead of scrolling: the Stepper model clamps and navigates, and
// StepperStory renders its state with buttons, a counter, ←/→ keys and the public DOM hooks.
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { cdp, userEvent } from 'vitest/browser';
import '../../src/app.css';
import { stateAt, stepCount } from '$lib/story/state';
import { Stepper } from '$lib/story/stepper.svelte';
import StepperStory from '$lib/story/StepperStory.svelte';

// Inline.svelte (inside StepCard) resolves story links with $app/paths, which needs SvelteKit's
// runtime; outside an app the identity is what a root-deployed site would give.
vi.mock('$app/paths', () => ({
	resolve: (path: string) => path,
	asset: (path: string) => path,
	base: '',
	assets: ''
}));

describe('Stepper', () => {
	test('there are eight steps', () => {
		expect(stepCount).toBe(8);
		expect(new Stepper().count).toBe(8);
	});

	test.each([
		[0, 0],
		[3, 3],
		[7, 7],
		[-5, 0],
		[8, 7],
		[99, 7],
		[2.7, 2],
		[Number.NaN, 0],
		[Number.POSITIVE_INFINITY, 0]
	])('new Stepper(%s) starts at %i', (initial, expected) => {
		expect(new Stepper(initial).index).toBe(expected);
	});

	test('next and previous stop at the ends', () => {
		const stepper = new Stepper();
		expect(stepper.isFirst).toBe(true);
		stepper.previous();
		expect(stepper.index).toBe(0);
		for (let i = 1; i < stepCount; i++) {
			stepper.next();
			expect(stepper.index).toBe(i);
		}
		expect(stepper.isLast).toBe(true);
		stepper.next();
		expect(stepper.index).toBe(stepCount - 1);
		stepper.previous();
		expect(stepper.index).toBe(stepCount - 2);
		expect(stepper.isFirst || stepper.isLast).toBe(false);
	});

	test('first, last and goTo (clamped)', () => {
		const stepper = new Stepper(4);
		stepper.last();
		expect(stepper.index).toBe(stepCount - 1);
		stepper.first();
		expect(stepper.index).toBe(0);
		stepper.goTo(5);
		expect(stepper.index).toBe(5);
		stepper.goTo(-1);
		expect(stepper.index).toBe(0);
		stepper.goTo(100);
		expect(stepper.index).toBe(stepCount - 1);
	});

	test('state is stateAt(index), the same object every view reads', () => {
		const stepper = new Stepper(3);
		expect(stepper.state).toBe(stateAt(3));
		stepper.next();
		expect(stepper.state).toBe(stateAt(4));
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
		const stepper = new Stepper(initial);
		const screen = await render(StepperStory, { stepper });
		const previous = screen.getByRole('button', { name: 'Anterior' });
		const next = screen.getByRole('button', { name: 'Siguiente' });
		return { stepper, screen, previous, next };
	}

	/** The public hooks must agree with each other and with the stepper. */
	async function expectShowing(container: HTMLElement, index: number) {
		const { step } = stateAt(index);
		await expect
			.poll(() => container.querySelector('[data-graphic]')?.getAttribute('data-current-step'))
			.toBe(step.id);
		const active = container.querySelectorAll('[data-step][data-active="true"]');
		expect(active).toHaveLength(1);
		expect(active[0]!.getAttribute('data-step')).toBe(step.id);
		expect(container.querySelectorAll('[data-graphic]')).toHaveLength(1);
		expect(active[0]!.textContent).toContain(step.title);
		expect(container.querySelector('.counter')!.textContent).toBe(`${index + 1} de ${stepCount}`);
		// The timeline inside highlights this step's events.
		const marks = [...container.querySelectorAll<SVGGElement>('[data-event][data-active="true"]')];
		expect(marks.map((m) => m.dataset.event).sort()).toEqual(
			[...stateAt(index).activeEventIds].sort()
		);
	}

	test('starts at the first step: «1 de 8», «Anterior» disabled', async () => {
		const { screen, previous, next } = await renderStory();
		await expect.element(screen.getByText(`1 de ${stepCount}`)).toBeVisible();
		await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
		await expect.element(next).toHaveAttribute('aria-disabled', 'false');
		await expectShowing(screen.container, 0);
	});

	test('the buttons walk through every step and stop at the last', async () => {
		const { stepper, screen, previous, next } = await renderStory();
		for (let i = 1; i < stepCount; i++) {
			await next.click();
			expect(stepper.index).toBe(i);
			await expectShowing(screen.container, i);
		}
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		await expect.element(previous).toHaveAttribute('aria-disabled', 'false');
		await expect.element(screen.getByText(`${stepCount} de ${stepCount}`)).toBeVisible();

		await previous.click();
		await expectShowing(screen.container, stepCount - 2);
		await expect.element(next).toHaveAttribute('aria-disabled', 'false');
	});

	test('→ and ← on the window move one step, within the ends', async () => {
		const { stepper, screen } = await renderStory();
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
		expect(stepper.index).toBe(0);

		// With a modifier the key belongs to the browser (history, tab switching): not handled.
		const withAlt = press('ArrowRight', { altKey: true });
		const withCtrl = press('ArrowRight', { ctrlKey: true });
		expect(withAlt.defaultPrevented || withCtrl.defaultPrevented).toBe(false);
		// Other keys are left alone.
		expect(press('ArrowDown').defaultPrevented).toBe(false);
		await expectShowing(screen.container, 0);

		stepper.last();
		press('ArrowRight');
		await expectShowing(screen.container, stepCount - 1);
	});

	test('real key presses from the page reach the stepper', async () => {
		const { screen } = await renderStory(2);
		await userEvent.keyboard('{ArrowRight}');
		await expectShowing(screen.container, 3);
		await userEvent.keyboard('{ArrowLeft}{ArrowLeft}');
		await expectShowing(screen.container, 1);
	});

	test('arrows typed into a text field move the caret, not the story', async () => {
		const { stepper, screen } = await renderStory(3);
		const input = document.createElement('input');
		input.value = 'texto';
		document.body.append(input);
		input.focus();
		await userEvent.keyboard('{ArrowLeft}{ArrowRight}{ArrowLeft}');
		expect(stepper.index).toBe(3);
		await expectShowing(screen.container, 3);
		input.remove();
	});

	test('a stepper moved from outside (the route reading ?paso) re-renders', async () => {
		const { stepper, screen, previous, next } = await renderStory();
		stepper.goTo(5);
		await expectShowing(screen.container, 5);
		stepper.last();
		await expect.element(next).toHaveAttribute('aria-disabled', 'true');
		stepper.first();
		await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
	});
});
