// No Content Security Policy violation on any page: every page carries its policy (a <meta> with
// script-src 'self' and hashes), and neither loading it nor using it (Leaflet, the scrolling story,
// detail cards, slides, notes, QR codes, the embed previews) makes the browser report a violation,
// whether as a `securitypolicyviolation` event in the page (or one of its iframes) or as a console
// message. A first test shows that the listener does catch a violation, so a silent page means a
// clean one.
import type { Page } from '@playwright/test';
import { beats, expect, steps, test, waitForLeaflet } from './helpers';
import {
	NOT_FOUND,
	PAGES,
	hasMap,
	is404Resource,
	openDetailCard,
	openPresentation,
	scrollToStep
} from './hardening-shared';

type Violation = { directive: string; blocked: string; source: string; sample: string };

test.beforeEach(async ({ page }) => {
	// In every frame, before any of the page's scripts.
	await page.addInitScript(() => {
		const seen: Violation[] = [];
		(window as unknown as { __csp: Violation[] }).__csp = seen;
		document.addEventListener('securitypolicyviolation', (event) => {
			seen.push({
				directive: event.effectiveDirective,
				blocked: event.blockedURI,
				source: `${event.sourceFile}:${event.lineNumber}`,
				sample: event.sample
			});
		});
	});
});

/** Violations reported by the page and all its frames, and console lines about the policy. */
async function violations(page: Page, consoleLines: string[]): Promise<string[]> {
	const found: string[] = [];
	for (const frame of page.frames()) {
		const list = await frame
			.evaluate(() => (window as unknown as { __csp?: Violation[] }).__csp ?? [])
			.catch(() => [] as Violation[]);
		for (const v of list)
			found.push(`${frame.url()}: ${v.directive} blocked ${v.blocked} (${v.source}) ${v.sample}`);
	}
	return [...found, ...consoleLines];
}

function watchConsole(page: Page): string[] {
	const lines: string[] = [];
	page.on('console', (message) => {
		if (/Content.Security.Policy|CSP/i.test(message.text())) lines.push(message.text());
	});
	return lines;
}

async function expectPolicy(page: Page, path: string) {
	const policy = await page
		.locator('meta[http-equiv="content-security-policy" i]')
		.getAttribute('content');
	expect(policy, `${path} carries its CSP`).toBeTruthy();
	expect(policy, path).toMatch(/script-src 'self'/);
	expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
	expect(policy, path).toMatch(/object-src 'none'/);
}

test('the listener catches a violation (control)', async ({ page, expectCleanPage }) => {
	const consoleLines = watchConsole(page);
	await page.goto('/datos');
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.__ran = true';
		document.body.append(script);
	});
	await expect.poll(async () => (await violations(page, consoleLines)).length).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as { __ran?: boolean }).__ran)).toBeUndefined();
	// The violation it caused on purpose is the only console line.
	await expectCleanPage({
		ignoreConsole: (message) => /Content Security Policy/.test(message.text())
	});
});

test('no violation on any page, loaded and used, nor on the 404 pages', async ({
	page,
	expectCleanPage
}) => {
	test.setTimeout(90_000);
	const consoleLines = watchConsole(page);
	const found: Record<string, string[]> = {};
	for (const path of [...PAGES, ...NOT_FOUND]) {
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeAttached();
		await expectPolicy(page, path);
		if (await hasMap(page)) await waitForLeaflet(page);

		if (path === '/') {
			for (const number of [2, steps.length]) await scrollToStep(page, number);
			await openDetailCard(page);
		}
		if (path === '/presentar') {
			await openPresentation(page, '#paso-2');
			await waitForLeaflet(page);
			await page.keyboard.press('n');
			await page.keyboard.press('q');
			await expect(page.getByRole('dialog', { name: 'Código QR' })).toBeVisible();
		}
		if (path === '/insertar') {
			// The live previews: each iframe loads its embed.
			for (const frame of await page.locator('iframe').all()) await frame.scrollIntoViewIfNeeded();
			await expect
				.poll(() => page.frames().filter((f) => /\/embed\//.test(f.url())).length)
				.toBe(3);
			for (const frame of page.frames().filter((f) => /\/embed\//.test(f.url())))
				await frame.waitForLoadState('load');
		}
		if (path === '/embed/historia') {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('[data-graphic]')).toHaveAttribute(
				'data-current-beat',
				beats[1]!.key
			);
		}
		// Let late work (service worker, lazy images, Leaflet's first draw) report too.
		await page.waitForLoadState('networkidle');
		const list = await violations(page, consoleLines.splice(0));
		if (list.length) found[path] = list;
	}
	expect(found).toEqual({});
	// The 404 pages' own status line is the only console message tolerated.
	await expectCleanPage({ ignoreConsole: is404Resource });
});
