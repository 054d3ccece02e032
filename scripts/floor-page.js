// The bench's floor: the story's own page with no script at all. Same HTML, same inlined CSS, same
// images and fonts, so the reader's walk over it costs what this machine charges any page for
// scrolling that document: style, layout, paint and compositing, no script. Walked in the same
// run as the story and the peer, it tells the page's own long tasks and slow frames from the
// machine's: a long task here is the machine's, and a frame-gap p95 here is the best any script
// on this page could reach.

/**
 * The page without its scripts: every <script> element (inline or not) and every module preload.
 * @param {string} html a built page
 * @returns {string}
 */
export function withoutScripts(html) {
	const stripped = html
		.replace(/<script\b[^>]*>[\s\S]*?<\/script\s*>/gi, '')
		.replace(/<link\b[^>]*\brel=["']?modulepreload["']?[^>]*>/gi, '');
	if (/<script\b/i.test(stripped)) throw new Error('floor page: a <script> is left');
	return stripped;
}
