// JSON.parse with the error an editor can act on: line and column instead of a byte offset.

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch (error) {
		const raw = error instanceof Error ? error.message : String(error);
		return { ok: false, message: describeJsonError(text, raw) };
	}
}

function describeJsonError(text: string, raw: string): string {
	const reason = raw
		.replace(/\s*\(line \d+ column \d+\)/, '')
		.replace(/\s*in JSON at position \d+/, '')
		.replace(/^JSON\.parse: /, '');
	const explicit = /line (\d+) column (\d+)/.exec(raw);
	if (explicit) return `line ${explicit[1]}, column ${explicit[2]}: ${reason}`;
	const position = /position (\d+)/.exec(raw);
	const offset = position ? Number(position[1]) : text.length;
	const { line, column } = lineAndColumn(text, offset);
	return `line ${line}, column ${column}: ${reason}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return { line, column };
}
