// The embed codes offered to news sites: a pym.js snippet (for CMSs that already use pym) and a
// plain iframe with a tiny resize listener that only trusts messages from its own iframe.
import { EMBEDS, type EmbedName } from './embeds';

export interface SnippetOptions {
	/** Site address without a trailing slash: PUBLIC_SITE_URL, else the current origin. */
	base: string;
	name: EmbedName;
	/** ?paso=N, 1-based; omitted for the first step. */
	step?: number;
	theme?: 'claro' | 'oscuro' | 'auto';
}

export function embedUrl({ base, name, step, theme }: SnippetOptions): string {
	const params = new URLSearchParams();
	if (step && step > 1) params.set('paso', String(step));
	if (theme && theme !== 'auto') params.set('tema', theme);
	const query = params.toString();
	return `${base}/embed/${name}${query ? `?${query}` : ''}`;
}

const escapeAttribute = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function pymSnippet(options: SnippetOptions): string {
	const id = `moscu-pionyang-${options.name}`;
	const title = `${EMBEDS[options.name].title} · Moscú–Pionyang`;
	return [
		`<div id="${id}"></div>`,
		`<script src="${escapeAttribute(options.base)}/pym.v1.min.js"></script>`,
		`<script>new pym.Parent(${JSON.stringify(id)}, ${JSON.stringify(embedUrl(options))}, { title: ${JSON.stringify(title)} });</script>`
	].join('\n');
}

export function iframeSnippet(options: SnippetOptions): string {
	const title = `${EMBEDS[options.name].title} · Moscú–Pionyang`;
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
export function hostEventsSnippet(name: EmbedName = 'historia'): string {
	return [
		`<script>`,
		`window.addEventListener('message', function (event) {`,
		`  var frame = document.querySelector('iframe[src*="/embed/${name}"]');`,
		`  var data = event.data;`,
		`  if (!frame || event.source !== frame.contentWindow || !data || data.version !== 1) return;`,
		`  if (data.type === 'moscu-pionyang:step') {`,
		`    // El lector ve el paso data.step (fragmento data.beat): data.index de data.total.`,
		`    console.log('Moscú–Pionyang: ' + data.index + ' de ' + data.total + ' (' + data.step + ')');`,
		`  } else if (data.type === 'moscu-pionyang:end') {`,
		`    // El lector ha llegado al final de la historia.`,
		`    console.log('Moscú–Pionyang: fin');`,
		`  }`,
		`});`,
		`</script>`
	].join('\n');
}
