// The classroom QR code must actually scan: rasterise the rendered SVG the way a screen would
// show it and decode it with a real QR reader (jsQR). Comparing path strings would prove nothing.
import jsQR from 'jsqr';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-svelte';
import QrCode from '$lib/present/QrCode.svelte';

/** Pixels per module: a comfortable size for the decoder, like a projected code. */
const SCALE = 4;

/** Draws the SVG into a canvas through an <img> (as the browser would paint it) and decodes it. */
async function decode(svg: SVGSVGElement): Promise<string | undefined> {
	const markup = new XMLSerializer().serializeToString(svg);
	const image = new Image();
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
	await image.decode();

	const modules = svg.viewBox.baseVal.width;
	const size = modules * SCALE;
	const canvas = document.createElement('canvas');
	canvas.width = canvas.height = size;
	const context = canvas.getContext('2d')!;
	context.imageSmoothingEnabled = false;
	context.drawImage(image, 0, 0, size, size);
	const { data, width, height } = context.getImageData(0, 0, size, size);
	return jsQR(data, width, height)?.data;
}

async function renderCode(text: string) {
	const screen = await render(QrCode, { text, label: 'Código QR de la historia' });
	// Drawn in a task after mount, not during it.
	expect(screen.container.querySelector('svg.qr')).toBeNull();
	return vi.waitUntil(() => screen.container.querySelector<SVGSVGElement>('svg.qr'));
}

describe('QrCode', () => {
	test.each([
		'https://example.com/moscu-pionyang/',
		'https://example.com/moscu-pionyang/#paso-3',
		// Long enough for a larger QR version, with alignment patterns in the middle.
		'https://periodico.example.org/internacional/2024/12/moscu-pionyang/presentar?paso=8&utm_source=aula#paso-8'
	])('decodes back to %s', async (url) => {
		const svg = await renderCode(url);
		expect(await decode(svg)).toBe(url);
	});

	test('is an accessible image with a quiet zone and the text in data-qr', async () => {
		const url = 'https://example.com/moscu-pionyang/presentar';
		const svg = await renderCode(url);
		expect(svg.getAttribute('role')).toBe('img');
		expect(svg.getAttribute('aria-label')).toBe('Código QR de la historia');
		expect(svg.dataset.qr).toBe(url);
		// The viewBox is square: the module grid plus a four-module quiet zone on each side
		// (a QR version-N grid is 17 + 4N modules).
		const { width, height } = svg.viewBox.baseVal;
		expect(width).toBe(height);
		expect((width - 8 - 17) % 4).toBe(0);
		// No dark module in the quiet zone: the path starts at x, y ≥ 4.
		const moves = [
			...svg
				.querySelector('path')!
				.getAttribute('d')!
				.matchAll(/M(\d+) (\d+)/g)
		];
		expect(moves.length).toBeGreaterThan(0);
		for (const [, x, y] of moves) {
			expect(Number(x)).toBeGreaterThanOrEqual(4);
			expect(Number(x)).toBeLessThan(width - 4);
			expect(Number(y)).toBeGreaterThanOrEqual(4);
			expect(Number(y)).toBeLessThan(height - 4);
		}
	});

	test('follows a new text', async () => {
		const screen = await render(QrCode, { text: 'https://example.com/#paso-1', label: 'QR' });
		const svg = await vi.waitUntil(() => screen.container.querySelector<SVGSVGElement>('svg.qr'));
		expect(await decode(svg)).toBe('https://example.com/#paso-1');
		await screen.rerender({ text: 'https://example.com/#paso-2' });
		expect(await decode(svg)).toBe('https://example.com/#paso-2');
	});
});
