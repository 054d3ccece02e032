// The static maps (first paint, readers without JavaScript, print, the slides before Leaflet) as
// Chromium draws them: no label covers another label or another place's dot, and none is cut by
// the map's edge. Measured on the rendered text, so the build-time size estimates are checked
// against real fonts.
import type { Page } from '@playwright/test';
import { expect, placesShownAt, steps, test } from './helpers';

interface Box {
	text: string;
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Every label and dot of the first static map on the page, in page pixels. */
async function labelsAndDots(
	page: Page
): Promise<{ labels: Box[]; dots: Box[]; frame: Box; unnamed: number }> {
	return page.evaluate(() => {
		const svg = document.querySelector('svg')!;
		const box = (element: Element, text = '') => {
			const r = element.getBoundingClientRect();
			return { text, left: r.left, top: r.top, right: r.right, bottom: r.bottom };
		};
		return {
			labels: [...svg.querySelectorAll('text')].map((text) => box(text, text.textContent ?? '')),
			dots: [...svg.querySelectorAll('circle')].map((dot) => {
				const name = dot.parentElement?.querySelector('text')?.textContent ?? '';
				return box(dot, name);
			}),
			frame: box(svg),
			// A dot whose name had no room keeps it as its tooltip.
			unnamed: [...svg.querySelectorAll('circle')].filter(
				(dot) => !dot.parentElement?.querySelector(':scope > text, :scope > title')
			).length
		};
	});
}

// The text boxes include the halo-less line box; a pixel of slack for antialiasing.
const SLACK = 1;
const overlap = (a: Box, b: Box) =>
	a.left < b.right - SLACK &&
	b.left < a.right - SLACK &&
	a.top < b.bottom - SLACK &&
	b.top < a.bottom - SLACK;

function collisions({ labels, dots, frame }: Awaited<ReturnType<typeof labelsAndDots>>) {
	const found: string[] = [];
	for (const [i, a] of labels.entries()) {
		for (const b of labels.slice(i + 1)) if (overlap(a, b)) found.push(`«${a.text}» × «${b.text}»`);
		for (const dot of dots)
			if (dot.text !== a.text && overlap(a, dot)) found.push(`«${a.text}» × dot of ${dot.text}`);
		if (
			a.left < frame.left ||
			a.right > frame.right ||
			a.top < frame.top ||
			a.bottom > frame.bottom
		)
			found.push(`«${a.text}» cut by the edge`);
	}
	return found;
}

test.describe('the static maps’ labels', () => {
	for (const step of steps) {
		const file = `/mapas/paso-${steps.indexOf(step) + 1}.svg`;
		test(`${file}: no label covers another, a dot or the edge`, async ({ page, isMobile }) => {
			test.skip(isMobile, 'a file is the same drawing at any width');
			await page.goto(file);
			const found = await labelsAndDots(page);
			// Each place is drawn, named or not.
			expect(found.dots.length).toBe(placesShownAt(step).size);
			expect(found.unnamed).toBe(0);
			expect(collisions(found)).toEqual([]);
		});
	}

	test('/mapas/lugares.svg (the locator): no label covers another', async ({ page, isMobile }) => {
		test.skip(isMobile, 'a file is the same drawing at any width');
		await page.goto('/mapas/lugares.svg');
		expect(collisions(await labelsAndDots(page))).toEqual([]);
	});
});
