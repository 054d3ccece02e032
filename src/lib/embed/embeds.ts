// The embeddable pieces: URL name → what it shows. /embed/<name> for any other name is a 404.
// Plain Node imports this module (the e2e tests build the embed codes with it): only relative,
// Vite-free imports here. The names' words are each edition's (`embed.titles` in $lib/i18n).
import type { Strings } from '../i18n/es';
import type { Locale } from '../i18n/edition';

export const EMBEDS = {
	mapa: { parts: 'map' },
	cronologia: { parts: 'timeline' },
	historia: { parts: 'both' }
} as const;

export type EmbedName = keyof typeof EMBEDS;

/** The id of the story's «Insertar en tu web» heading (EmbedInvite), which its section names. */
export const EMBED_HEADING_ID = 'insertar-titulo';

export const isEmbedName = (name: string): name is EmbedName => Object.hasOwn(EMBEDS, name);

/** An embed's title as an iframe or a page names it: «Mapa · Moscú–Pionyang». */
export const embedTitle = (strings: Pick<Strings, 'siteName' | 'embed'>, name: EmbedName) =>
	`${strings.embed.titles[name]} · ${strings.siteName}`;

/** The theme an embed is asked for; `auto` follows the reader's system. */
export type Theme = 'claro' | 'oscuro' | 'auto';

/**
 * The theme in each edition's words: ?tema=claro|oscuro, ?theme=light|dark. The codes an edition
 * offers use its own; every embed reads both (/embed-theme.js applies them before first paint).
 */
export const THEME_PARAMS: Record<Locale, { name: string; claro: string; oscuro: string }> = {
	es: { name: 'tema', claro: 'claro', oscuro: 'oscuro' },
	en: { name: 'theme', claro: 'light', oscuro: 'dark' }
};
