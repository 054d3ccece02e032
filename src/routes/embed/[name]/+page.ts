import { error } from '@sveltejs/kit';
import { EMBEDS, isEmbedName } from '$lib/embed/embeds';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(EMBEDS).map((name) => ({ name }));

export const load: PageLoad = ({ params }) => {
	if (!isEmbedName(params.name)) error(404, 'No existe ese gráfico para insertar');
	return { name: params.name };
};
