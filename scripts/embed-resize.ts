// Ships the iframe resize child as a standalone script (/embed-resize.js) for pages that run no
// app, such as the embeds' static 404 page. It is the same module the app uses
// (src/lib/embed/resize-child.ts), bundled with its one import (the pym messages) by Rolldown,
// Vite's own bundler, so the protocol lives in one place.
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { siteFilePlugin } from './site-file.ts';

const SOURCE = fileURLToPath(new URL('../src/lib/embed/resize-child.ts', import.meta.url));

async function bundle(): Promise<string> {
	const build = await rolldown({ input: SOURCE, logLevel: 'silent' });
	try {
		const { output } = await build.generate({ format: 'esm' });
		return `${output[0].code}\nstartResizeChild();\n`;
	} finally {
		await build.close();
	}
}

export function embedResizePlugin() {
	return siteFilePlugin('embed-resize', 'embed-resize.js', bundle);
}
