// Firefox ESR, driven by puppeteer-core over WebDriver BiDi (no geckodriver, nothing downloaded).
// Console errors come from BiDi's log events (puppeteer's console and pageerror), iframes included.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import puppeteer from 'puppeteer-core';
import { startProxy } from './proxy.js';
import { WIDTHS, origins } from './shared.js';
import * as scenarios from './scenarios.js';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const skip = existsSync(FIREFOX) ? false : `no Firefox at ${FIREFOX}`;

/** @type {import('puppeteer-core').Browser} */
let browser;
/** @type {Awaited<ReturnType<typeof startProxy>>} */
let proxy;

const launch = (/** @type {Record<string, unknown>} */ prefs = {}) =>
	puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		extraPrefsFirefox: prefs
	});

/**
 * A fresh tab as a scenarios.js driver, and the console errors it has seen.
 * @param {{ javaScript?: boolean }} [options]
 */
async function open(on = browser) {
	const page = await on.newPage();
	/** @type {string[]} */
	const errors = [];
	let offline = false;
	/** @param {string} text */
	const record = (text) => {
		// With the network cut, the offline test's deliberate fetch of an address the cache never
		// saw fails aloud; nothing else may.
		if (offline && text.includes('/nunca-cacheado-')) return;
		errors.push(text);
	};
	page.on('console', (message) => {
		if (message.type() === 'error') record(`${message.location()?.url ?? ''}: ${message.text()}`);
	});
	page.on('pageerror', (error) => record(`uncaught: ${error.message}`));

	const frame = async () => {
		const handle = await page.waitForSelector('#slot iframe');
		const content = await handle?.contentFrame();
		assert.ok(content, 'the embed iframe has a frame');
		return content;
	};
	/** @type {import('./scenarios.js').Driver} */
	const driver = {
		setSize: (width, height) => page.setViewport({ width, height }),
		goto: async (url) => void (await page.goto(url, { waitUntil: 'load' })),
		reload: async () => void (await page.reload({ waitUntil: 'load' })),
		evaluate: (fn, ...args) => /** @type {any} */ (page.evaluate(fn, ...args)),
		frameEvaluate: async (fn) => /** @type {any} */ ((await frame()).evaluate(fn)),
		frameClickButton: async (text) => {
			const button = await (
				await frame()
			).waitForSelector(`xpath/.//button[contains(., "${text}")]`);
			assert.ok(button, `a «${text}» button`);
			await button.click();
		},
		wheel: async (x, y, deltaY) => {
			await page.mouse.move(x, y);
			await page.mouse.wheel({ deltaY });
		},
		press: (key) => page.keyboard.press(key)
	};
	return {
		page,
		driver,
		errors,
		setOffline: async (/** @type {boolean} */ on) => {
			// Firefox's own offline emulation (BiDi emulation.setNetworkConditions) leaves the
			// service worker's fetches online, so the test could not tell the cache from the server.
			offline = on;
			proxy.setOffline(on);
		},
		close: async () => {
			await page.close();
			assert.deepEqual(errors, [], 'no console error');
		}
	};
}

describe('firefox', { skip }, () => {
	before(async () => {
		proxy = await startProxy(origins.site);
		origins.site = proxy.origin;
		browser = await launch();
	});
	after(async () => {
		await browser?.close();
		await proxy?.close();
	});

	for (const size of WIDTHS)
		test(`the story is synced at every beat (${size.name}, ${size.width}×${size.height})`, async () => {
			const tab = await open();
			await scenarios.storySyncedAtEveryBeat(tab.driver, size);
			await tab.close();
		});

	test('the slides: PageDown through every position, b, Home/End, a deep link', async () => {
		const tab = await open();
		await scenarios.slidesKeysAndHash(tab.driver);
		await tab.close();
	});

	for (const kind of /** @type {const} */ (['pym', 'iframe']))
		test(`the embed stepper resizes its iframe in a host on another origin (${kind})`, async () => {
			const tab = await open();
			await scenarios.embedStepperResizes(tab.driver, kind);
			await tab.close();
		});

	test('after one visit, /presentar reloads with the network cut', async () => {
		const tab = await open();
		await scenarios.offlineReload(tab.driver, tab.setOffline);
		await tab.close();
	});

	test('without JavaScript, / shows every step’s text and static map', async () => {
		// BiDi's emulation.setScriptingEnabled is not in this Firefox: a profile without JavaScript.
		const noJs = await launch({ 'javascript.enabled': false });
		try {
			const tab = await open(noJs);
			await scenarios.noJsStory(tab.driver);
			await tab.close();
		} finally {
			await noJs.close();
		}
	});
});
