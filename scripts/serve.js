// Serves the built site (build/) the way a static host or CDN would: prerendered pages, the
// 404 page with a 404 status for unknown paths, and the response headers of static/_headers.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';

const { values } = parseArgs({
	options: {
		port: { type: 'string', default: process.env.PORT ?? '4173' },
		host: { type: 'string', default: '127.0.0.1' },
		dir: { type: 'string', default: fileURLToPath(new URL('../build', import.meta.url)) }
	}
});
const dir = /** @type {string} */ (values.dir);

if (!existsSync(dir)) {
	console.error(`Nothing to serve: ${dir} does not exist. Run "npm run build" first.`);
	process.exit(1);
}

const headerRules = readHeaderRules(`${dir}/_headers`);
const assets = sirv(dir, {
	extensions: ['html'],
	etag: true,
	dotfiles: false,
	gzip: true,
	brotli: true
});
const server = createServer((req, res) => {
	const url = req.url ?? '/';
	const [path = '/', query] = url.split('?');
	// /datos/ is /datos: one address per page, as the static hosts' "pretty URLs" do.
	if (path.length > 1 && path.endsWith('/') && existsSync(`${dir}${path.slice(0, -1)}.html`)) {
		res.writeHead(308, { Location: path.slice(0, -1) + (query ? `?${query}` : '') });
		res.end();
		return;
	}
	applyHeaders(path, res);
	assets(req, res, () => {
		res.statusCode = 404;
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.end(readNotFoundPage(path));
	});
});

server.listen(Number(values.port), String(values.host), () => {
	console.log(`Moscú–Pionyang: http://${values.host}:${values.port}/`);
});

/**
 * An unknown /embed/<name> gets the embeds' small 404 page (it still resizes its iframe); any other
 * unknown address the site's; both in the English edition's language under /en/.
 * @param {string} path
 */
function readNotFoundPage(path) {
	const edition = /^\/en(\/|$)/.test(path) ? '/en' : '';
	const rest = path.slice(edition.length);
	const page = rest.startsWith('/embed/')
		? `${dir}${edition}/embed/404.html`
		: `${dir}${edition}/404.html`;
	return existsSync(page) ? readFileSync(page) : 'Not found';
}

/**
 * Netlify/Cloudflare-style `_headers`: a path pattern line, then indented `Name: value` lines.
 * @param {string} file
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
function readHeaderRules(file) {
	if (!existsSync(file)) return [];
	/** @type {{ pattern: RegExp, headers: [string, string][] }[]} */
	const rules = [];
	for (const line of readFileSync(file, 'utf8').split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const source = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
		} else {
			const rule = rules.at(-1);
			const at = line.indexOf(':');
			rule?.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
		}
	}
	return rules;
}

/**
 * @param {string} url
 * @param {import('node:http').ServerResponse} res
 */
function applyHeaders(url, res) {
	const path = url.split('?')[0] ?? '/';
	for (const rule of headerRules) {
		if (rule.pattern.test(path))
			for (const [name, value] of rule.headers) res.setHeader(name, value);
	}
}
