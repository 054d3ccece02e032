import { defineConfig, devices } from '@playwright/test';
import { findTestChromium, CHROMIUM_ARGS } from './scripts/chromium-path.js';

// E2E_PORT, E2E_HOST_PORT and BUILD_DIR let two test runs work side by side on one machine.
const PORT = Number(process.env.E2E_PORT ?? 4173);
const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4174);
const BUILD_DIR = process.env.BUILD_DIR ?? 'build';
// E2E_EDITION=en runs the edition-aware tests against the English edition (/en/…, English copy);
// `npm run test:e2e` runs them for both. E2E_SKIP_BUILD serves the build that is already there.
const ENGLISH = process.env.E2E_EDITION === 'en';
const EDITION_TESTS = [
	'story.test.ts',
	'no-js.test.ts',
	'embeds.test.ts',
	'a11y-axe.test.ts',
	'hardening-network.test.ts',
	'editions.test.ts'
];
const build = process.env.E2E_SKIP_BUILD ? '' : 'npm run build && ';

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: ENGLISH ? EDITION_TESTS : '**/*.test.ts',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	// No retries: a retry hides a flaky test instead of fixing it.
	retries: 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		launchOptions: { executablePath: findTestChromium(), args: CHROMIUM_ARGS },
		trace: 'off'
	},
	projects: [
		{
			name: 'phone',
			use: { ...devices['Pixel 7'], browserName: 'chromium', viewport: { width: 390, height: 844 } }
		},
		{
			name: 'desktop',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } }
		}
	],
	webServer: [
		{
			command: `${build}node scripts/serve.js --port ${PORT} --dir ${BUILD_DIR}`,
			url: `http://127.0.0.1:${PORT}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 180_000
		},
		{
			// A second origin that plays the news site embedding our iframes.
			// pym's parent script, as a news site would load it (copied, not committed).
			command: `cp node_modules/pym.js/dist/pym.v1.min.js tests/e2e/host/ && node scripts/serve.js --port ${HOST_PORT} --dir tests/e2e/host`,
			url: `http://127.0.0.1:${HOST_PORT}/`,
			reuseExistingServer: !process.env.CI
		}
	]
});
