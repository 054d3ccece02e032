// Ships the iframe resize child as a standalone script (/embed-resize.js) for pages that run no
// app, such as the embeds' static 404 page. It is the same module the app uses
// (src/lib/embed/resize-child.ts), only transpiled, so the protocol lives in one place.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { siteFilePlugin } from './site-file.ts';

const SOURCE = fileURLToPath(new URL('../src/lib/embed/resize-child.ts', import.meta.url));

export function embedResizePlugin() {
	return siteFilePlugin('embed-resize', 'embed-resize.js', () => {
		const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
			compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext }
		});
		return `${outputText}\nstartResizeChild();\n`;
	});
}
