// Shared pieces of the hardening suite (a11y-*, hardening-*, visual-* tests): the routes, moving
// through the story's steps, axe settings, focus-ring checks, reduced-motion settling, and
// building + serving a variant of the site (other data, other PUBLIC_* settings) from a test.
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ConsoleMessage, Page } from '@playwright/test';
import { anchor, at, expect, pageStrings, steps, t } from './helpers';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Every prerendered page (the embeds included) that a reader can land on, by its path within the
 * edition: visit `at(path)`.
 */
export const PAGES = [
	'/',
	'/datos',
	'/guia',
	'/presentar',
	'/insertar',
	'/embed/mapa',
	'/embed/cronologia',
	'/embed/historia'
] as const;

/** Addresses that answer with the 404 page: one under the site, one under the embeds (`at()`). */
export const NOT_FOUND = ['/no-existe', '/embed/no-existe'] as const;

export const isEmbed = (path: string) => path.startsWith('/embed/');

/** axe rule sets the issue names. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The console line Chromium prints for a page whose document came with a 404 status. */
export const is404Resource = (message: ConsoleMessage) =>
	/Failed to load resource: the server responded with a status of 404/.test(message.text());

// ---------------------------------------------------------------------------------------------
// The story's steps.

/**
 * Brings step N's first beat (`#paso-N.1`, `#step-N.1` in English; 1-based) into place the way an
 * anchor jump does, then nudges the scroll. (The step's own anchor leaves room for its heading,
 * which at 200 % zoom can hold the beat below the trigger line.)
 */
export async function scrollToStep(page: Page, number: number) {
	await page
		.locator(`[id="${anchor(number, 1).slice(1)}"]`)
		.evaluate((element) => element.scrollIntoView({ block: 'start' }));
	await page.mouse.wheel(0, 2);
	await expect(page.locator('[data-graphic]')).toHaveAttribute(
		'data-current-step',
		steps[number - 1]!.id
	);
}

/** Whether the page shows a map (static or Leaflet) that Leaflet will take over. */
export const hasMap = async (page: Page) => (await page.locator('.map-view').count()) > 0;

/** Opens /presentar (or a deep link: #paso-N, #step-N) and waits until the slides answer keys. */
export async function openPresentation(page: Page, hash = '') {
	await page.goto(`${at('/presentar')}${hash}`);
	const position = hash ? String(Number(hash.replace(/^#[a-z]+-/, ''))) : '0';
	await expect(page.locator('[data-position]')).toHaveAttribute('data-position', position);
	// Hydrated: onMount learnt the origin, so the title slide's QR code (or, on a step, the
	// counter of the bar) is drawn by the app.
	if (position === '0') await expect(page.locator('[data-qr]')).toBeVisible();
	else
		await expect(page.getByRole('navigation', { name: pageStrings.present.bar })).toContainText(
			t.step.counter(Number(position), steps.length)
		);
}

/**
 * Marks the moment SvelteKit's client has started (hydrated the page, run its onMount callbacks,
 * and started the router, which is when it adds its `beforeunload` listener). Install before
 * page.goto; then `waitForAppStart`. The story page has no SvelteKit client: its islands script
 * says it has run with `data-started` on the root element ($lib/islands/story-page.ts).
 */
export async function installStartProbe(page: Page) {
	await page.addInitScript(() => {
		const original = window.addEventListener;
		window.addEventListener = function (
			this: Window,
			type: string,
			...rest: [EventListenerOrEventListenerObject, (boolean | AddEventListenerOptions)?]
		) {
			if (type === 'beforeunload')
				(window as unknown as { __appStarted: boolean }).__appStarted = true;
			return original.call(this, type, ...rest);
		} as typeof window.addEventListener;
	});
}

export async function waitForAppStart(page: Page, timeout = 10_000) {
	await page.waitForFunction(
		() =>
			(window as unknown as { __appStarted?: boolean }).__appStarted === true ||
			document.documentElement.dataset.started !== undefined,
		undefined,
		{ timeout }
	);
}

/**
 * Opens the detail card of a highlighted timeline mark of the sticky graphic: focus, then Enter
 * (which pins it). Retried: a late scroll callback may still change the step under the mark.
 */
export async function openDetailCard(page: Page, which: 'first' | 'last' = 'first') {
	// In view, not tabindex 0: the strip has one tab stop (a roving tabindex) and `last` means last.
	const marks = page.locator('[data-graphic] [data-event][data-active="true"]:not([aria-hidden])');
	await expect(async () => {
		await page.keyboard.press('Escape');
		const mark = which === 'first' ? marks.first() : marks.last();
		await mark.focus();
		await page.keyboard.press('Enter');
		await expect(page.locator('[data-event-card]')).toBeVisible({ timeout: 2_000 });
	}).toPass({ timeout: 15_000 });
}

// ---------------------------------------------------------------------------------------------
// Focus.

export interface FocusReport {
	/** A short description of the focused element, for messages. */
	what: string;
	/** Whether the element (or, for SVG marks, its circle) shows a focus indicator. */
	visible: boolean;
	/** Where it is, to check that it was scrolled into view. */
	inViewport: boolean;
}

/**
 * The focused element and whether a focus indicator is drawn: an outline (style not none, width
 * above 0), a box-shadow, or for an SVG timeline mark (role=button) the focus stroke that
 * `.mark:focus-visible circle` draws on its circle (the theme's --focus colour).
 */
export async function focusReport(page: Page): Promise<FocusReport> {
	return page.evaluate(() => {
		let element: Element | null = document.activeElement;
		// Focus inside an iframe is not part of this page's tab order walk.
		while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
		if (!element || element === document.body || element === document.documentElement)
			return { what: 'body', visible: false, inViewport: false };
		const style = getComputedStyle(element);
		const outline =
			style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && style.outlineColor;
		const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
		let ring = Boolean(outline) || shadow;
		if (!ring && element instanceof SVGElement && element.getAttribute('role') === 'button') {
			// The mark's circle takes the theme's focus colour (--focus), whichever mark it is.
			const probe = document.createElement('span');
			probe.style.color = 'var(--focus)';
			element.closest('svg')!.parentElement!.append(probe);
			const focusColour = getComputedStyle(probe).color;
			probe.remove();
			const circle = element.querySelector('circle');
			ring = !!circle && getComputedStyle(circle).stroke === focusColour;
		}
		const box = element.getBoundingClientRect();
		const inViewport =
			box.bottom > 0 && box.right > 0 && box.top < innerHeight && box.left < innerWidth;
		const name =
			element.getAttribute('aria-label') ?? (element.textContent ?? '').trim().slice(0, 40);
		const what = `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}> «${name}»`;
		return { what, visible: ring, inViewport };
	});
}

/** Fails unless the focused element shows a focus indicator and is on screen. */
export async function expectVisibleFocus(page: Page, where: string): Promise<FocusReport> {
	const report = await focusReport(page);
	expect(report.what, `${where}: something has focus`).not.toBe('body');
	expect(report.visible, `${where}: ${report.what} shows a focus indicator`).toBe(true);
	expect(report.inViewport, `${where}: ${report.what} is on screen`).toBe(true);
	return report;
}

// ---------------------------------------------------------------------------------------------
// Variant builds: the real `vite build` with other data or other PUBLIC_* settings, served by
// scripts/serve.js on a free port. Folders follow the gitignored patterns /build-* and /.kit-*,
// with the process id so that two test runs on one machine never share one.

export async function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			const port = typeof address === 'object' && address ? address.port : 0;
			server.close(() => resolve(port));
		});
	});
}

/** A copy of data/ (seeds included) in a temporary folder, for a test to edit. */
export function copyOfData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'moscu-data-'));
	cpSync(join(ROOT, 'data'), dir, { recursive: true });
	return dir;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(output)
				: reject(
						new Error(`${command} ${args.join(' ')} failed (${code}):\n${output.slice(-3000)}`)
					)
		);
	});
}

export interface VariantSite {
	baseURL: string;
	/** Stops the server and deletes the build. */
	close: () => Promise<void>;
}

/** Builds the site with `env` (e.g. DATA_DIR, PUBLIC_TILE_URL) and serves it on a free port. */
export async function buildAndServe(name: string, env: NodeJS.ProcessEnv): Promise<VariantSite> {
	const suffix = `${name}-${process.pid}`;
	const buildDir = `build-${suffix}`;
	const kitDir = `.kit-${suffix}`;
	const cleanup = () => {
		for (const dir of [buildDir, kitDir]) rmSync(join(ROOT, dir), { recursive: true, force: true });
	};
	try {
		await run(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build'], {
			...env,
			BUILD_DIR: buildDir,
			KIT_OUT_DIR: kitDir
		});
	} catch (error) {
		cleanup();
		throw error;
	}
	if (!existsSync(join(ROOT, buildDir, 'index.html'))) {
		cleanup();
		throw new Error(`the ${name} build made no ${buildDir}/index.html`);
	}
	// A BASE_PATH build is served where it belongs: under that path of the host.
	const basePath = env.BASE_PATH ?? '';
	let servedDir = join(ROOT, buildDir);
	let hostRoot: string | undefined;
	if (basePath) {
		hostRoot = mkdtempSync(join(tmpdir(), 'moscu-host-'));
		symlinkSync(servedDir, join(hostRoot, basePath.replace(/^\//, '')));
		servedDir = hostRoot;
	}
	const port = await freePort();
	const server: ChildProcess = spawn(
		process.execPath,
		[join(ROOT, 'scripts/serve.js'), '--port', String(port), '--dir', servedDir],
		{ cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }
	);
	const baseURL = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 15_000;
	for (;;) {
		try {
			if ((await fetch(`${baseURL}${basePath}/`)).ok) break;
		} catch {
			// not listening yet
		}
		if (Date.now() > deadline || server.exitCode !== null) {
			server.kill();
			cleanup();
			throw new Error(`scripts/serve.js did not start on port ${port}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	return {
		baseURL,
		close: async () => {
			if (server.exitCode === null) {
				const exited = new Promise((resolve) => server.once('exit', resolve));
				server.kill();
				await exited;
			}
			cleanup();
			if (hostRoot) rmSync(hostRoot, { recursive: true, force: true });
		}
	};
}
