// The embeddable pieces: URL name → what it shows. /embed/<name> for any other name is a 404.
export const EMBEDS = {
	mapa: { title: 'Mapa', parts: 'map' },
	cronologia: { title: 'Cronología', parts: 'timeline' },
	historia: { title: 'La historia paso a paso', parts: 'both' }
} as const;

export type EmbedName = keyof typeof EMBEDS;

/** The id of the story's «Insertar en tu web» heading (EmbedInvite), which its section names. */
export const EMBED_HEADING_ID = 'insertar-titulo';

export const isEmbedName = (name: string): name is EmbedName => Object.hasOwn(EMBEDS, name);

export type Theme = 'claro' | 'oscuro' | 'auto';

/** `?tema=`: claro, oscuro or auto (follow the reader's system); anything else is auto. */
export function themeFromParam(value: string | null): Theme {
	return value === 'claro' || value === 'oscuro' ? value : 'auto';
}
