// pym.js's messages between an embed and its host page (NPR's protocol, which many CMSs speak):
// `pymxPYMx<childId>xPYMx<type>xPYMx<value>`. The embed sends its height ($lib/embed/resize-child);
// a parent asks for it with a `width` message (pym's own parent, and /insertar's previews).
const DELIMITER = 'xPYMx';

export const pymMessage = (childId: string, type: string, value: string | number) =>
	['pym', childId, type, value].join(DELIMITER);

/** Whether `data` is pym's message `type` for the child `childId`. */
export const isPymMessage = (data: unknown, childId: string, type: string) =>
	typeof data === 'string' &&
	data.startsWith(`pym${DELIMITER}${childId}${DELIMITER}${type}${DELIMITER}`);
