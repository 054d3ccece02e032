// The one navigator of the story. Every mode moves through it: the scroll story (scrollama says
// which beat is in view), the embed stepper (buttons, keys) and the slides (keys, clicker, swipes,
// the presenter's window). It owns the position, its clamp, the key map, the address and the
// history policy; views read `state` (stateAt) and render it.
import { steps } from '$lib/data';
import { hashOf, positionFromHash, positionFromParam } from './address';
import { actionForKey, isMove, type ViewAction } from './keys';
import { ordinalOf, sequence, type Position } from './position';
import { stateAt, type StepState } from './state';
import { openSync } from './sync';

/** The title slide (slides) or the opening above the scrolly (scroll story): before step 1. */
export const TITLE = -1;

/**
 * Why the position moved, which decides what the browser's history keeps:
 * - `choice`: the reader pressed a key or a button: a new history entry (Back returns here);
 * - `scroll`: a beat crossed the trigger line: the address follows, without an entry of its own,
 *   in a task after the graphic's (Back skips the beats the scroll only crossed);
 * - `url`: the address asked for it (load, Back, Forward, a typed hash): rewritten in place if it
 *   was not the canonical address of where it landed;
 * - `sync`: the other presentation window moved: an entry, as if chosen here.
 */
export type MoveCause = 'choice' | 'scroll' | 'url' | 'sync';

/** How the navigator writes the URL: SvelteKit's pushState/replaceState in the app. */
export interface Router {
	push(url: string): void;
	replace(url: string): void;
}

export interface NavigatorOptions {
	/** The mode has a position before step 1 (TITLE). */
	title?: boolean;
	/** Where to start, before the address is read. */
	start?: Position | typeof TITLE;
	/**
	 * A hash that is not a step's (#metodo, #paso-abc): the slides go to step 1 and rewrite it; the
	 * scroll story leaves it alone (it is another anchor on the page).
	 */
	foreignHash?: 'first' | 'ignore';
}

export interface ConnectOptions {
	/** Keep the address (#paso-N, #paso-N.M) and follow it: Back, Forward, typed hashes. */
	router?: Router;
	/** Keep the presenter's window and the projected one at the same position. */
	sync?: boolean;
}

export class Navigator {
	#at = $state(0);
	readonly #title: boolean;
	readonly #foreignHash: 'first' | 'ignore';
	#router: Router | undefined;
	#send: ((at: number) => void) | undefined;
	#pendingAddress: ReturnType<typeof setTimeout> | undefined;

	constructor({ title = false, start, foreignHash = 'first' }: NavigatorOptions = {}) {
		this.#title = title;
		this.#foreignHash = foreignHash;
		this.#at = this.#ordinal(start ?? (title ? TITLE : { step: 0, beat: 0 }));
	}

	/** -1 (TITLE) before step 1, else the place of the position in reading order. */
	get at(): number {
		return this.#at;
	}
	get onTitle(): boolean {
		return this.#at === TITLE;
	}
	/** The position; on the title, the first beat (what a graphic shows behind the title). */
	get position(): Position {
		return sequence[Math.max(this.#at, 0)]!;
	}
	get step(): number {
		return this.position.step;
	}
	get beat(): number {
		return this.position.beat;
	}
	get state(): StepState {
		const { step, beat } = this.position;
		return stateAt(step, beat);
	}
	/** The position after this one, if any: the presenter's «A continuación». */
	get upcoming(): StepState | undefined {
		const next = sequence[this.#at + 1];
		return next && stateAt(next.step, next.beat);
	}
	get stepCount(): number {
		return steps.length;
	}
	get isFirst(): boolean {
		return this.#at === this.#first;
	}
	get isLast(): boolean {
		return this.#at === sequence.length - 1;
	}
	/** The address of the position: '' on the title, else #paso-N or #paso-N.M. */
	get hash(): string {
		return this.onTitle ? '' : hashOf(this.position);
	}

	next(cause: MoveCause = 'choice') {
		this.#move(this.#at + 1, cause);
	}
	previous(cause: MoveCause = 'choice') {
		this.#move(this.#at - 1, cause);
	}
	/** The first beat of step 1 (Home): the title slide is reached by Previous. */
	first(cause: MoveCause = 'choice') {
		this.#move(0, cause);
	}
	last(cause: MoveCause = 'choice') {
		this.#move(sequence.length - 1, cause);
	}
	goTo(position: Position | typeof TITLE, cause: MoveCause = 'choice') {
		this.#move(this.#ordinal(position), cause);
	}

	/**
	 * The mode's key handler: moves on the navigation keys and hands back the other actions (notes,
	 * blank, full screen…) for the view to act on. Undefined where the key is not the story's.
	 */
	keydown(event: KeyboardEvent): ViewAction | undefined {
		const action = actionForKey(event);
		if (!action) return undefined;
		event.preventDefault();
		if (!isMove(action)) return action;
		this[action]();
		return undefined;
	}

	/** `#paso-N[.M]`; no hash → the title (or step 1); another hash as `foreignHash` says. */
	followHash(hash: string) {
		if (hash === '' || hash === '#') return this.goTo(TITLE, 'url');
		const position = positionFromHash(hash);
		if (position) this.goTo(position, 'url');
		else if (this.#foreignHash === 'first') this.first('url');
	}

	/** `?paso=N|N.M|<step id>` for the embeds: read once, never written (a host's page owns its URL). */
	followParam(value: string | null) {
		this.goTo(
			positionFromParam(
				value,
				steps.map((step) => step.id)
			),
			'url'
		);
	}

	/**
	 * Starts writing the address (and the presenter sync) once the app's router runs; returns the
	 * cleanup. Back, Forward and typed hashes move the navigator from then on.
	 */
	connect({ router, sync = false }: ConnectOptions): () => void {
		this.#router = router;
		const channel = sync ? openSync((at) => this.#move(at, 'sync')) : undefined;
		this.#send = channel?.send;
		const follow = () => this.followHash(location.hash);
		if (router) {
			window.addEventListener('popstate', follow);
			window.addEventListener('hashchange', follow);
		}
		return () => {
			clearTimeout(this.#pendingAddress);
			window.removeEventListener('popstate', follow);
			window.removeEventListener('hashchange', follow);
			channel?.close();
			this.#router = this.#send = undefined;
		};
	}

	get #first(): number {
		return this.#title ? TITLE : 0;
	}

	#ordinal(position: Position | typeof TITLE): number {
		return position === TITLE ? (this.#title ? TITLE : 0) : ordinalOf(position);
	}

	#move(target: number, cause: MoveCause) {
		const at = Math.min(Math.max(Math.trunc(target), this.#first), sequence.length - 1);
		const moved = at !== this.#at;
		this.#at = at;
		this.#write(cause);
		if (moved && cause !== 'sync' && cause !== 'scroll') this.#send?.(at);
	}

	#write(cause: MoveCause) {
		const router = this.#router;
		if (!router) return;
		clearTimeout(this.#pendingAddress);
		const write = () => {
			const url = `${location.pathname}${location.search}${this.hash}`;
			if (url === `${location.pathname}${location.search}${location.hash}`) return;
			if (cause === 'choice' || cause === 'sync') router.push(url);
			else router.replace(url);
		};
		// The router's update is work a slow phone should not add to the beat change itself.
		if (cause === 'scroll') this.#pendingAddress = setTimeout(write);
		else write();
	}
}
