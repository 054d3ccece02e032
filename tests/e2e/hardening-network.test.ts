// A slow, far network (DevTools throttling: 400 kbit/s each way, 400 ms of latency): the story
// reads from the first paint (headline, the first step's text, the server-rendered map), Leaflet
// still arrives after the reader scrolls, and nothing reaches the console. The tile-server-down
// case needs its own build: hardening-variant-build.test.ts.
import { anchor, at, expect, steps, test } from './helpers';
import { installStartProbe, scrollToStep, waitForAppStart } from './hardening-shared';

const KBPS = 400;

test('slow network: headline, first step and static map first; then Leaflet; no error', async ({
	page,
	expectCleanPage
}) => {
	test.setTimeout(120_000);
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 400,
		downloadThroughput: (KBPS * 1000) / 8,
		uploadThroughput: (KBPS * 1000) / 8
	});
	await installStartProbe(page);
	const started = Date.now();
	await page.goto(at('/'), { waitUntil: 'commit' });
	const h1 = page.locator('h1');
	await expect(h1).toBeVisible({ timeout: 30_000 });
	await expect(page.locator(anchor(1))).toContainText(steps[0]!.title);
	await expect(page.locator(`${anchor(1)} p`).first()).toBeVisible();
	const staticMap = page.locator('[data-graphic] svg[data-static-map]');
	await expect(staticMap).toBeVisible();
	await expect(staticMap.locator('path').first()).toBeAttached();
	const firstRead = Date.now() - started;

	// The rest arrives: the app starts, and Leaflet loads once the reader scrolls.
	await waitForAppStart(page, 60_000);
	const appStarted = Date.now() - started;
	await scrollToStep(page, 2);
	await expect(page.locator('[data-map][data-center]')).toHaveCount(1, { timeout: 60_000 });
	await expect(page.locator('[data-map] svg.basemap path').first()).toBeAttached();
	await expect(page.locator(anchor(2))).toContainText(steps[1]!.title);
	test.info().annotations.push({
		type: 'timing',
		description: `text and static map readable after ${firstRead} ms, app started after ${appStarted} ms, at ${KBPS} kbit/s`
	});
	await expectCleanPage();
});
