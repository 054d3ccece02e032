// A proxy in front of the site server, in the test's own process, for what the browsers'
// automation cannot do alike: cut the network for the site (service worker included) and, for
// WebKit, whose WebDriver gives no console log, add a script that reports the page's errors.
import { createServer, request } from 'node:http';
import { readFileSync } from 'node:fs';

const COLLECTOR = readFileSync(new URL('./collect.js', import.meta.url));

/**
 * @param {string} target  the site server's origin
 * @param {{ collect?: boolean }} [options]
 */
export async function startProxy(target, { collect = false } = {}) {
	/** @type {string[]} */
	const reports = [];
	let offline = false;
	const sockets = new Set();
	const server = createServer((req, res) => {
		const url = req.url ?? '/';
		if (url === '/__engines/collect.js') {
			res.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
			res.end(COLLECTOR);
			return;
		}
		if (url === '/__engines/report' && req.method === 'POST') {
			let body = '';
			req.on('data', (chunk) => (body += chunk));
			req.on('end', () => {
				reports.push(body);
				res.writeHead(204).end();
			});
			return;
		}
		// As a dead network does: no answer at all.
		if (offline) return void req.socket.destroy();
		const headers = { ...req.headers, host: new URL(target).host };
		// Uncompressed, so the collector can be added to pages.
		if (collect) delete headers['accept-encoding'];
		const upstream = request(`${target}${url}`, { method: req.method, headers }, (answer) => {
			const type = String(answer.headers['content-type'] ?? '');
			if (!collect || !type.startsWith('text/html')) {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
				return;
			}
			/** @type {Buffer[]} */
			const chunks = [];
			answer.on('data', (chunk) => chunks.push(chunk));
			answer.on('end', () => {
				// First in <head>, before the app's scripts; the CSP's script-src 'self' allows it.
				const html = Buffer.concat(chunks)
					.toString('utf8')
					.replace(/<head>/i, '<head><script src="/__engines/collect.js"></script>');
				const out = { ...answer.headers };
				delete out['content-length'];
				delete out['etag'];
				res.writeHead(answer.statusCode ?? 502, out);
				res.end(html);
			});
		});
		upstream.on('error', () => res.destroy());
		req.pipe(upstream);
	});
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('the proxy has no port');
	return {
		origin: `http://127.0.0.1:${address.port}`,
		/** Errors the pages reported since the last call. */
		takeReports: () => reports.splice(0),
		/** @param {boolean} on */
		setOffline(on) {
			offline = on;
			// Kept-alive connections would otherwise still carry requests.
			if (on) for (const socket of sockets) socket.destroy();
		},
		close: () =>
			new Promise((resolve) => {
				for (const socket of sockets) socket.destroy();
				server.close(() => resolve(undefined));
			})
	};
}
