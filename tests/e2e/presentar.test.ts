// Classroom mode at /presentar: every key a keyboard or a presentation clicker sends, the on-screen
// buttons, swipes, the browser's back and forward, a step's beats as builds, the blank screen,
// #paso-N and #paso-N.M deep links and garbage hashes, the
// presenter notes, full screen, the idle cursor, the presenter window kept in sync with the
// projected one, the QR code (decoded), the printed handout (a real PDF from Chromium) and the
// whole thing working offline after one visit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import type { ConsoleMessage, Locator, Page } from '@playwright/test';
import {
	beats,
	decodeQr,
	expect,
	steps as storySteps,
	story,
	test,
	type StoryStep
} from './helpers';
import { installStartProbe, waitForAppStart } from './hardening-shared';

/** The steps of data/story.json with their presenter notes (helpers.ts does not type them). */
const steps = storySteps as (StoryStep & { notes: { question: string; points: string[] } })[];

const COUNT = steps.length;
/** A beat's text as a reader sees it (the copy's *cursiva* markup gone). */
const plain = (text: string) => text.replace(/\*([^*]+)\*/g, '$1');

const bar = (page: Page) => page.getByRole('navigation', { name: 'Presentación' });
const counter = (page: Page) => bar(page).locator('[aria-live]');
/** «Siguiente» / «Anterior» in the slides' bar: the label, or the arrow alone where it is hidden. */
const nextButton = (page: Page) => bar(page).getByRole('button').nth(1);
const previousButton = (page: Page) => bar(page).getByRole('button').nth(0);

/** The index, in reading order, of the beat at a canonical address (#paso-N or #paso-N.M). */
const at = (hash: string) => {
	const index = beats.findIndex((beat) => beat.hash === hash);
	if (index < 0) throw new Error(`no beat at ${hash}`);
	return index;
};
const LAST = beats.length - 1;

/**
 * The slide shows the beat at index `i` of the reading order: hash, active step and beat, counter,
 * title, and the step's beats up to it (builds).
 */
async function expectBeat(page: Page, i: number, how = '') {
	const beat = beats[i]!;
	await expect
		.poll(() => page.evaluate(() => location.hash), { message: `hash ${how}` })
		.toBe(beat.hash);
	const active = page.locator('[data-step][data-active="true"]');
	await expect(active, how).toHaveCount(1);
	await expect(active, how).toHaveAttribute('data-step', beat.step.id);
	await expect(page.locator('.slide [data-beat][data-active="true"]'), how).toHaveAttribute(
		'data-beat',
		beat.key
	);
	await expect(page.locator('.slide [data-beat]'), `builds ${how}`).toHaveCount(beat.number);
	await expect(counter(page), how).toContainText(`${beat.stepNumber} de ${COUNT}`);
	await expect(page.locator('.slides h1'), how).toHaveText(beat.step.title);
}
/** The slide shows step `n` (1-based) at its first beat. */
const expectStep = (page: Page, n: number, how = '') => expectBeat(page, at(`#paso-${n}`), how);

/** Loads /presentar and waits until the app has taken over (the counter follows the hash). */
async function open(page: Page, hash = '') {
	// The prerendered slides already carry a position and an enabled bar: only the app's start
	// says that keys and buttons will be heard.
	await installStartProbe(page);
	await page.goto(`/presentar${hash}`);
	await waitForAppStart(page);
	await expect(page.locator('.slides')).toBeVisible();
	await expect(bar(page).getByRole('button', { name: /Notas/ })).toBeEnabled();
}

const ignoreFailedLoads = (message: ConsoleMessage) =>
	/Failed to load resource|net::ERR_INTERNET_DISCONNECTED|ERR_FAILED/.test(message.text());

// ---------------------------------------------------------------------------------------------

test.describe('keys, buttons and history', () => {
	test('every clicker and keyboard key moves and rewrites the hash', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(
			testInfo.project.name !== 'desktop',
			'keyboards and clickers: the projector’s laptop'
		);
		await open(page, '#paso-1');
		await expectBeat(page, 0, 'start');

		const forward = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'Enter'];
		let i = 0;
		for (const key of forward) {
			await page.keyboard.press(key);
			i++;
			await expectBeat(page, i, `after ${key}`);
		}
		const back = ['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace'];
		for (const key of back) {
			await page.keyboard.press(key);
			i--;
			await expectBeat(page, i, `after ${key}`);
		}
		await page.keyboard.press('End');
		await expectBeat(page, LAST, 'after End');
		// Past the end stays at the end.
		await page.keyboard.press('ArrowRight');
		await expectBeat(page, LAST, 'after → at the end');
		await page.keyboard.press('Home');
		await expectBeat(page, 0, 'after Home');
		await expectCleanPage();
	});

	test('a clicker’s first Next brings the step with its live map, with no second press', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the projector’s laptop');
		await open(page);
		await page.keyboard.press('PageDown');
		await expectBeat(page, 0, 'after the first Next');
		// That press was the teacher's first interaction: Leaflet starts with the slide it brought.
		await expect(page.locator('.slides [data-map][data-center]')).toHaveCount(1, {
			timeout: 15_000
		});
		await expectCleanPage();
	});

	test('a step’s beats come as builds: Next adds one, Previous takes it back', async ({
		page,
		expectCleanPage
	}) => {
		const six = at('#paso-6');
		await open(page, '#paso-6');
		await expectBeat(page, six, 'step 6');
		for (let j = 1; j < 4; j++) {
			await page.keyboard.press('PageDown');
			await expectBeat(page, six + j, `build ${j + 1}`);
			// The earlier builds stay on the slide, the current one marked.
			await expect(page.locator('.slide [data-beat]').first()).toBeVisible();
		}
		await page.keyboard.press('PageDown');
		await expectStep(page, 7, 'past the last build, the next step');
		await page.keyboard.press('PageUp');
		await expectBeat(page, six + 3, 'back to the last build');
		await page.keyboard.press('PageUp');
		await expectBeat(page, six + 2, 'a build taken back');
		await expectCleanPage();
	});

	test('B or «.» blanks the screen and the same key brings it back, without moving', async ({
		page,
		expectCleanPage
	}) => {
		await open(page, '#paso-3.2');
		const blank = page.locator('[data-blank]');
		for (const key of ['b', '.', 'B']) {
			await page.keyboard.press(key);
			await expect(blank, `after ${key}`).toBeVisible();
			const box = await blank.boundingBox();
			const viewport = page.viewportSize()!;
			expect(box!.width).toBeGreaterThanOrEqual(viewport.width - 1);
			await page.keyboard.press(key);
			await expect(blank, `after ${key} again`).toHaveCount(0);
			await expectBeat(page, at('#paso-3.2'), `after ${key} twice`);
		}
		// A clicker's «next» on a blank screen brings the slide back, and moves nowhere.
		await page.keyboard.press('b');
		await expect(blank).toBeVisible();
		await page.keyboard.press('PageDown');
		await expect(blank).toHaveCount(0);
		await expectBeat(page, at('#paso-3.2'), 'PageDown on a blank screen');
		// The bar's button does it too.
		await bar(page)
			.getByRole('button', { name: /En negro/ })
			.click();
		await expect(blank).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(blank).toHaveCount(0);
		await expectCleanPage();
	});

	test('«Siguiente» and «Anterior» buttons, then back and forward', async ({
		page,
		expectCleanPage
	}) => {
		await open(page);
		// The title slide: no hash, «Anterior» disabled.
		await expect(counter(page)).toHaveText('Portada');
		await expect(previousButton(page)).toBeDisabled();

		await nextButton(page).click();
		await expectBeat(page, 0, 'Siguiente from the title');
		await nextButton(page).click();
		await expectBeat(page, 1, 'Siguiente');
		await nextButton(page).click();
		await expectBeat(page, 2, 'Siguiente');
		await previousButton(page).click();
		await expectBeat(page, 1, 'Anterior');

		// The browser's history holds each move.
		await page.goBack();
		await expectBeat(page, 2, 'back');
		await page.goBack();
		await expectBeat(page, 1, 'back');
		await page.goBack();
		await expectBeat(page, 0, 'back');
		await page.goForward();
		await expectBeat(page, 1, 'forward');

		await page.keyboard.press('End');
		await expectBeat(page, LAST, 'End');
		await expect(nextButton(page)).toBeDisabled();
		await expectCleanPage();
	});

	test('the bar’s buttons are named «Anterior» and «Siguiente» on every screen', async ({
		page,
		expectCleanPage
	}) => {
		await open(page, '#paso-2');
		await expect(bar(page).getByRole('button', { name: /Siguiente/ })).toHaveCount(1);
		await expect(bar(page).getByRole('button', { name: /Anterior/ })).toHaveCount(1);
		await expectCleanPage();
	});

	/** A horizontal swipe with a real touch screen (CDP touch events → pointer events). */
	async function swipe(page: Page, y: number, from: number, to: number) {
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Input.dispatchTouchEvent', {
			type: 'touchStart',
			touchPoints: [{ x: from, y }]
		});
		for (let i = 1; i <= 5; i++) {
			await cdp.send('Input.dispatchTouchEvent', {
				type: 'touchMove',
				touchPoints: [{ x: from + ((to - from) * i) / 5, y }]
			});
		}
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
		await cdp.detach();
	}
	/** The vertical middle of an element, on screen. */
	const middleOf = async (locator: Locator) => {
		const box = (await locator.boundingBox())!;
		return box.y + box.height / 2;
	};

	test('a swipe over the graphic moves between steps on a touch screen', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'touch screens');
		await open(page, '#paso-2');
		await expectStep(page, 2);
		const y = await middleOf(page.locator('.slides [data-graphic]'));
		// The first touch lands on the static map (Leaflet loads on the first interaction)...
		await swipe(page, y, 330, 60); // right to left: next
		await expectBeat(page, at('#paso-2') + 1, 'swipe left');
		// ...the next ones on Leaflet's map.
		await expect(page.locator('.slides [data-map][data-center]')).toHaveCount(1, {
			timeout: 15_000
		});
		await swipe(page, y, 60, 330); // left to right: previous
		await expectStep(page, 2, 'swipe right');
		// A short drag is not a swipe.
		await swipe(page, y, 200, 170);
		await expectStep(page, 2, 'short drag');
		await expectCleanPage();
	});

	test('a swipe over the slide’s text moves between steps too', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'phone', 'touch screens');
		await open(page, '#paso-2');
		await expectStep(page, 2);
		// Where a teacher's finger lands first: the title and the text.
		const y = await middleOf(page.locator('.slides h1'));
		await swipe(page, y, 330, 60);
		await expectBeat(page, at('#paso-2') + 1, 'swipe left over the title');
		await expectCleanPage();
	});
});

test.describe('deep links', () => {
	const cases: [string, string][] = [
		['#paso-4', '#paso-4'],
		['#paso-8', '#paso-8'],
		['#paso-4.2', '#paso-4.2'],
		['#paso-6.4', '#paso-6.4'],
		['#paso-4.1', '#paso-4'],
		['#paso-4.9', '#paso-4'],
		['#paso-4.', '#paso-4'],
		['#paso-99', `#paso-${COUNT}`],
		['#paso-99.2', `#paso-${COUNT}.2`],
		['#paso-0', '#paso-1'],
		['#paso--2', '#paso-1'],
		['#basura', '#paso-1'],
		['#paso-', '#paso-1'],
		['#%E0%A4%A', '#paso-1']
	];
	test('#paso-N and #paso-N.M open there; bad beats, garbage and out-of-range hashes are rewritten', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the hash is read the same on any screen');
		for (const [hash, landing] of cases) {
			await open(page, hash);
			await expectBeat(page, at(landing), `opened at ${hash}`);
		}
		// No hash: the title slide, and the URL stays bare.
		await open(page);
		await expect(counter(page)).toHaveText('Portada');
		await expect(page.locator('.slides h1')).toHaveText(story.meta.headline);
		expect(await page.evaluate(() => location.hash)).toBe('');
		await expectCleanPage();
	});

	test('a hash typed into the address bar moves the slides', async ({ page, expectCleanPage }) => {
		await open(page, '#paso-2');
		await page.evaluate(() => (location.hash = '#paso-6'));
		await expectStep(page, 6, 'typed #paso-6');
		await page.evaluate(() => (location.hash = '#paso-6.3'));
		await expectBeat(page, at('#paso-6.3'), 'typed #paso-6.3');
		await page.evaluate(() => (location.hash = '#nada'));
		await expectStep(page, 1, 'typed #nada');
		await expectCleanPage();
	});
});

test.describe('notes, full screen, idle cursor', () => {
	test('N toggles the presenter notes with the step’s question', async ({
		page,
		expectCleanPage
	}) => {
		await open(page, '#paso-3');
		const notes = page.locator('[data-notes]');
		await expect(notes).toHaveCount(0);
		await page.keyboard.press('n');
		await expect(notes).toBeVisible();
		await expect(notes).toContainText(steps[2]!.notes.question);
		// The notes follow the step, through its builds.
		for (let i = at('#paso-3') + 1; i <= at('#paso-4'); i++) {
			await page.keyboard.press('ArrowRight');
			await expectBeat(page, i);
		}
		await expect(notes).toContainText(steps[3]!.notes.question);
		await expect(bar(page).getByRole('button', { name: /Notas/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await page.keyboard.press('N');
		await expect(notes).toHaveCount(0);
		// The button does the same.
		await bar(page).getByRole('button', { name: /Notas/ }).click();
		await expect(notes).toContainText(steps[3]!.notes.question);
		await page.keyboard.press('Escape');
		await expect(notes).toHaveCount(0);
		await expectCleanPage();
	});

	test('F asks for full screen; the button says whether it is on', async ({
		page,
		expectCleanPage
	}) => {
		await open(page, '#paso-1');
		const button = bar(page).getByRole('button', { name: /Pantalla completa/ });
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		const pressedMatches = async () =>
			String(await page.evaluate(() => !!document.fullscreenElement)) ===
			(await button.getAttribute('aria-pressed'));

		await page.keyboard.press('f');
		// Headless Chromium may grant or refuse it; either way the button tells the truth.
		await expect.poll(pressedMatches).toBe(true);
		// And still after the browser's answer has surely come: two frames and a task later.
		await page.evaluate(
			() =>
				new Promise((resolve) =>
					requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))
				)
		);
		expect(await pressedMatches()).toBe(true);
		await page.keyboard.press('f');
		await expect.poll(pressedMatches).toBe(true);
		await expect.poll(() => page.evaluate(() => !!document.fullscreenElement)).toBe(false);
		await expect(button).toHaveAttribute('aria-pressed', 'false');
		// The slides still work.
		await page.keyboard.press('ArrowRight');
		await expectBeat(page, 1);
		await expectCleanPage();
	});

	test('the cursor hides after a few idle seconds and comes back on a move', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'a mouse');
		// The page's clock is the test's: the three idle seconds pass when the test says so.
		await page.clock.install();
		await open(page, '#paso-1');
		// From here time moves only when the test moves it.
		await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
		const slides = page.locator('.slides');
		await page.mouse.move(400, 300);
		await page.mouse.move(410, 310);
		await expect(slides).not.toHaveClass(/\bidle\b/);
		await page.clock.runFor(2_900);
		await expect(slides).not.toHaveClass(/\bidle\b/);
		await page.clock.runFor(200);
		await expect(slides).toHaveClass(/\bidle\b/);
		expect(await page.locator('.slides h1').evaluate((h1) => getComputedStyle(h1).cursor)).toBe(
			'none'
		);
		await page.mouse.move(420, 320);
		await expect(slides).not.toHaveClass(/\bidle\b/);
		await expectCleanPage();
	});
});

test.describe('presenter window', () => {
	test('the projected and the presenter windows stay on the same step, both ways', async ({
		page,
		context,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'a laptop and a projector');
		const presenter = await context.newPage();
		const presenterErrors: string[] = [];
		presenter.on('console', (m) => {
			if (m.type() === 'error' || m.type() === 'warning') presenterErrors.push(m.text());
		});
		presenter.on('pageerror', (e) => presenterErrors.push(e.message));

		await open(page, '#paso-2');
		await presenter.goto('/presentar?vista=presentador#paso-2');
		const presenterView = presenter.locator('[data-presenter]');
		await expect(presenterView).toBeVisible();
		await expect(presenterView.locator('h1')).toHaveText(steps[1]!.title);
		await expect(presenterView).toContainText(steps[1]!.notes.question);
		// The current beat, and «A continuación»: the next one.
		const two = at('#paso-2');
		await expect(presenterView.locator('[data-presenter-beat="current"]')).toHaveText(
			plain(beats[two]!.text)
		);
		await expect(presenterView.locator('[data-presenter-beat="next"]')).toHaveText(
			plain(beats[two + 1]!.text)
		);

		// → on the projector moves the presenter.
		await page.bringToFront();
		await page.keyboard.press('ArrowRight');
		await expectBeat(page, two + 1, 'projector →');
		await expect(presenterView.locator('[data-presenter-beat="current"]')).toHaveText(
			plain(beats[two + 1]!.text)
		);
		await expect.poll(() => presenter.evaluate(() => location.hash)).toBe(beats[two + 1]!.hash);

		// «Siguiente» in the presenter view moves the projector.
		await presenter.bringToFront();
		await presenterView.getByRole('button', { name: /Siguiente/ }).click();
		await expectBeat(page, two + 2, 'presenter «Siguiente»');
		await expect(presenterView.locator('h1')).toHaveText(beats[two + 2]!.step.title);
		await expect(presenterView).toContainText(`${beats[two + 2]!.stepNumber} de ${COUNT}`);
		await presenterView.getByRole('button', { name: /Anterior/ }).click();
		await expectBeat(page, two + 1, 'presenter «Anterior»');

		expect(presenterErrors, 'presenter window console').toEqual([]);
		await presenter.close();
		await expectCleanPage();
	});

	test('a popup blocker does not stop the presenter view: it opens in a tab, and the slides say so', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'a laptop');
		await open(page, '#paso-2');
		// A blocker refuses popups with window features; a plain new tab still opens.
		await page.evaluate(() => {
			const open = window.open.bind(window);
			window.open = (url?: string | URL, target?: string, features?: string) =>
				features ? null : open(url, target);
		});
		const tab = page.waitForEvent('popup');
		await page.keyboard.press('p');
		const opened = await tab;
		expect(new URL(opened.url()).searchParams.get('vista')).toBe('presentador');
		await expect(page.locator('[data-presenter-notice="tab"]')).toContainText('pestaña');
		await opened.close();

		// Blocked both ways: a link to open it by hand.
		await page.evaluate(() => (window.open = () => null));
		await page.keyboard.press('p');
		const notice = page.locator('[data-presenter-notice="blocked"]');
		await expect(notice).toBeVisible();
		await expect(notice.getByRole('link')).toHaveAttribute(
			'href',
			'/presentar?vista=presentador#paso-2'
		);
		await expectCleanPage();
	});

	test('P opens the presenter view at the current step', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'a laptop');
		await open(page, '#paso-5');
		const popupPromise = page.waitForEvent('popup');
		await page.keyboard.press('p');
		const popup = await popupPromise;
		await popup.waitForLoadState();
		const url = new URL(popup.url());
		expect(url.pathname).toBe('/presentar');
		expect(url.searchParams.get('vista')).toBe('presentador');
		expect(url.hash).toBe('#paso-5');
		await expect(popup.locator('[data-presenter] h1')).toHaveText(steps[4]!.title);
		await popup.close();
		await expectCleanPage();
	});
});

// ---------------------------------------------------------------------------------------------

test.describe('QR code', () => {
	test('Q shows a QR code that opens the current step of the reader version', async ({
		page,
		baseURL,
		expectCleanPage
	}) => {
		const origin = new URL(baseURL!).origin;
		await open(page, '#paso-3');
		await page.keyboard.press('q');
		const dialog = page.getByRole('dialog', { name: 'Código QR' });
		await expect(dialog).toBeVisible();
		const qr = dialog.locator('[data-qr]');
		// The step's own page, which link previews and phones know how to show.
		await expect(qr).toHaveAttribute('data-qr', `${origin}/paso/3`);
		expect(await decodeQr(qr)).toBe(`${origin}/paso/3`);
		await expect(dialog).toContainText(`${origin}/paso/3`);

		// The code follows the step (not its builds).
		await page.keyboard.press('ArrowRight');
		await expectBeat(page, at('#paso-3') + 1);
		expect(await decodeQr(dialog.locator('[data-qr]'))).toBe(`${origin}/paso/3`);
		await page.evaluate(() => (location.hash = '#paso-4'));
		await expectStep(page, 4);
		expect(await decodeQr(dialog.locator('[data-qr]'))).toBe(`${origin}/paso/4`);

		await page.keyboard.press('Escape');
		await expect(dialog).toHaveCount(0);
		await page.keyboard.press('q');
		await expect(dialog).toBeVisible();
		await dialog.getByRole('button', { name: /Cerrar/ }).click();
		await expect(dialog).toHaveCount(0);
		await expectCleanPage();
	});

	test('the title slide’s QR code opens the story', async ({ page, baseURL, expectCleanPage }) => {
		const origin = new URL(baseURL!).origin;
		await open(page);
		await expect(counter(page)).toHaveText('Portada');
		const qr = page.locator('.slides [data-qr]');
		await expect(qr).toHaveCount(1);
		await expect(qr).toBeVisible();
		expect(await decodeQr(qr)).toBe(`${origin}/`);
		await expectCleanPage();
	});
});

// ---------------------------------------------------------------------------------------------

function hasPoppler(): boolean {
	try {
		execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
		execFileSync('pdfinfo', ['-v'], { stdio: 'ignore' });
		execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

const squashText = (text: string) =>
	text
		.normalize('NFC')
		.replace(/\u00ad/g, '')
		.replace(/-\n/g, '-')
		.replace(/\s+/g, ' ')
		.trim();

test.describe('print handout', () => {
	test('a PDF printed with Chromium has one page per step, then the events and the questions', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'page.pdf() renders the same on any project');
		test.setTimeout(60_000);
		await open(page);
		// As a browser's print preview does, lay the print out and let every image arrive (the
		// handout's images are lazy: see the next test for printing without this).
		await page.emulateMedia({ media: 'print' });
		for (const image of await page.locator('.handout img').all()) {
			await image.scrollIntoViewIfNeeded();
			await expect
				.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
				.toBe(true);
		}
		await page.evaluate(() => window.scrollTo(0, 0));
		const pdf = await page.pdf({ format: 'A4', printBackground: true });
		const dir = mkdtempSync(join(tmpdir(), 'presentar-pdf-'));
		const file = join(dir, 'presentar.pdf');
		writeFileSync(file, pdf);
		writeFileSync(testInfo.outputPath('presentar.pdf'), pdf);

		if (!hasPoppler()) {
			// Without poppler-utils: count the page objects in the file.
			const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
			expect(pages).toBeGreaterThanOrEqual(COUNT + 2);
			testInfo.annotations.push({
				type: 'note',
				description:
					'poppler-utils (pdftotext, pdfinfo, pdftoppm) not installed: only the page count was checked'
			});
			await expectCleanPage();
			return;
		}

		const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
		const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
		const pageText = (n: number) =>
			squashText(
				execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-'], {
					encoding: 'utf8'
				})
			);
		const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
		testInfo.attach('pages', {
			body: texts.map((t, i) => `--- page ${i + 1}\n${t.slice(0, 300)}`).join('\n'),
			contentType: 'text/plain'
		});

		// 8 steps + at least one page of events + the questions page.
		expect(pages, 'pages in the PDF').toBeGreaterThanOrEqual(COUNT + 2);
		for (const [i, text] of texts.entries()) {
			expect(text.length, `page ${i + 1} is not blank`).toBeGreaterThan(40);
		}
		// Page N is step N, and only step N.
		for (const [i, step] of steps.entries()) {
			const text = texts[i]!;
			expect(text, `page ${i + 1} holds step ${i + 1}`).toContain(squashText(step.title));
			expect(text, `page ${i + 1}`).toContain(`PASO ${i + 1}`);
			for (const [j, other] of steps.entries()) {
				if (j === i) continue;
				expect(text, `page ${i + 1} has no step ${j + 1} kicker`).not.toContain(`PASO ${j + 1} ·`);
				expect(text, `page ${i + 1} has no step ${j + 1} title`).not.toContain(
					squashText(other.title)
				);
			}
		}
		// Every step page shows its map: the top of the page is mostly drawn, not white paper.
		for (let n = 1; n <= COUNT; n++) {
			const png = PNG.sync.read(
				execFileSync('pdftoppm', ['-r', '20', '-png', '-f', `${n}`, '-l', `${n}`, file])
			);
			let drawn = 0;
			let total = 0;
			for (let y = Math.round(png.height * 0.1); y < png.height * 0.4; y++) {
				for (let x = Math.round(png.width * 0.2); x < png.width * 0.8; x++) {
					const i = (y * png.width + x) * 4;
					total++;
					if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 245) drawn++;
				}
			}
			expect(drawn / total, `page ${n}: share of the map area that is drawn`).toBeGreaterThan(0.3);
		}

		// Then the event table, then the questions, last.
		const eventPages = texts.slice(COUNT, -1);
		expect(eventPages.length).toBeGreaterThanOrEqual(1);
		const last = texts.at(-1)!;
		expect(last).toContain('Preguntas para el debate');
		for (const step of steps) expect(last).toContain(squashText(step.notes.question));
		// The slides and their controls do not print.
		for (const text of texts) expect(text).not.toContain('Pantalla completa');
		await expectCleanPage();
	});

	test('the handout’s maps and timelines are loaded before anyone prints', async ({
		page,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'the same on any project');
		// Printing right after opening the page (Ctrl+P, or page.pdf()) must not catch the maps
		// still unloaded: a lazy image inside the hidden handout only starts loading once the print
		// layout exists, and page.pdf() then intermittently prints blank maps and timelines.
		await open(page);
		const images = page.locator('.handout img');
		expect(await images.count()).toBeGreaterThanOrEqual(COUNT);
		await expect
			.poll(
				() =>
					images.evaluateAll((all) =>
						(all as HTMLImageElement[])
							.filter((img) => !(img.complete && img.naturalWidth > 0))
							.map((img) => `${img.getAttribute('src')} (loading=${img.loading})`)
					),
				{ message: 'handout images not loaded 5 s after opening /presentar', timeout: 5_000 }
			)
			.toEqual([]);
		await expectCleanPage();
	});
});

// ---------------------------------------------------------------------------------------------

test.describe('offline', () => {
	test('the offline cache waits until the page has started and the reader pauses; embeds never download it', async ({
		page,
		browser,
		baseURL,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'one project is enough for the cache');
		const registrations = (p: Page) =>
			p.evaluate(() => navigator.serviceWorker.getRegistrations().then((all) => all.length));

		// The page's clock is the test's: the reader's pauses last as long as the test says.
		await page.clock.install();
		await installStartProbe(page);
		await page.goto('/');
		await waitForAppStart(page);
		// Not while the story starts (its download would compete with the page's own scripts)...
		expect(await registrations(page)).toBe(0);
		// ...nor while the reader scrolls, for longer than the quiet time it waits for...
		for (let i = 0; i < 8; i++) {
			await page.mouse.wheel(0, 150);
			await page.clock.runFor(400);
		}
		expect(await registrations(page)).toBe(0);
		// ...but once they pause for its quiet time (2 s), and the browser is idle (at most 5 s), on its own.
		await page.clock.runFor(2_500 + 5_000);
		await expect.poll(() => registrations(page), { timeout: 15_000 }).toBe(1);
		await expectCleanPage();

		// An embed in a news site: no worker, however long the reader stays.
		const context = await browser.newContext({ baseURL });
		const embed = await context.newPage();
		try {
			await embed.clock.install();
			await installStartProbe(embed);
			await embed.goto('/embed/historia');
			await waitForAppStart(embed);
			// Long past any quiet time the story would wait for.
			await embed.clock.runFor(10_000);
			expect(await registrations(embed)).toBe(0);
		} finally {
			await context.close();
		}
	});

	test('after one visit, /presentar, /guia and / load with the network off', async ({
		page,
		context,
		expectCleanPage
	}, testInfo) => {
		test.skip(testInfo.project.name !== 'desktop', 'one project is enough for the cache');
		test.setTimeout(60_000);
		await page.goto('/');
		await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
		await page.waitForFunction(() => !!navigator.serviceWorker.controller, undefined, {
			timeout: 20_000
		});

		await context.setOffline(true);
		// Really offline, service worker included: a page it never cached cannot load.
		const probe = await page.evaluate(() =>
			fetch(`/nunca-cacheado-${Date.now()}.txt`).then(
				(response) => `status ${response.status}`,
				() => 'network error'
			)
		);
		expect(probe).toBe('network error');

		await page.goto('/presentar#paso-3');
		await expect(page.locator('.slides h1')).toBeVisible();
		await expect(bar(page).getByRole('button', { name: /Notas/ })).toBeEnabled();
		await expectStep(page, 3, 'offline');
		await page.keyboard.press('ArrowRight');
		await expectBeat(page, at('#paso-3') + 1, 'offline →');
		// The map still draws (vector basemap from the site itself).
		await expect(page.locator('[data-map][data-center]')).toHaveCount(1, { timeout: 15_000 });

		await page.goto('/guia');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(story.meta.headline);

		await page.goto('/presentar?vista=presentador#paso-2');
		await expect(page.locator('[data-presenter] h1')).toHaveText(steps[1]!.title);

		await context.setOffline(false);
		await expectCleanPage({ ignoreConsole: ignoreFailedLoads });
	});
});
