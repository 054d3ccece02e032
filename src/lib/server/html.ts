// Markup rendered once, at build time, and shipped as HTML: a page shows it with {@html} and the
// browser hydrates none of it (Svelte keeps server-rendered {@html} content as it is). For the long
// static parts of a page, so that starting the page costs the reader's phone only what moves.
// Components rendered here cannot rely on scoped styles (the page's stylesheet would not include
// them): their styles live in plain CSS files that the page imports.
import type { Component, ComponentProps } from 'svelte';
import { render } from 'svelte/server';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as in svelte/server
export function renderHtml<C extends Component<any>>(
	component: C,
	props: ComponentProps<C>
): string {
	// render's own signature spreads its options over a conditional type that a generic C defeats.
	const renderProps = render as (
		component: C,
		options: { props: ComponentProps<C> }
	) => {
		body: string;
	};
	return renderProps(component, { props }).body;
}
