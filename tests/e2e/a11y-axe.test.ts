// axe-core finds nothing (WCAG 2.0/2.1 A and AA, plus best practices) on every page, on the
// story at every step, on every slide and stepper step, at phone and desktop widths, in the light
// and the dark theme: the system preference for every page, and ?tema for the embeds.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { expect, steps, test } from './helpers';
import {
	AXE_TAGS,
	NOT_FOUND,
	PAGES,
	is404Resource,
	hasMap,
	isEmbed,
	loadLeaflet,
	scrollToStep,
	waitForStillMap
} from './hardening-shared';

type Scheme = 'light' | 'dark';
const SCHEMES: Scheme[] = ['light', 'dark'];

/** One line per violation and node: rule, impact, target and axe's summary. */
function describe(violations: Result[]): string[] {
	return violations.flatMap((violation) =>
		violation.nodes.map(
			(node) =>
				`${violation.id} (${violation.impact}) ${node.target.join(' ')}: ${node.failureSummary?.replace(/\s+/g, ' ')}`
		)
	);
}

async function audit(page: Page, include?: string[]): Promise<string[]> {
	let builder = new AxeBuilder({ page }).withTags(AXE_TAGS);
	for (const selector of include ?? []) builder = builder.include(selector);
	const results = await builder.analyze();
	return describe(results.violations);
}

for (const scheme of SCHEMES) {
	test.describe(`${scheme} theme`, () => {
		test.use({ colorScheme: scheme });

		for (const path of PAGES) {
			test(`axe: ${path}`, async ({ page, expectCleanPage }) => {
				await page.goto(path);
				await expect(page.locator('h1').first()).toBeAttached();
				expect(await audit(page), `${path} as loaded`).toEqual([]);
				if (await hasMap(page)) {
					// Leaflet replaces the static map on the first interaction: audit that page too.
					await loadLeaflet(page);
					await waitForStillMap(page);
					expect(await audit(page), `${path} with Leaflet`).toEqual([]);
				}
				await expectCleanPage();
			});
		}

		for (const path of NOT_FOUND) {
			test(`axe: the 404 page at ${path}`, async ({ page, expectCleanPage }) => {
				const response = await page.goto(path);
				expect(response?.status()).toBe(404);
				await expect(page.locator('h1')).toBeVisible();
				expect(await audit(page)).toEqual([]);
				await expectCleanPage({ ignoreConsole: is404Resource });
			});
		}

		test('axe: the story at every step', async ({ page, expectCleanPage }) => {
			await page.goto('/');
			await loadLeaflet(page);
			for (const [i, step] of steps.entries()) {
				await test.step(`paso-${i + 1}`, async () => {
					await scrollToStep(page, i + 1);
					await waitForStillMap(page);
					// What changes from step to step: the sticky graphic and the step's card.
					expect(
						await audit(page, ['[data-graphic]', `#paso-${i + 1}`]),
						`paso-${i + 1} (${step.id})`
					).toEqual([]);
				});
			}
			// And the page as a whole, with the reader inside the story.
			expect(await audit(page), 'the whole page at the last step').toEqual([]);
			await expectCleanPage();
		});

		test('axe: every slide of /presentar, and the presenter view', async ({
			page,
			expectCleanPage
		}) => {
			await page.goto('/presentar');
			await expect(page.locator('[data-position]')).toHaveAttribute('data-position', '0');
			for (let position = 1; position <= steps.length; position++) {
				await page.keyboard.press('ArrowRight');
				await expect(page.locator('[data-position]')).toHaveAttribute('data-position', String(position));
				await expect(page.locator('[data-graphic]')).toHaveAttribute(
					'data-current-step',
					steps[position - 1]!.id
				);
				if (position === 1) await loadLeaflet(page);
				await waitForStillMap(page);
				expect(await audit(page), `slide ${position}`).toEqual([]);
			}
			// Notes and the QR code open over the slide.
			await page.keyboard.press('n');
			await expect(page.locator('[data-notes]')).toBeVisible();
			await page.keyboard.press('q');
			await expect(page.getByRole('dialog', { name: 'Código QR' })).toBeVisible();
			expect(await audit(page), 'notes and QR open').toEqual([]);

			await page.goto('/presentar?vista=presentador#paso-3');
			await expect(page.locator('[data-presenter]')).toBeVisible();
			expect(await audit(page), 'presenter view').toEqual([]);
			await expectCleanPage();
		});

		test('axe: every step of the /embed/historia stepper', async ({ page, expectCleanPage }) => {
			await page.goto('/embed/historia');
			await loadLeaflet(page);
			for (const [i, step] of steps.entries()) {
				await expect(page.locator('[data-graphic]')).toHaveAttribute('data-current-step', step.id);
				await waitForStillMap(page);
				expect(await audit(page), `step ${i + 1}`).toEqual([]);
				if (i < steps.length - 1) await page.getByRole('button', { name: /Siguiente/ }).click();
			}
			await expectCleanPage();
		});

		test('axe: a timeline detail card open', async ({ page, expectCleanPage }) => {
			await page.goto('/');
			await loadLeaflet(page);
			await scrollToStep(page, 1);
			const mark = page.locator('[data-graphic] [data-event][data-active="true"]').first();
			await mark.focus();
			await page.keyboard.press('Enter');
			await expect(page.locator('[data-event-card]')).toBeVisible();
			expect(await audit(page, ['[data-graphic]'])).toEqual([]);
			await expectCleanPage();
		});
	});
}

// The embeds' own theme switch, against the system preference.
for (const [tema, scheme] of [
	['oscuro', 'light'],
	['claro', 'dark']
] as const) {
	test.describe(`?tema=${tema} under a ${scheme} system`, () => {
		test.use({ colorScheme: scheme });
		for (const path of PAGES.filter(isEmbed)) {
			test(`axe: ${path}?tema=${tema}`, async ({ page, expectCleanPage }) => {
				await page.goto(`${path}?tema=${tema}`);
				await expect(page.locator('html')).toHaveAttribute('data-theme', tema);
				if (await hasMap(page)) {
					await loadLeaflet(page);
					await waitForStillMap(page);
				}
				expect(await audit(page)).toEqual([]);
				await expectCleanPage();
			});
		}
	});
}
