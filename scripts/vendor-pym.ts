// Ships pym.js's parent script with the site (/pym.v1.min.js), so the embed code news sites paste
// loads it from us rather than from a third-party CDN.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { siteFilePlugin } from './site-file.ts';

const FILE = 'pym.v1.min.js';

export function vendorPymPlugin() {
	const require = createRequire(import.meta.url);
	return siteFilePlugin('vendor-pym', FILE, () =>
		readFileSync(require.resolve(`pym.js/dist/${FILE}`))
	);
}
