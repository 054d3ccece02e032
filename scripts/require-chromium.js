// Fails fast, in one line, when the browser tiers cannot run.
import { findChromium, CHROMIUM_HELP } from './chromium-path.js';

if (!findChromium()) {
	console.error(CHROMIUM_HELP);
	process.exit(1);
}
