// One place decides which Chromium every browser tool uses: CHROME_PATH, else Debian's
// /usr/bin/chromium, else a browser Playwright installed (findChromium: the bench's Lighthouse and
// reader's walk). The test tiers (vitest browser mode, Playwright) prefer Debian's headless shell
// where it is installed (findTestChromium).
// Browser downloads do not work on the build machines, so nothing here tries one.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const CHROMIUM_HELP =
	'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chromium or Chrome binary.';

/** @returns {string | undefined} */
function playwrightChromium() {
	try {
		const { chromium } = require('playwright-core');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @returns {string | undefined} the first Chromium binary found, or undefined */
export function findChromium() {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
	return playwrightChromium();
}

const HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * The Chromium the tests drive: CHROME_PATH if set, else Debian's chromium-headless-shell, else
 * findChromium(). The headless shell is the same Blink and V8 without the desktop browser around
 * them, the build Playwright itself runs headless; each test's browser context starts about a
 * second sooner, which over the end-to-end suite's four hundred tests is minutes of CI (measured:
 * README, Tests). The bench stays on the full Chromium: a reader's browser.
 * @returns {string | undefined}
 */
export function findTestChromium() {
	if (!process.env.CHROME_PATH && existsSync(HEADLESS_SHELL)) return HEADLESS_SHELL;
	return findChromium();
}

/** Flags for a headless Chromium on a closed network, as root or not. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];
