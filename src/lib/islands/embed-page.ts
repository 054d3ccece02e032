// An embed's script. Embeds are prerendered without SvelteKit's client (csr = false in their
// route): an iframe never navigates in place, so the router would be script a host's reader pays
// for and never uses. The embed itself (the stepper, or the map or timeline with its steps) is the
// one island; the frame's size goes to the host page from here.
import EmbedView from '$lib/embed/EmbedView.svelte';
import { startResizeChild } from '$lib/embed/resize-child';
import { island, startInTurn } from './island';

startInTurn([() => island('embed', EmbedView), startResizeChild]);
