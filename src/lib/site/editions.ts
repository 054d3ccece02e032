// Addresses across the two editions: the same page, and the same step, in the other language.
// Each edition is its own build under its own base path (`/en` for English), so a link between
// them is a full page load, never the app's client-side router.
import { base } from '$lib/site/paths';
import { deploymentUrl } from '$lib/config';
import { editionPrefix, LOCALES, locale, STEP_WORDS, type Locale } from '$lib/i18n/edition';
import { anchorOf, positionFromHash } from '$lib/story/address';

/** The deployment's root (BASE_PATH), without this edition's own prefix. */
const root = base.slice(0, base.length - editionPrefix(locale).length);

/** A page's path within its edition: /datos for both /datos and /en/datos. */
export function pathInEdition(pathname: string): string {
	return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}

/** A page's path in an edition: /datos, /en/datos; the English home is /en/. */
const pathIn = (edition: Locale, path: string) =>
	edition === 'es' ? path : `${editionPrefix(edition)}${path}`;

/**
 * The same page in `target`'s edition, root-relative: /datos ⇄ /en/datos, a step's anchor in that
 * edition's word (#paso-4.2 ⇄ #step-4.2). Other anchors and the query are kept as they are.
 */
export function editionHref(target: Locale, url: Pick<URL, 'pathname' | 'search' | 'hash'>) {
	const position = positionFromHash(url.hash);
	const hash = position
		? `#${anchorOf(position.step + 1, position.beat + 1, STEP_WORDS[target])}`
		: url.hash;
	return `${root}${pathIn(target, pathInEdition(url.pathname))}${url.search}${hash}`;
}

/** Absolute addresses of a page in every edition, for hreflang links (only with PUBLIC_SITE_URL). */
export function alternates(pathname: string): { locale: Locale; href: string }[] {
	if (!deploymentUrl) return [];
	const path = pathInEdition(pathname);
	return LOCALES.map((edition) => ({
		locale: edition,
		href: `${deploymentUrl}${pathIn(edition, path)}`
	}));
}
