// «Compartir este paso»: the step card's link to /paso/N, which share-links.ts enhances in every
// mode. Each path of the fallback chain: the system's share sheet (where
// navigator.share exists and canShare allows), the clipboard, and the link selected for Ctrl+C
// where the clipboard is refused; the result announced in a live region.
import { afterEach, describe, expect, test, vi } from 'vitest';
import '../../src/app.css';
import { enhanceShareLinks } from '$lib/share/share-links';
import { stepShareUrl } from '$lib/share/share';

vi.mock('$app/paths', () => ({
	resolve: (path: string) => path,
	asset: (path: string) => path,
	base: '',
	assets: ''
}));

const STEP = { number: 3, title: 'Kim cruza a Rusia en su tren blindado' };
const URL_3 = `${location.origin}/paso/3`;

type Stub = ReturnType<typeof vi.fn>;
/** Gives the page a share sheet (headless Chromium on Linux has none), or takes it away. */
function stubShare(share?: Stub, canShare?: Stub) {
	for (const [name, value] of [
		['share', share],
		['canShare', canShare]
	] as const) {
		if (value) Object.defineProperty(navigator, name, { value, configurable: true });
		else if (Object.hasOwn(navigator, name))
			delete (navigator as unknown as Record<string, unknown>)[name];
	}
}
function stubClipboard(works: boolean) {
	return vi
		.spyOn(navigator.clipboard, 'writeText')
		.mockImplementation(() =>
			works ? Promise.resolve() : Promise.reject(new DOMException('Denied', 'NotAllowedError'))
		);
}

afterEach(() => {
	stubShare();
	vi.restoreAllMocks();
	document.body.replaceChildren();
});

describe('stepShareUrl', () => {
	test('is the step page, absolute, on this origin without PUBLIC_SITE_URL', () => {
		expect(stepShareUrl(3)).toBe(URL_3);
		expect(stepShareUrl(8, 'https://example.com')).toBe('https://example.com/paso/8');
	});
});

describe('enhanceShareLinks', () => {
	function mountLinks() {
		const root = document.createElement('div');
		root.innerHTML = `<p>Texto del paso.</p><a class="share-step" href="/paso/3" data-share-step="3" data-share-title="${STEP.title}">Compartir este paso</a>`;
		document.body.append(root);
		return { root, link: root.querySelector('a')! };
	}
	/** Clicks the link and reports whether the browser would have followed it (then stops it). */
	function click(link: HTMLAnchorElement, init: MouseEventInit = {}): boolean {
		let followed = false;
		const watch = (event: Event) => {
			followed = !event.defaultPrevented;
			event.preventDefault();
		};
		window.addEventListener('click', watch, { once: true });
		link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ...init }));
		return followed;
	}

	test('a click shares the step page through the share sheet, instead of following the link', async () => {
		const share = vi.fn(() => Promise.resolve());
		stubShare(share);
		const { root, link } = mountLinks();
		const cleanup = enhanceShareLinks(root);
		expect(click(link)).toBe(false);
		await expect.poll(() => share.mock.calls.length).toBe(1);
		expect(share).toHaveBeenCalledWith({
			title: `${STEP.title} · Moscú–Pionyang`,
			text: `Paso 3: ${STEP.title}`,
			url: URL_3
		});
		cleanup();
	});

	test('copies where there is no share sheet, and announces it next to the link', async () => {
		const copy = stubClipboard(true);
		const { root, link } = mountLinks();
		const cleanup = enhanceShareLinks(root);
		click(link);
		await expect.poll(() => copy.mock.calls[0]?.[0]).toBe(URL_3);
		const status = () => link.nextElementSibling;
		await expect.poll(() => status()?.getAttribute('role')).toBe('status');
		await expect.poll(() => status()?.textContent).toBe('Enlace copiado');
		cleanup();
	});

	test('where the clipboard is refused, shows the link selected; cleanup removes what it added', async () => {
		stubClipboard(false);
		const { root, link } = mountLinks();
		const before = root.innerHTML;
		const cleanup = enhanceShareLinks(root);
		click(link);
		await expect.poll(() => root.querySelector('input')?.value).toBe(URL_3);
		const input = root.querySelector('input')!;
		expect(input.readOnly).toBe(true);
		expect(input.getAttribute('aria-label')).toBe('Enlace al paso 3');
		expect(document.activeElement).toBe(input);
		expect([input.selectionStart, input.selectionEnd]).toEqual([0, URL_3.length]);
		await expect.poll(() => link.nextElementSibling?.textContent).toContain('pulsa Ctrl+C');
		cleanup();
		expect(root.innerHTML).toBe(before);
		// After cleanup the link is a plain link again.
		expect(click(link)).toBe(true);
	});

	test('a closed share sheet is not an error: nothing is copied, nothing announced', async () => {
		const share = vi.fn(() => Promise.reject(new DOMException('Cancelled', 'AbortError')));
		stubShare(share);
		const copy = stubClipboard(true);
		const { root, link } = mountLinks();
		const cleanup = enhanceShareLinks(root);
		click(link);
		await expect.poll(() => share.mock.calls.length).toBe(1);
		await expect.poll(() => link.nextElementSibling?.getAttribute('role')).toBe('status');
		expect(copy).not.toHaveBeenCalled();
		expect(link.nextElementSibling?.textContent).toBe('');
		cleanup();
	});

	test('copies where canShare refuses the data, and says so', async () => {
		const share = vi.fn(() => Promise.resolve());
		stubShare(
			share,
			vi.fn(() => false)
		);
		const copy = stubClipboard(true);
		const { root, link } = mountLinks();
		const cleanup = enhanceShareLinks(root);
		click(link);
		await expect.poll(() => link.nextElementSibling?.textContent).toBe('Enlace copiado');
		expect(copy).toHaveBeenCalledWith(URL_3);
		expect(share).not.toHaveBeenCalled();
		cleanup();
	});

	test('a modified click (new tab) follows the link', async () => {
		const share = vi.fn(() => Promise.resolve());
		stubShare(share);
		const { root, link } = mountLinks();
		const cleanup = enhanceShareLinks(root);
		expect(click(link, { ctrlKey: true })).toBe(true);
		expect(click(link, { metaKey: true })).toBe(true);
		expect(share).not.toHaveBeenCalled();
		cleanup();
	});
});
