// One place decides which Chromium every browser tool uses (vitest browser mode, Playwright,
// Lighthouse): CHROME_PATH, else Debian's /usr/bin/chromium, else a browser Playwright installed.
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

/** Flags for a headless Chromium on a closed network, as root or not. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-gpu',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];
