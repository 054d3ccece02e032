// How the newsroom states what is known about an event: confirmed, or whose claim it is, and who
// denies it.
import type { StoryEvent } from '$lib/data/types';
import { t } from '$lib/i18n';

export function statusLines(event: StoryEvent): string[] {
	const lines =
		event.status === 'confirmado'
			? [event.confirmedBy ? t.status.confirmedBy(event.confirmedBy) : t.status.confirmado]
			: [t.status.claimedBy(event.claimedBy ?? '')];
	if (event.deniedBy) lines.push(t.status.deniedBy(event.deniedBy));
	return lines;
}

export const statusText = (event: StoryEvent) => statusLines(event).join('. ');
