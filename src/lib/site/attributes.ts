// Attribute values as the strings the server wrote. Svelte sets a number or a boolean only after a
// survey of the element's property setters (once per tag name, 1-4 ms each on a slow phone, in the
// task that hydrates the page or the reader's first scroll); a string it compares with the markup
// and moves on.

/** A tab index as its attribute's text (the elements' types ask for a number; the text is the same). */
export const tabIndex = (focusable: boolean) => (focusable ? '0' : '-1') as unknown as number;

/** A true/false ARIA state (aria-pressed, aria-selected, aria-disabled) as its attribute's text. */
export const ariaFlag = (on: boolean) => (on ? 'true' : 'false');
