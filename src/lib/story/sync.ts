// Keeps the projected window and the presenter's window at the same position, both ways, through
// a BroadcastChannel (same origin, same browser; no server). The navigator is its only user.
export const CHANNEL = 'moscu-pionyang-presentar';

export interface PositionMessage {
	type: 'position';
	/** The navigator's ordinal: -1 for the title slide, else the place in reading order. */
	at: number;
	/** Which window sent it, so a window ignores its own echo. */
	sender: string;
}

export function openSync(onposition: (at: number) => void) {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	const sender = Math.random().toString(36).slice(2);
	channel.onmessage = (event: MessageEvent<PositionMessage>) => {
		if (
			event.data?.type === 'position' &&
			event.data.sender !== sender &&
			Number.isInteger(event.data.at)
		)
			onposition(event.data.at);
	};
	return {
		send: (at: number) =>
			channel.postMessage({ type: 'position', at, sender } satisfies PositionMessage),
		close: () => channel.close()
	};
}
