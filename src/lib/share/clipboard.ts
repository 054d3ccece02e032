// Copying a text for the reader, shared by the embed codes and the share buttons. The Clipboard API
// is refused in some places (an insecure origin, an iframe without permission, a browser setting):
// then the text is selected on the page, for the reader to copy with Ctrl+C (⌘C).

/** Puts `text` on the clipboard; false where the browser refuses. */
export async function copyText(text: string): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		return false;
	}
}

/** Selects what `element` shows (a field's value, or an element's text) for Ctrl+C. */
export function selectForCopy(element: HTMLElement): void {
	if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) {
		element.focus();
		element.select();
		return;
	}
	const range = document.createRange();
	range.selectNodeContents(element);
	const selection = getSelection();
	selection?.removeAllRanges();
	selection?.addRange(range);
}
