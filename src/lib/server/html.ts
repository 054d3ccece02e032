// Markup rendered once, at build time, and shipped as HTML: a page shows it with {@html} and the
// browser hydrates none of it (Svelte keeps server-rendered {@html} content as it is). For the long
// static parts of a page, so that starting the page costs the reader's phone only what moves.
// Scoped styles reach this HTML only when the page also renders the component itself (as Graphic
// does with the live timeline); a component rendered here alone keeps its styles in a plain CSS
// file that the page imports.
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
