// axe-core (WCAG 2.0 and 2.1, A and AA, plus best practices) finds nothing on every page, on the
// story at every step, on every slide and every step of the embedded stepper, at phone and
// desktop widths (the two projects), in the light and the dark theme: the reader's system setting
// for every page, and ?tema=claro|oscuro (?theme=light|dark in English) for the embeds.
//
// Each page is audited in full in the light theme; the theme changes colours and nothing else
// (CSS custom properties), so in the dark theme the same page gets axe's colour rules only. That
// halves the time of the slowest rule set without leaving the dark theme unaudited.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { THEME_PARAMS } from '../../src/lib/embed/embeds';
import {
	anchor,
	at,
	beats,
	edition,
	expect,
	steps,
	pageStrings,
	t,
	test,
	waitForLeaflet,
	waitForMapToSettle
} from './helpers';
import {
	AXE_TAGS,
	NOT_FOUND,
	PAGES,
	hasMap,
	is404Resource,
	isEmbed,
	openDetailCard,
	openPresentation,
	scrollToStep
} from './hardening-shared';

/** The rules whose outcome depends on the theme's colours. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** One line per violation and node: rule, impact, target and axe's summary. */
function describe(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`
		)
	);
}

interface AuditOptions {
	/** Audit only these parts of the page. */
	include?: string[];
	/** Only the colour rules (the second theme of a page audited in full). */
	coloursOnly?: boolean;
}

/** axe-core's own script: the one @axe-core/playwright injects. */
const AXE_SOURCE = readFileSync(
	createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright')).resolve(
		'axe-core/axe.min.js'
	),
	'utf8'
);

async function audit(page: Page, { include, coloursOnly }: AuditOptions = {}): Promise<string[]> {
	// The embeds leave <html> transparent so that they sit on the host's background; alone, the
	// browser paints the theme's canvas colour under them, which axe cannot see. Say it in a style
	// attribute (the CSP lets the page's own script set those), in the page and in its iframes.
	for (const frame of page.frames()) {
		await frame
			.evaluate(() => {
				if (document.querySelector('.embed'))
					document.documentElement.style.setProperty('background-color', 'Canvas');
			})
			.catch(() => undefined);
	}
	if (page.frames().length > 1) {
		// Pages with iframes (the /insertar previews): AxeBuilder audits inside them too.
		let builder = new AxeBuilder({ page });
		builder = coloursOnly ? builder.withRules(COLOUR_RULES) : builder.withTags(AXE_TAGS);
		for (const selector of include ?? []) builder = builder.include(selector);
		return describe((await builder.analyze()).violations);
	}
	// One page: run axe-core in it directly, injected once per document (AxeBuilder injects it
	// again on every call, which triples the time of the per-step audits).
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(
		async ({ include, rules, tags }) => {
			const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
			const context = include ? { include: include.map((selector) => [selector]) } : document;
			const results = await axe.run(context as never, {
				runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: tags }
			});
			return results.violations;
		},
		{ include, rules: coloursOnly ? COLOUR_RULES : undefined, tags: AXE_TAGS }
	);
	return describe(violations);
}

/** Audits in full in the light theme, then the colours in the dark theme. */
async function auditBothThemes(page: Page, what: string, include?: string[]) {
	await page.emulateMedia({ colorScheme: 'light' });
	expect.soft(await audit(page, { include }), `${what}, light theme`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'dark' });
	expect.soft(await audit(page, { include, coloursOnly: true }), `${what}, dark theme`).toEqual([]);
	await page.emulateMedia({ colorScheme: 'light' });
}

for (const path of PAGES.map(at)) {
	test(`axe: ${path}`, async ({ page, expectCleanPage }) => {
		// /insertar holds three live embeds, each a page of its own that axe audits in both themes:
		// 5–22 s on a loaded 2-core machine, so the default 30 s is too close.
		test.slow(path.endsWith('/insertar'), 'three live embeds audited in both themes');
		await page.goto(path);
		await expect(page.locator('h1').first()).toBeAttached();
		await auditBothThemes(page, `${path} as loaded`);
		if (await hasMap(page)) {
			// Leaflet replaces the static map on the first interaction: audit the graphic again.
			await waitForLeaflet(page);
			await waitForMapToSettle(page);
			await auditBothThemes(page, `${path} with Leaflet`, ['[data-graphic]']);
		}
		await expectCleanPage();
	});
}

for (const path of NOT_FOUND.map(at)) {
	test(`axe: the 404 page at ${path}`, async ({ page, expectCleanPage }) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toBeVisible();
		await auditBothThemes(page, path);
		await expectCleanPage({ ignoreConsole: is404Resource });
	});
}

// The beat-by-beat audits read each beat once it has settled, which is the same with the reader's
// motion reduced: the map jumps to the beat rather than flying there, which takes a third of
// these tests' time (CI's time budget). The pages in full, above, are audited with motion.
test.describe('beat by beat', () => {
	test.use({ reducedMotion: 'reduce' });

	test('axe: the story at every step', async ({ page, expectCleanPage }) => {
		test.setTimeout(120_000);
		await page.goto(at('/'));
		await waitForLeaflet(page);
		for (const [i, step] of steps.entries()) {
			await scrollToStep(page, i + 1);
			await waitForMapToSettle(page);
			// What changes from step to step: the sticky graphic and the step's card.
			await auditBothThemes(page, `${anchor(i + 1)} (${step.id})`, [
				'[data-graphic]',
				anchor(i + 1)
			]);
		}
		// The whole page once more with the reader inside the story (a step is current).
		expect.soft(await audit(page), 'the whole page at the last step').toEqual([]);
		await expectCleanPage();
	});

	test('axe: a timeline detail card, open', async ({ page, expectCleanPage }) => {
		await page.goto(at('/'));
		await waitForLeaflet(page);
		await scrollToStep(page, 1);
		await openDetailCard(page);
		await auditBothThemes(page, 'detail card', ['[data-graphic]']);
		await expectCleanPage();
	});

	test('axe: /presentar beat by beat, notes, QR code, blank screen and the presenter view', async ({
		page,
		expectCleanPage
	}) => {
		test.setTimeout(120_000);
		await openPresentation(page);
		await auditBothThemes(page, 'title slide');
		for (const [i, beat] of beats.entries()) {
			await page.keyboard.press('ArrowRight');
			await expect(page.locator('.slide[data-step]')).toHaveAttribute('data-step', beat.step.id);
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
			if (i === 0) await waitForLeaflet(page);
			// Each step's first beat, and its last (every build shown); the first slide in full.
			if (beat.number !== 1 && beats[i + 1]?.step !== beat.step) continue;
			await waitForMapToSettle(page);
			await auditBothThemes(
				page,
				`slide ${beat.hash}`,
				i === 0 ? undefined : ['[data-step]', '[data-graphic]', 'nav']
			);
		}
		await page.keyboard.press('n');
		await expect(page.locator('[data-notes]')).toBeVisible();
		await auditBothThemes(page, 'notes open');
		await page.keyboard.press('q');
		await expect(page.getByRole('dialog', { name: pageStrings.present.qrDialog })).toBeVisible();
		await auditBothThemes(page, 'QR code open');
		await page.keyboard.press('Escape');
		await page.keyboard.press('b');
		await expect(page.locator('[data-blank]')).toBeVisible();
		await auditBothThemes(page, 'blank screen');

		await page.goto(`${at('/presentar')}?vista=presentador${anchor(3)}`);
		await expect(page.locator('[data-presenter]')).toBeVisible();
		await auditBothThemes(page, 'presenter view');
		await expectCleanPage();
	});

	test('axe: the /embed/historia stepper, beat by beat', async ({ page, expectCleanPage }) => {
		test.setTimeout(120_000);
		await page.goto(at('/embed/historia'));
		await waitForLeaflet(page);
		const next = page.getByRole('button', { name: new RegExp(t.step.next) });
		for (const [i, beat] of beats.entries()) {
			await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-beat', beat.key);
			if (beat.number === 1 || beats[i + 1]?.step !== beat.step) {
				await waitForMapToSettle(page);
				// The page in full at the first step (above, per page); then what changes.
				await auditBothThemes(page, `${beat.hash}`, ['[data-graphic]', '[data-step]']);
			}
			if (i < beats.length - 1) await next.click();
		}
		await expectCleanPage();
	});
});

// The embeds' own theme switch, against the system setting: ?tema (?theme) wins.
const themeWords = THEME_PARAMS[edition];
test(`axe: the embeds with ?${themeWords.name}=${themeWords.oscuro} on a light system and ?${themeWords.name}=${themeWords.claro} on a dark one`, async ({
	page,
	expectCleanPage
}) => {
	test.setTimeout(60_000);
	for (const [tema, system] of [
		['oscuro', 'light'],
		['claro', 'dark']
	] as const) {
		await page.emulateMedia({ colorScheme: system });
		const query = `?${themeWords.name}=${themeWords[tema]}`;
		for (const path of PAGES.filter(isEmbed).map(at)) {
			await page.goto(`${path}${query}`);
			await expect(page.locator('html')).toHaveAttribute('data-theme', tema);
			if (await hasMap(page)) {
				await waitForLeaflet(page);
				await waitForMapToSettle(page);
			}
			expect
				.soft(await audit(page, { coloursOnly: true }), `${path}${query} on a ${system} system`)
				.toEqual([]);
		}
	}
	await expectCleanPage();
});
