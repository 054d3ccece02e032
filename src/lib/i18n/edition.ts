// The two editions: the Spanish one at the deployment's root, the English one under /en with the
// same paths. One build per edition (LOCALE=en at build time): each page carries its own language
// only, and a reader's phone never downloads the other edition's copy.
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// Replaced by a literal at build time (vite.config.ts); 'es' where a plain Node script imports this.
export const locale: Locale = typeof __LOCALE__ === 'undefined' ? 'es' : __LOCALE__;

/** Where an edition lives within the deployment: '' for Spanish, '/en' for English. */
export const editionPrefix = (edition: Locale): string => (edition === 'es' ? '' : `/${edition}`);

/** The word of a step's anchor in each edition: #paso-4.2, #step-4.2. Both are read in both. */
export const STEP_WORDS: Record<Locale, string> = { es: 'paso', en: 'step' };
export const stepWord: string = STEP_WORDS[locale];

/** Open Graph's locale names, and the language each edition names itself by in the switch. */
export const EDITIONS: Record<Locale, { ogLocale: string; name: string }> = {
	es: { ogLocale: 'es_ES', name: 'Español' },
	en: { ogLocale: 'en_US', name: 'English' }
};
