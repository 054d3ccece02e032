// Text on a page that is not in the page's language says so (lang), for screen readers,
// hyphenation and spell-checkers.
import { locale } from '$lib/i18n';

/** `language` where it is not the page's, else undefined (no attribute). */
export const langIfForeign = (language: string | undefined): string | undefined =>
	language && language !== locale ? language : undefined;

/**
 * The language of a source's title: data/sources.json's, Spanish. An edition's copy translates a
 * source's outlet but not its title (see $lib/data/overlay.ts), so another edition shows it as is.
 */
export const sourceTitleLang: string | undefined = langIfForeign('es');
