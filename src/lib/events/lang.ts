// Text on a page that is not in the page's language says so (lang), for screen readers,
// hyphenation and spell-checkers.
import { locale } from '$lib/i18n';

/** `language` where it is not the page's, else undefined (no attribute). */
export const langIfForeign = (language: string | undefined): string | undefined =>
	language && language !== locale ? language : undefined;

/**
 * The language of a source's title. A seed article's title is its published headline, verbatim in
 * its language in every edition; any other title is our description of the source, in the page's
 * language (see $lib/data/overlay.ts).
 */
export const sourceTitleLang = (source: { kind: string; language: string }): string | undefined =>
	source.kind === 'semilla' ? langIfForeign(source.language) : undefined;
