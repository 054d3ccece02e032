// The teacher's guide copy lives in data/guia.json and is validated with the rest of data/
// (src/lib/data); this module keeps what only the guide needs.
import type { Guide } from '$lib/data/types';

export { default as guide } from 'virtual:guide';
export type { Guide };
export type LessonActivity = Guide['lessonPlan'][number];
export type GlossaryEntry = Guide['glossary'][number];

/** Slug for glossary anchors: «Consejo de la Federación» → `consejo-de-la-federacion`. */
export function termId(term: string): string {
	return term
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
}
