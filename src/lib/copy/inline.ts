// The copy's only markup: *cursiva* and [texto](/ruta). Parsed into segments that components
// render as text nodes, so no data string ever reaches the page as HTML.

export type Segment =
	| { kind: 'text'; text: string }
	| { kind: 'em'; text: string }
	| { kind: 'link'; text: string; href: string };

const TOKEN = /\*([^*\n]+)\*|\[([^\]\n]+)\]\(([^)\s]+)\)/g;

export function parseInline(source: string): Segment[] {
	const segments: Segment[] = [];
	let last = 0;
	for (const match of source.matchAll(TOKEN)) {
		const index = match.index ?? 0;
		if (index > last) segments.push({ kind: 'text', text: source.slice(last, index) });
		if (match[1] !== undefined) segments.push({ kind: 'em', text: match[1] });
		else if (isSafeHref(match[3]!))
			segments.push({ kind: 'link', text: match[2]!, href: match[3]! });
		else segments.push({ kind: 'text', text: match[2]! });
		last = index + match[0].length;
	}
	if (last < source.length) segments.push({ kind: 'text', text: source.slice(last) });
	return segments;
}

/** Only the site's own pages and anchors: copy cannot smuggle in javascript: or other hosts. */
export function isSafeHref(href: string): boolean {
	return /^(\/(?!\/)|#)[\w\-/#.?=&%]*$/.test(href);
}

/** The copy as plain text, for word counts and text alternatives. */
export function plainText(source: string): string {
	return parseInline(source)
		.map((segment) => segment.text)
		.join('');
}

export function countWords(paragraphs: string[]): number {
	return paragraphs.reduce((sum, p) => sum + plainText(p).split(/\s+/).filter(Boolean).length, 0);
}

/** Minutes at 200 words a minute, the figure Spanish-language newsrooms quote. */
export function readingMinutes(words: number): number {
	return Math.max(1, Math.round(words / 200));
}
