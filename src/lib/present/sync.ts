// Keeps the projected window and the presenter's window on the same slide, both ways, through a
// BroadcastChannel (same origin, same browser; no server).
export const CHANNEL = 'moscu-pionyang-presentar';

export interface PositionMessage {
	type: 'position';
	position: number;
	/** Which window sent it, so a window ignores its own echo. */
	sender: string;
}

export function openSync(onposition: (position: number) => void) {
	if (typeof BroadcastChannel === 'undefined') return { send: () => {}, close: () => {} };
	const channel = new BroadcastChannel(CHANNEL);
	const sender = Math.random().toString(36).slice(2);
	channel.onmessage = (event: MessageEvent<PositionMessage>) => {
		if (event.data?.type === 'position' && event.data.sender !== sender)
			onposition(event.data.position);
	};
	return {
		send: (position: number) =>
			channel.postMessage({ type: 'position', position, sender } satisfies PositionMessage),
		close: () => channel.close()
	};
}
