// The prose ($lib/data/text.ts) for a page that starts without it: its text came as build-time
// HTML, and only what the reader opens later needs it in the browser (the slides' and the
// stepper's next beats, the presenter's notes). Fetched once, on the reader's first sign of
// intent or when the page first needs it; until then, and always on the server, `current` is
// undefined and views show what the core gives.
type Text = typeof import('./text');

let current = $state.raw<Text>();
let loading: Promise<Text> | undefined;

export const textOnDemand = {
	/** The prose, once it has arrived. */
	get current(): Text | undefined {
		return current;
	},
	/** Fetches the prose (once); resolves with it. */
	load(): Promise<Text> {
		return (loading ??= import('./text').then((text) => (current = text)));
	}
};
