// What each key does in the classroom presentation. Presentation clickers send PageDown/PageUp
// (some send arrows, Space or B/period to blank the screen): all of those must work.

export type PresentAction =
	'next' | 'previous' | 'first' | 'last' | 'fullscreen' | 'notes' | 'presenter' | 'qr' | 'close';

const KEYS: Record<string, PresentAction> = {
	ArrowRight: 'next',
	ArrowDown: 'next',
	PageDown: 'next',
	' ': 'next',
	Enter: 'next',
	ArrowLeft: 'previous',
	ArrowUp: 'previous',
	PageUp: 'previous',
	Backspace: 'previous',
	Home: 'first',
	End: 'last',
	f: 'fullscreen',
	n: 'notes',
	p: 'presenter',
	q: 'qr',
	Escape: 'close'
};

export function actionForKey(event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>) {
	if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	return KEYS[key];
}
