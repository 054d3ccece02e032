// Fails fast, in one line, when the browser tiers cannot run.
import { findTestChromium, CHROMIUM_HELP } from './chromium-path.js';

if (!findTestChromium()) {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}
