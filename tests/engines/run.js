// `npm run test:engines`: the built site in Firefox ESR and WebKitGTK (tests/engines/*.test.js).
// Skips, in one line, an engine whose browser is absent; serves the built site and the host page
// (a second origin) itself; ends with one summary line; exits non-zero on a failure.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
const started = Date.now();

const engines = [
	{
		name: 'firefox',
		file: 'tests/engines/firefox.test.js',
		missing: existsSync(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr') ? null : 'firefox-esr'
	},
	{
		name: 'webkit',
		file: 'tests/engines/webkit.test.js',
		missing: !existsSync(process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver')
			? 'webkit2gtk-driver'
			: !process.env.DISPLAY && !existsSync('/usr/bin/Xvfb')
				? 'xvfb'
				: null
	}
];
for (const engine of engines.filter((e) => e.missing))
	console.log(
		`engines: skipping ${engine.name} (no ${engine.missing}; apt-get install ${engine.missing})`
	);
const run = engines.filter((e) => !e.missing);
if (run.length === 0) {
	console.log('engines: 0 passed, 0 failed (no engine installed)');
	process.exit(0);
}

if (!existsSync(`${ROOT}${BUILD_DIR}/index.html`)) {
	console.log(`engines: no ${BUILD_DIR}/, building it`);
	const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}
// pym's parent script on the host page, as playwright.config.ts puts it there (not committed).
copyFileSync(
	`${ROOT}node_modules/pym.js/dist/pym.v1.min.js`,
	`${ROOT}tests/e2e/host/pym.v1.min.js`
);

/** @type {() => Promise<number>} */
const freePort = () =>
	new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

/** @type {import('node:child_process').ChildProcess[]} */
const servers = [];
/** @param {string} dir */
async function serve(dir) {
	const port = await freePort();
	const server = spawn(
		process.execPath,
		['scripts/serve.js', '--port', String(port), '--dir', dir],
		{
			cwd: ROOT,
			stdio: ['ignore', 'ignore', 'inherit']
		}
	);
	servers.push(server);
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 10_000;
	for (;;) {
		const up = await fetch(`${url}/`).then(
			() => true,
			() => false
		);
		if (up) return url;
		if (server.exitCode !== null || Date.now() > deadline)
			throw new Error(`scripts/serve.js --dir ${dir} did not start`);
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

let status = 1;
let summary = '';
try {
	const site = await serve(BUILD_DIR);
	const host = await serve('tests/e2e/host');
	// One engine at a time: both at once on two cores make timing conditions slower for each.
	const child = spawn(
		process.execPath,
		['--test', '--test-concurrency=1', '--test-reporter=spec', ...run.map((e) => e.file)],
		{
			cwd: ROOT,
			env: { ...process.env, ENGINES_SITE_URL: site, ENGINES_HOST_URL: host },
			stdio: ['ignore', 'pipe', 'inherit']
		}
	);
	let out = '';
	child.stdout.on('data', (chunk) => {
		out += chunk;
		process.stdout.write(chunk);
	});
	status = await new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
	const count = (/** @type {string} */ what) =>
		Number(out.match(new RegExp(`ℹ ${what} (\\d+)`))?.[1] ?? 0);
	const skipped = engines.filter((e) => e.missing).map((e) => e.name);
	summary = `engines: ${count('pass')} passed, ${count('fail')} failed (${run.map((e) => e.name).join(', ')}${skipped.length ? `; skipped ${skipped.join(', ')}` : ''}) in ${Math.round((Date.now() - started) / 1000)} s`;
} finally {
	for (const server of servers) server.kill();
}
console.log(summary || 'engines: 0 passed, 1 failed (the servers did not start)');
process.exit(status);
