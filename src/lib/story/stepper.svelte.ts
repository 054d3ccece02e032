// Step navigation for the modes that do not scroll (embed stepper, classroom slides): one index,
// clamped, and the derived step state. Keys are mapped by each mode.
import { stateAt, stepCount, type StepState } from './state';

export class Stepper {
	#index = $state(0);

	constructor(initial = 0) {
		this.#index = clamp(initial);
	}

	get index(): number {
		return this.#index;
	}
	get count(): number {
		return stepCount;
	}
	get state(): StepState {
		return stateAt(this.#index);
	}
	get isFirst(): boolean {
		return this.#index === 0;
	}
	get isLast(): boolean {
		return this.#index === stepCount - 1;
	}

	goTo(index: number) {
		this.#index = clamp(index);
	}
	next() {
		this.goTo(this.#index + 1);
	}
	previous() {
		this.goTo(this.#index - 1);
	}
	first() {
		this.goTo(0);
	}
	last() {
		this.goTo(stepCount - 1);
	}
}

function clamp(index: number): number {
	return Math.min(Math.max(Number.isFinite(index) ? Math.trunc(index) : 0, 0), stepCount - 1);
}
