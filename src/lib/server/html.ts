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

// A load's data also goes into the page, serialised for hydration: the story's build-time HTML
// went in twice, once as the page and once as a 166 KB string in its start-up script that the
// phone had to parse. So a page's load hands its build-time HTML to the server hook and returns a
// marker; the hook writes the HTML where {@html} put the marker (hooks.server.ts), and the browser
// hydrates {@html marker} over it, keeping the server's nodes. A prerendered page's data file
// (__data.json, for SvelteKit's client-side navigation) gets the same markers and no page to write
// them into, so the site navigates page by page: every link loads its page whole (app.html's
// data-sveltekit-reload), as a static site's links do.
const MARKER = /<!--build-html:(\d+)-->/g;

/**
 * `html` for a page's data: a marker, which the hook replaces with `html`. `parts` is the
 * request's `locals.buildHtml` (without it, as outside a request, the markup itself).
 */
export function buildHtml(parts: Map<string, string> | undefined, html: string): string {
	if (!parts) return html;
	const name = String(parts.size);
	parts.set(name, html);
	return `<!--build-html:${name}-->`;
}

/** The page with each marker replaced by the HTML its load handed over. */
export const writeBuildHtml = (page: string, parts: ReadonlyMap<string, string>): string =>
	page.replace(MARKER, (marker, name: string) => parts.get(name) ?? marker);
