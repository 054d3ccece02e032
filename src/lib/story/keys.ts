// The one key map of every mode that steps (the embed stepper and the classroom slides).
// Presentation clickers send PageDown/PageUp; some send arrows, Space, or B / period to blank the
// screen: all of those must work.

export type MoveAction = 'next' | 'previous' | 'first' | 'last';
/** What the slides do with the other keys (the stepper ignores them). */
export type ViewAction = 'fullscreen' | 'notes' | 'presenter' | 'qr' | 'blank' | 'close';
export type KeyAction = MoveAction | ViewAction;

const KEYS: Record<string, KeyAction> = {
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
	b: 'blank',
	'.': 'blank',
	Escape: 'close'
};

const MOVES: ReadonlySet<KeyAction> = new Set<MoveAction>(['next', 'previous', 'first', 'last']);
export const isMove = (action: KeyAction): action is MoveAction => MOVES.has(action);

type KeyInput = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'target'>;

/**
 * The action a key asks for, or undefined where the key belongs to something else: a shortcut
 * with a modifier, typing in a field, or Space and Enter on a focused button or link.
 */
export function actionForKey(event: KeyInput): KeyAction | undefined {
	if (event.altKey || event.ctrlKey || event.metaKey) return undefined;
	const target = event.target instanceof Element ? event.target : null;
	if (target?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'))
		return undefined;
	if ((event.key === ' ' || event.key === 'Enter') && target?.closest('button, a, [role="button"]'))
		return undefined;
	const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
	return KEYS[key];
}
