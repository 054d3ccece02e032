// JSON.parse with the error an editor can act on: line and column instead of a byte offset.
// Node 20's JSON.parse often names no position at all ("Unexpected token ']'"), so the position
// comes from jsonc-parser's error-tolerant scanner, in strict JSON mode.
import { parse as scan, printParseErrorCode, type ParseError } from 'jsonc-parser';

export type JsonResult = { ok: true; value: unknown } | { ok: false; message: string };

export function parseJson(text: string): JsonResult {
	try {
		return { ok: true, value: JSON.parse(text) };
	} catch {
		return { ok: false, message: describeJsonError(text) };
	}
}

const READABLE: Record<string, string> = {
	InvalidSymbol: 'unexpected character',
	InvalidNumberFormat: 'invalid number',
	PropertyNameExpected:
		'a property name in double quotes was expected (is there a trailing comma?)',
	ValueExpected: 'a value was expected (is there a trailing comma?)',
	ColonExpected: 'a colon was expected',
	CommaExpected: 'a comma was expected',
	CloseBraceExpected: 'a closing } was expected',
	CloseBracketExpected: 'a closing ] was expected',
	EndOfFileExpected: 'the file should end here',
	InvalidCommentToken: 'comments are not allowed in JSON',
	UnexpectedEndOfComment: 'comments are not allowed in JSON',
	UnexpectedEndOfString: 'a string is not closed',
	UnexpectedEndOfNumber: 'invalid number',
	InvalidUnicode: 'invalid unicode escape',
	InvalidEscapeCharacter: 'invalid escape character',
	InvalidCharacter: 'invalid character in a string'
};

function describeJsonError(text: string): string {
	const errors: ParseError[] = [];
	scan(text, errors, {
		disallowComments: true,
		allowTrailingComma: false,
		allowEmptyContent: false
	});
	const first = errors[0];
	const offset = first?.offset ?? text.length;
	const code = first ? printParseErrorCode(first.error) : 'ValueExpected';
	const { line, column } = lineAndColumn(text, offset);
	return `line ${line}, column ${column}: ${READABLE[code] ?? code}`;
}

export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return { line, column };
}
