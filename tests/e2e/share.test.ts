// Shareable steps and host events. /paso/N is the address a shared link carries: its head is what a
// link preview reads (title, description, canonical link, Open Graph and Twitter card, a 1200×630
// PNG that really is one); a reader without JavaScript (or a crawler) reads the step there; any
// other reader lands on the story at #paso-N, and Back does not bring them to /paso/N again.
// Then the embed's position messages, heard by a host page on another origin.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { hostEventsSnippet, iframeSnippet } from '../../src/lib/embed/snippets';
import { es as strings } from '../../src/lib/i18n/es';
import { expect, test } from './helpers';
import { is404Resource } from './hardening-shared';

/** data/story.json's steps with what this file reads: text as beats (or, before them, paragraphs). */
const storySteps = (
	JSON.parse(
		readFileSync(fileURLToPath(new URL('../../data/story.json', import.meta.url)), 'utf8')
	) as {
		steps: {
			id: string;
			kicker: string;
			title: string;
			summary: string;
			description: string;
			text?: string[];
			beats?: { text: string }[];
		}[];
	}
).steps;
const paragraphsOf = (step: (typeof storySteps)[number]) =>
	step.beats?.map((beat) => beat.text) ?? step.text ?? [];

/** Inline copy marks (*italics*, [links](/x)) reduced to the words a reader sees. */
const plain = (text: string) =>
	text
		.replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
		.replace(/\*([^*]+)\*/g, '$1')
		.replace(/\s+/g, ' ')
		.trim();

const SITE_NAME = 'Moscú–Pionyang';

async function head(page: Page, selector: string, attribute = 'content') {
	return page.locator(`head ${selector}`).getAttribute(attribute);
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, after the signature and chunk header). */
function pngSize(bytes: Buffer): { width: number; height: number } {
	expect(bytes.subarray(0, 8).toString('hex'), 'PNG signature').toBe('89504e470d0a1a0a');
	expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe('/paso/N without JavaScript: what a link preview and a crawler read', () => {
	test.use({ javaScriptEnabled: false });

	for (const [i, step] of storySteps.entries()) {
		const n = i + 1;
		test(`/paso/${n}: title, description, canonical link, Open Graph and Twitter card with its picture`, async ({
			page,
			baseURL,
			expectCleanPage
		}) => {
			const response = await page.goto(`/paso/${n}`);
			expect(response?.status()).toBe(200);
			await expect(page).toHaveTitle(`${step.title} · ${SITE_NAME}`);
			expect(await head(page, 'meta[name="description"]')).toBe(step.summary);
			const canonical = await head(page, 'link[rel="canonical"]', 'href');
			expect(new URL(canonical!, page.url()).href).toMatch(new RegExp(`/paso/${n}$`));
			expect(await head(page, 'meta[property="og:title"]')).toBe(step.title);
			expect(await head(page, 'meta[property="og:description"]')).toBe(step.summary);
			expect(await head(page, 'meta[property="og:type"]')).toBe('article');
			expect(await head(page, 'meta[name="twitter:card"]')).toBe('summary_large_image');
			expect(await head(page, 'meta[property="og:image:width"]')).toBe('1200');
			expect(await head(page, 'meta[property="og:image:height"]')).toBe('630');
			expect(await head(page, 'meta[property="og:image:alt"]')).toBe(step.description);
			const image = await head(page, 'meta[property="og:image"]');
			expect(await head(page, 'meta[name="twitter:image"]')).toBe(image);
			const imagePath = new URL(image!, page.url()).pathname;
			expect(imagePath).toBe(`/compartir/paso-${n}.png`);

			const png = await page.request.get(new URL(imagePath, baseURL).href);
			expect(png.status()).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
			await expectCleanPage();
		});
	}

	test('/paso/3 reads as the step: kicker, title, text, its map and the way into the story', async ({
		page,
		expectCleanPage
	}) => {
		const step = storySteps[2]!;
		await page.goto('/paso/3');
		// No script ran: the reader stays here.
		expect(new URL(page.url()).pathname).toBe('/paso/3');
		await expect(page.getByRole('heading', { level: 1, name: step.title })).toBeVisible();
		await expect(page.getByText(step.kicker, { exact: true })).toBeVisible();
		for (const paragraph of paragraphsOf(step))
			await expect(page.locator('main')).toContainText(plain(paragraph));
		const map = page.getByRole('img', { name: step.description, exact: true });
		await expect(map).toHaveAttribute('src', '/mapas/paso-3.svg');
		await expect
			.poll(() => map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
			.toBe(true);
		const link = page.getByRole('link', { name: /Leer la historia desde este paso/ });
		await expect(link).toBeVisible();
		await expect(link).toHaveAttribute('href', '/#paso-3');
		await link.click();
		await expect(page).toHaveURL(/\/#paso-3$/);
		await expect(page.locator('[data-step]').first()).toBeAttached();
		await expectCleanPage();
	});

	for (const path of ['/paso/99', '/paso/0', '/paso/tres', '/paso/03'])
		test(`${path} is the site's 404`, async ({ page, expectCleanPage }) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(404);
			await expect(page.locator('body')).toContainText(/no encontrada|No existe/i);
			await expectCleanPage({ ignoreConsole: is404Resource });
		});
});

test.describe('/paso/N with JavaScript', () => {
	test('sends the reader on to the story at #paso-N, and Back leaves rather than loops', async ({
		page,
		expectCleanPage
	}) => {
		await page.goto('/datos');
		await page.goto('/paso/5');
		await expect(page).toHaveURL(/\/#paso-5$/);
		await expect(page.locator(`[data-step="${storySteps[4]!.id}"]`)).toBeAttached();
		await page.goBack();
		await expect(page).toHaveURL(/\/datos$/);
		await expectCleanPage();
	});
});

// ---------------------------------------------------------------------------------------------
// Host events. NEEDS WIRING: this test passes once the embed stepper calls postPosition() from
// src/lib/embed/host-events.ts on every position (the first one included) of /embed/historia.

const HOST_ORIGIN = (
	process.env.HOST_ORIGIN ?? `http://127.0.0.1:${process.env.E2E_HOST_PORT ?? 4174}`
).replace(/\/+$/, '');

interface Heard {
	origin: string;
	fromFrame: boolean;
	data: Record<string, unknown>;
}

test('host events: a page on another origin hears each position of /embed/historia and the end once, nothing about the reader', async ({
	page,
	baseURL,
	watch,
	expectCleanPage
}) => {
	const site = new URL(baseURL!).origin;
	// The host page's own record of every message of ours, next to the documented snippet (whose
	// console lines are checked too).
	await page.addInitScript(() => {
		const heard: Heard[] = [];
		(window as unknown as { heard: Heard[] }).heard = heard;
		window.addEventListener('message', (event) => {
			const data = event.data as Record<string, unknown> | null;
			if (!data || typeof data.type !== 'string' || !data.type.startsWith('moscu-pionyang:'))
				return;
			const frame = document.querySelector<HTMLIFrameElement>('#slot iframe');
			heard.push({ origin: event.origin, fromFrame: event.source === frame?.contentWindow, data });
		});
	});
	const logged: string[] = [];
	page.on('console', (message) => {
		if (message.text().startsWith(`${SITE_NAME}:`)) logged.push(message.text());
	});
	const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

	const snippet = `${iframeSnippet({ base: site, name: 'historia', strings })}\n${hostEventsSnippet(strings)}`;
	await page.goto(`${HOST_ORIGIN}/?width=600&snippet=${encodeURIComponent(snippet)}`);
	await page.waitForFunction(() => (window as { snippetReady?: boolean }).snippetReady === true);
	const iframe = page.locator('#slot iframe');
	// Chromium pauses off-screen cross-origin iframes, as a reader's browser does.
	await iframe.scrollIntoViewIfNeeded();
	const frame = (await (await iframe.elementHandle())!.contentFrame())!;

	// The first position is told as soon as the embed shows it.
	await expect.poll(async () => (await heard()).length, { message: 'the first position' }).toBe(1);
	const next = frame.getByRole('button', { name: /Siguiente/ });
	// The stepper's end buttons may be disabled or only aria-disabled (they keep the focus).
	const atEnd = async () =>
		(await next.isDisabled()) || (await next.getAttribute('aria-disabled')) === 'true';
	for (let clicks = 0; !(await atEnd()); clicks++) {
		expect(clicks, 'the stepper reaches its end').toBeLessThan(100);
		const before = (await heard()).length;
		await next.click();
		await expect.poll(async () => (await heard()).length).toBeGreaterThan(before);
	}
	await expect.poll(async () => (await heard()).at(-1)?.data.type).toBe('moscu-pionyang:end');

	const messages = await heard();
	for (const message of messages) {
		expect(message.origin, 'sent by the embed').toBe(site);
		expect(message.fromFrame, 'from the host page’s own iframe').toBe(true);
	}
	const stepMessages = messages.slice(0, -1).map((m) => m.data);
	const total = stepMessages[0]!.total as number;
	expect(stepMessages).toHaveLength(total);
	const ids = storySteps.map((step) => step.id);
	let beat = 0;
	let stepIndex = 0;
	for (const [i, data] of stepMessages.entries()) {
		expect(Object.keys(data).sort(), 'only the documented fields').toEqual(
			['beat', 'embed', 'index', 'step', 'total', 'type', 'version'].sort()
		);
		expect(data).toMatchObject({ type: 'moscu-pionyang:step', version: 1, embed: 'historia' });
		expect(data.index).toBe(i + 1);
		expect(data.total).toBe(total);
		// Steps in story order; beats count from 1 in each.
		const at = ids.indexOf(data.step as string);
		expect(at, `a known step id: ${String(data.step)}`).toBeGreaterThanOrEqual(stepIndex);
		beat = at === stepIndex && i > 0 ? beat + 1 : 1;
		stepIndex = at;
		expect(data.beat).toBe(beat);
	}
	expect(stepIndex).toBe(ids.length - 1);
	expect(messages.at(-1)!.data).toEqual({
		type: 'moscu-pionyang:end',
		version: 1,
		embed: 'historia',
		total
	});
	expect(logged.at(-1)).toBe(`${SITE_NAME}: fin`);
	expect(logged).toContain(`${SITE_NAME}: 1 de ${total} (${ids[0]})`);

	// Back and forward again: the positions are told again, the end is not.
	await frame.getByRole('button', { name: /Anterior/ }).click();
	await expect.poll(async () => (await heard()).length).toBe(messages.length + 1);
	await next.click();
	await expect.poll(async () => (await heard()).length).toBe(messages.length + 2);
	expect((await heard()).filter((m) => m.data.type === 'moscu-pionyang:end')).toHaveLength(1);

	// The host page's own requests to its origin are not the embed's.
	watch.foreignRequests = watch.foreignRequests.filter(
		(url) => new URL(url).origin !== HOST_ORIGIN
	);
	await expectCleanPage();
});
