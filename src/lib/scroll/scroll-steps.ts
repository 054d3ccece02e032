// The scrollama attachment: reports which beat crosses the trigger line. One instance per scrolly
// section, created on the bound element's own [data-beat] elements and destroyed with it. It is
// set up at the page's first movement: until the page scrolls or its viewport changes, no beat can
// cross the line, and scrollama is then not among the scripts a slow phone loads to start.
import type { DecimalType } from 'scrollama';
import type { Attachment } from 'svelte/attachments';

/** How long the page must stay still to count as the reader's resting place. */
const REST_MS = 150;

export interface ScrollStepsOptions {
	/** Called with the 0-based index, in reading order, of the beat that entered the trigger line. */
	onbeat: (index: number) => void;
	/** Trigger line as a share of the viewport height from the top, per layout. */
	offset: () => number;
}

export function scrollSteps({ onbeat, offset }: ScrollStepsOptions): Attachment<HTMLElement> {
	return (section) => {
		let cancelled = false;
		let scroller: import('scrollama').ScrollamaInstance | undefined;
		// The trigger line moves between layouts: the phone's, a phone held sideways, the desktop's.
		const layouts = ['(min-width: 1024px)', '(orientation: landscape) and (max-height: 500px)'].map(
			(query) => window.matchMedia(query)
		);

		const setup = async () => {
			const { default: scrollama } = await import('scrollama');
			if (cancelled) return;
			scroller?.destroy();
			scroller = scrollama();
			scroller
				.setup({
					step: Array.from(section.querySelectorAll<HTMLElement>('[data-beat]')),
					// scrollama's types list tenths only; any share of the viewport works.
					offset: offset() as DecimalType
				})
				.onStepEnter(({ index }) => {
					// In a task of its own, after scrollama's: the beats' observers report one by one
					// within a frame, and each reads the scroll position, which lays out the page. Told
					// in the observer's task, the step change's updates were laid out by the next
					// report at once, both in one task (90-100 ms at 4x CPU, in Long Animation
					// Frames), where the frame's own layout comes after the task. Beats crossed in one
					// frame make one change, to the last.
					entered = index;
					clearTimeout(report);
					report = setTimeout(() => onbeat(entered));
				});
		};
		let entered = 0;
		let report: ReturnType<typeof setTimeout> | undefined;
		const STARTERS = ['scroll', 'resize'] as const;
		const start = () => {
			for (const type of STARTERS) window.removeEventListener(type, start);
			void setup();
		};
		// A page the browser opens where the reader left it has already moved.
		if (window.scrollY > 0) start();
		else for (const type of STARTERS) window.addEventListener(type, start, { passive: true });

		// Where the reader comes to rest, the beat whose top has passed the trigger line is the one
		// in view, whatever the observer reported on the way: WebKit can miss a crossing when the
		// page moves in small steps, and the graphic would then wait for the next beat.
		let rest: ReturnType<typeof setTimeout> | undefined;
		const atRest = () => {
			const line = window.innerHeight * offset();
			const beats = section.querySelectorAll<HTMLElement>('[data-beat]');
			let index = -1;
			for (const [i, beat] of beats.entries()) {
				if (beat.getBoundingClientRect().top > line) break;
				index = i;
			}
			if (index >= 0) onbeat(index);
		};
		const onScroll = () => {
			clearTimeout(rest);
			rest = setTimeout(atRest, REST_MS);
		};
		window.addEventListener('scroll', onScroll, { passive: true });
		const relayout = () => void setup();
		for (const layout of layouts) layout.addEventListener('change', relayout);

		return () => {
			cancelled = true;
			for (const type of STARTERS) window.removeEventListener(type, start);
			clearTimeout(rest);
			clearTimeout(report);
			window.removeEventListener('scroll', onScroll);
			for (const layout of layouts) layout.removeEventListener('change', relayout);
			scroller?.destroy();
		};
	};
}
