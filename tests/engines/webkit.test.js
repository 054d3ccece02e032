// WebKitGTK (Safari's engine family): WebKitWebDriver drives MiniBrowser under Xvfb, through
// selenium-webdriver as a plain W3C WebDriver client (no Selenium Manager: the driver is ours).
// WebDriver classic has no console log here and no script before a page's own, so the pages go
// through proxy.js, which adds collect.js: it reports uncaught errors, rejections, failed loads,
// CSP violations and console.error calls.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { after, before, describe, test } from 'node:test';
import { Builder, By, Key } from 'selenium-webdriver';
import { startProxy } from './proxy.js';
import { WIDTHS, origins, until } from './shared.js';
import * as scenarios from './scenarios.js';

const DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const BROWSER =
	process.env.WEBKIT_BROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
const hasDisplay = !!process.env.DISPLAY || existsSync('/usr/bin/Xvfb');
const skip = !existsSync(DRIVER)
	? `no WebKitWebDriver at ${DRIVER}`
	: !existsSync(BROWSER)
		? `no MiniBrowser at ${BROWSER}`
		: !hasDisplay
			? 'no display and no Xvfb'
			: false;

/** @type {import('node:child_process').ChildProcess[]} */
const children = [];
/** @type {Record<string, string | undefined>} */
const env = { ...process.env };
/** @type {Awaited<ReturnType<typeof startProxy>>} */
let proxy;

const freePort = () =>
	new Promise((resolve, reject) => {
		const server = createServer();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});

/** An X server of our own unless there is a display; Xvfb picks a free display number. */
async function startXvfb() {
	if (process.env.DISPLAY) return;
	const xvfb = spawn(
		'Xvfb',
		['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
		{
			stdio: ['ignore', 'ignore', 'ignore', 'pipe']
		}
	);
	children.push(xvfb);
	const display = await new Promise((resolve, reject) => {
		xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code})`)));
		xvfb.stdio[3]?.on('data', (data) => resolve(String(data).trim()));
	});
	env.DISPLAY = `:${display}`;
}

/**
 * A WebKitWebDriver for one session, and a way to end both. One driver for every session crashed
 * now and then (about one run in six here) as it started a session a moment after the last one
 * quit, and its client then waited forever; a driver per session shares nothing with the last.
 */
async function startDriver() {
	const port = await freePort();
	const driver = spawn(DRIVER, [`--port=${port}`], { env, stdio: 'ignore' });
	const exited = new Promise((resolve) => driver.once('exit', resolve));
	const url = `http://127.0.0.1:${port}`;
	await until(
		() => fetch(`${url}/status`).then((r) => r.ok),
		(ok) => ok,
		{ what: 'WebKitWebDriver answers', timeout: 10_000 }
	);
	return {
		url,
		stop: async () => {
			driver.kill();
			await exited;
		}
	};
}

/**
 * A fresh MiniBrowser session as a scenarios.js driver.
 * @param {{ javaScript?: boolean }} [options]
 */
async function open({ javaScript = true } = {}) {
	const args = ['--automation'];
	// Page scripts off (<noscript> shows, as for a reader), WebDriver's own scripts still run.
	if (!javaScript) args.push('--enable-javascript=false');
	const webDriver = await startDriver();
	const session = await new Builder()
		.usingServer(webDriver.url)
		.withCapabilities({
			browserName: 'MiniBrowser',
			'webkitgtk:browserOptions': { binary: BROWSER, args }
		})
		.build()
		.catch(async (/** @type {unknown} */ error) => {
			await webDriver.stop();
			throw error;
		});
	proxy.takeReports();

	const inFrame = async (/** @type {() => Promise<any>} */ fn) => {
		await session.switchTo().frame(await session.findElement(By.css('#slot iframe')));
		try {
			return await fn();
		} finally {
			await session.switchTo().defaultContent();
		}
	};
	/** @type {Record<string, string>} */
	const keys = {
		PageDown: Key.PAGE_DOWN,
		Home: Key.HOME,
		End: Key.END,
		ArrowRight: Key.ARROW_RIGHT,
		b: 'b'
	};
	const viewport = { width: 0, height: 0 };
	/** @type {import('./scenarios.js').Driver} */
	const driver = {
		setSize: async (width, height) => {
			// The window includes MiniBrowser's toolbar: size it so the viewport gets the height.
			await session.manage().window().setRect({ width, height });
			const [innerHeight, outerHeight] = await session.executeScript(
				'return [innerHeight, outerHeight]'
			);
			await session
				.manage()
				.window()
				.setRect({ width, height: height + outerHeight - innerHeight });
			const [w, h] = await session.executeScript('return [innerWidth, innerHeight]');
			viewport.width = w;
			viewport.height = h;
		},
		goto: (url) => session.get(url),
		reload: () => session.navigate().refresh(),
		evaluate: (fn, ...args) => session.executeScript(fn, ...args),
		frameEvaluate: (fn) => inFrame(() => session.executeScript(fn)),
		frameClickButton: async (text) => {
			// WebKitWebDriver does not scroll the top page to an element inside an iframe, and a
			// click off screen lands nowhere: bring the button into view first, as a reader would.
			const button = By.xpath(`//button[contains(., "${text}")]`);
			const top = await inFrame(async () =>
				session.executeScript(
					(/** @type {HTMLElement} */ b) => b.getBoundingClientRect().top,
					await session.findElement(button)
				)
			);
			await session.executeScript((/** @type {number} */ y) => {
				const iframe = document.querySelector('#slot iframe');
				if (iframe) window.scrollBy(0, iframe.getBoundingClientRect().top + y - innerHeight / 2);
			}, top);
			await inFrame(async () => (await session.findElement(button)).click());
		},
		// WebKitWebDriver's wheel action is not dependable: in a session only the first one scrolls
		// as asked, later ones are lost or land an action late (plain pages too, no listener at
		// all). So the document is scrolled by script: a real scroll, which is what scrollama sees.
		wheel: (_x, _y, deltaY) =>
			session.executeScript(
				(/** @type {number} */ dy) => window.scrollBy({ top: dy, behavior: 'instant' }),
				deltaY
			),
		press: (key) =>
			session
				.actions()
				.sendKeys(keys[key] ?? key)
				.perform()
	};
	let offline = false;
	return {
		driver,
		viewport,
		setOffline: async (/** @type {boolean} */ on) => {
			offline = on;
			proxy.setOffline(on);
		},
		/** @param {boolean} [failed] a failed test only needs its session closed */
		close: async (failed = false) => {
			try {
				await closeSession(failed);
			} finally {
				await webDriver.stop();
			}
		}
	};

	/** @param {boolean} failed */
	async function closeSession(failed) {
		if (failed) return void (await session.quit().catch(() => {}));
		// Beacons travel on their own: send one more and wait for it, so the reports are in.
		const marker = `marker ${Date.now()}`;
		/** @type {string[]} */
		const reports = [];
		try {
			// From the host page too (another origin, no CSP): a text/plain beacon needs no CORS.
			await session.executeScript(
				(/** @type {string} */ url, /** @type {string} */ m) => navigator.sendBeacon(url, m),
				`${proxy.origin}/__engines/report`,
				marker
			);
			await until(
				async () => (reports.push(...proxy.takeReports()), reports),
				(all) => all.includes(marker),
				{ what: 'the page’s error reports arrive', timeout: 5_000 }
			);
		} finally {
			await session.quit();
		}
		const errors = reports.filter(
			(r) => r !== marker && !(offline && r.includes('/nunca-cacheado-'))
		);
		assert.deepEqual(errors, [], 'no console error');
	}
}

describe('webkit', { skip }, () => {
	before(async () => {
		await startXvfb();
		proxy = await startProxy(origins.site, { collect: true });
		origins.site = proxy.origin;
	});
	after(async () => {
		await proxy?.close();
		for (const child of children.reverse()) child.kill();
	});

	/**
	 * A test in a fresh session, closed (and its error reports checked) whatever happens.
	 * @param {(tab: Awaited<ReturnType<typeof open>>) => Promise<void>} fn
	 * @param {{ javaScript?: boolean }} [options]
	 */
	const inSession = async (fn, options) => {
		const tab = await open(options);
		let failed = true;
		try {
			await fn(tab);
			failed = false;
		} finally {
			await tab.close(failed);
		}
	};

	for (const size of WIDTHS)
		test(`the story is synced at every beat (${size.name}, ${size.width}×${size.height})`, (t) =>
			inSession(async (tab) => {
				await tab.driver.setSize(size.width, size.height);
				// GTK will not make MiniBrowser's window narrower than its toolbar (447 px here).
				if (tab.viewport.width !== size.width)
					t.diagnostic(
						`viewport ${tab.viewport.width}×${tab.viewport.height}: the narrowest window`
					);
				await scenarios.storySyncedAtEveryBeat(tab.driver, size);
			}));

	test('the slides: PageDown through every position, b, Home/End, a deep link', () =>
		inSession((tab) => scenarios.slidesKeysAndHash(tab.driver)));

	for (const kind of /** @type {const} */ (['pym', 'iframe']))
		test(`the embed stepper resizes its iframe in a host on another origin (${kind})`, () =>
			inSession((tab) => scenarios.embedStepperResizes(tab.driver, kind)));

	test('after one visit, /presentar reloads with the network cut', () =>
		inSession((tab) => scenarios.offlineReload(tab.driver, tab.setOffline)));

	test('without JavaScript, / shows every step’s text and static map', () =>
		inSession((tab) => scenarios.noJsStory(tab.driver), { javaScript: false }));
});
