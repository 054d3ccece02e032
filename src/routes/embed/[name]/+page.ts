import { error } from '@sveltejs/kit';
import { EMBEDS, isEmbedName } from '$lib/embed/embeds';
import { t } from '$lib/i18n';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => Object.keys(EMBEDS).map((name) => ({ name }));

export const load: PageLoad = ({ params, data }) => {
	if (!isEmbedName(params.name)) error(404, t.embed.notFound);
	return { ...data, name: params.name };
};
