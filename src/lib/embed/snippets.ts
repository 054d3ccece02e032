// The embed codes offered to news sites: a pym.js snippet (for CMSs that already use pym) and a
// plain iframe with a tiny resize listener that only trusts messages from its own iframe.
// Plain Node imports this module (the e2e tests paste these codes into a host page): only
// relative, Vite-free imports here, and the edition's words come in as arguments.
import type { Strings } from '../i18n/es';
import { locale, STEP_WORDS, type Locale } from '../i18n/edition';
import { embedTitle, THEME_PARAMS, type EmbedName, type Theme } from './embeds';

/** The interface strings a code names things with: `t` in the app, an edition's dictionary in tests. */
export type SnippetStrings = Pick<Strings, 'siteName' | 'embed'>;

export interface SnippetOptions {
	/** Site address without a trailing slash: PUBLIC_SITE_URL, else the current origin. */
	base: string;
	name: EmbedName;
	/** ?paso=N (?step=N in English), 1-based; omitted for the first step. */
	step?: number;
	theme?: Theme;
	/** The edition's strings, for the iframe's title. */
	strings: SnippetStrings;
	/** Whose words the address uses (?paso=, ?tema=claro or ?step=, ?theme=light): the build's. */
	edition?: Locale;
	/** The frame's pym id, for a parent that asks it for its height (pym.js adds its own). */
	childId?: string;
}

export function embedUrl({
	base,
	name,
	step,
	theme,
	edition = locale,
	childId
}: Pick<SnippetOptions, 'base' | 'name' | 'step' | 'theme' | 'edition' | 'childId'>): string {
	const params = new URLSearchParams();
	if (step && step > 1) params.set(STEP_WORDS[edition], String(step));
	if (theme && theme !== 'auto') {
		const words = THEME_PARAMS[edition];
		params.set(words.name, words[theme]);
	}
	if (childId) params.set('childId', childId);
	const query = params.toString();
	return `${base}/embed/${name}${query ? `?${query}` : ''}`;
}

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function pymSnippet(options: SnippetOptions): string {
	const id = `moscu-pionyang-${options.name}`;
	const title = embedTitle(options.strings, options.name);
	return [
		`<div id="${id}"></div>`,
		`<script src="${escapeAttribute(options.base)}/pym.v1.min.js"></script>`,
		`<script>new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(embedUrl(options))}, { title: ${JSON.stringify(title)} });</script>`
	].join('\n');
}

export function iframeSnippet(options: SnippetOptions): string {
	const title = embedTitle(options.strings, options.name);
	const src = escapeAttribute(embedUrl(options));
	return [
		`<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="600" scrolling="no" loading="lazy" style="border:0;width:100%;display:block"></iframe>`,
		`<script>(function (frame) {`,
		`  window.addEventListener('message', function (event) {`,
		`    var data = event.data;`,
		`    if (event.source !== frame.contentWindow || !data || data.sentinel !== 'amp' || data.type !== 'embed-size') return;`,
		`    frame.style.height = Math.ceil(data.height) + 'px';`,
		`  });`,
		`})(document.currentScript.previousElementSibling);</script>`
	].join('\n');
}

/**
 * A host page's listener for the embeds' position messages (see host-events.ts): it trusts only
 * its own iframe and the message's type and version. Shown on /insertar and in the README.
 */
export function hostEventsSnippet(strings: SnippetStrings, name: EmbedName = 'historia'): string {
	const words = strings.embed.hostEvents;
	/** `text` as a single-quoted JavaScript string. */
	const say = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
	return [
		`<script>`,
		`window.addEventListener('message', function (event) {`,
		`  var frame = document.querySelector('iframe[src*="/embed/${name}"]');`,
		`  var data = event.data;`,
		`  if (!frame || event.source !== frame.contentWindow || !data || data.version !== 1) return;`,
		`  if (data.type === 'moscu-pionyang:step') {`,
		`    // ${words.stepComment}`,
		`    console.log(${say(`${strings.siteName}: `)} + data.index + ${say(` ${words.of} `)} + data.total + ' (' + data.step + ')');`,
		`  } else if (data.type === 'moscu-pionyang:end') {`,
		`    // ${words.endComment}`,
		`    console.log(${say(`${strings.siteName}: ${words.end}`)});`,
		`  }`,
		`});`,
		`</script>`
	].join('\n');
}
