// The theme's tokens (theme.css) for what draws without a browser's CSS: resvg, which renders the
// share image, knows neither custom properties nor light-dark(). It gets the light theme's values,
// read from the same file the pages use, so the picture never keeps a palette of its own.
import themeCss from './theme.css?raw';

const withoutComments = (css: string) => css.replace(/\/\*[\s\S]*?\*\//g, '');

/** The arguments of a CSS function call, split at its top-level commas. */
function splitArguments(inner: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let start = 0;
	for (let i = 0; i < inner.length; i++) {
		const char = inner[i];
		if (char === '(') depth++;
		else if (char === ')') depth--;
		else if (char === ',' && depth === 0) {
			parts.push(inner.slice(start, i).trim());
			start = i + 1;
		}
	}
	parts.push(inner.slice(start).trim());
	return parts;
}

/** `value` with every light-dark(light, dark) replaced by its light half. */
export function lightValue(value: string): string {
	const at = value.indexOf('light-dark(');
	if (at < 0) return value;
	const open = at + 'light-dark('.length;
	let depth = 1;
	let close = open;
	while (close < value.length && depth > 0) {
		if (value[close] === '(') depth++;
		else if (value[close] === ')') depth--;
		close++;
	}
	if (depth > 0) throw new Error(`light-dark() is not closed in "${value}"`);
	const [light] = splitArguments(value.slice(open, close - 1));
	return lightValue(value.slice(0, at) + light + value.slice(close));
}

/**
 * The custom properties of the first `:root { … }` block of `css` (the theme itself: the rules
 * after it only switch the scheme or print), each with its light value and its var() references
 * resolved.
 */
export function lightTokens(css: string): Map<string, string> {
	const block = /:root\s*\{([^}]*)\}/.exec(withoutComments(css))?.[1] ?? '';
	const raw = new Map<string, string>();
	for (const [, name, value] of block.matchAll(/--([\w-]+)\s*:\s*([^;]+);/g))
		raw.set(name!, lightValue(value!.trim().replace(/\s+/g, ' ')));
	const tokens = new Map<string, string>();
	for (const name of raw.keys()) tokens.set(name, resolveVars(`var(--${name})`, raw));
	return tokens;
}

/** `css` with every var(--name) replaced by the token's value (tokens may name other tokens). */
export function resolveVars(css: string, tokens: ReadonlyMap<string, string>, depth = 0): string {
	if (depth > 8) throw new Error(`The theme's tokens refer to each other in a loop: ${css}`);
	const resolved = css.replace(/var\(--([\w-]+)\)/g, (_, name: string) => {
		const value = tokens.get(name);
		if (value === undefined) throw new Error(`The theme has no token --${name}`);
		return value;
	});
	return resolved === css ? css : resolveVars(resolved, tokens, depth + 1);
}

/** A stylesheet on one line, without comments: for a <style> in an SVG file. */
export const compactCss = (css: string): string =>
	withoutComments(css)
		.replace(/\s+/g, ' ')
		.replace(/\s*([{};:,>])\s*/g, '$1')
		.trim();

const light = lightTokens(themeCss);

/**
 * The theme for an SVG file's <style> (its :root is the <svg>): both schemes where light-dark()
 * is understood, the light values before that (in such a browser a token holding light-dark()
 * would leave every colour that reads it invalid).
 */
const themeStyle =
	`:root{${[...light].map(([name, value]) => `--${name}:${value};`).join('')}}` +
	`@supports (color:light-dark(#000,#fff)){${compactCss(themeCss)}}`;

const declaration = /--([\w-]+):([^;{}]*);/g;
const references = (css: string) =>
	[...css.matchAll(/var\(--([\w-]+)\)/g)].map(([, name]) => name!);

/**
 * `style` (compact CSS) without the declarations of custom properties that `css` never reads,
 * directly or through another custom property that it reads.
 */
export function keepTokensReadBy(css: string, style: string): string {
	const values = new Map<string, string[]>();
	for (const [, name, value] of style.matchAll(declaration))
		values.set(name!, [...(values.get(name!) ?? []), value!]);
	const used = new Set<string>();
	const pending = references(css);
	for (let name = pending.pop(); name !== undefined; name = pending.pop()) {
		if (used.has(name)) continue;
		if (!values.has(name)) throw new Error(`The theme has no token --${name}`);
		used.add(name);
		for (const value of values.get(name)!) pending.push(...references(value));
	}
	return style.replace(declaration, (text, name: string) => (used.has(name) ? text : ''));
}

/**
 * themeStyle with only the tokens `css` reads: a file carries the theme for what it draws (a map
 * file needs neither the link nor the focus colour), which adds up when a page loads sixteen.
 */
export const themeStyleFor = (css: string): string => keepTokensReadBy(css, themeStyle);

/** One token's light value, e.g. `lightToken('paper')`. */
export function lightToken(name: string): string {
	const value = light.get(name);
	if (value === undefined) throw new Error(`The theme has no token --${name}`);
	return value;
}

/** `css` with the theme's light values in place of its var() references. */
export const lightCss = (css: string): string => resolveVars(css, light);
