// The 1200×630 picture a link preview shows for /paso/N (Open Graph, Twitter card): the step's
// static map beside its date, title and the site's name, composed as one SVG and rasterised at
// build time by resvg. Fonts come from an npm package (Noto Sans, OFL) and never from the system,
// so every machine that builds the site draws the same picture, with no network.
import { createRequire } from 'node:module';
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { t } from '$lib/i18n';
import { lightToken } from '$lib/theme/theme';

export const SHARE_WIDTH = 1200;
export const SHARE_HEIGHT = 630;
/** The map's box: the right-hand part of the picture, full height. */
export const SHARE_MAP_FRAME = { width: 660, height: SHARE_HEIGHT, inset: 0.1 };

const PANEL = SHARE_WIDTH - SHARE_MAP_FRAME.width;
const MARGIN = 56;
const TEXT_WIDTH = PANEL - 2 * MARGIN;
const FAMILY = 'Noto Sans';

const require = createRequire(import.meta.url);
const font = (file: string) => require.resolve(`@expo-google-fonts/noto-sans/${file}`);
const FONT_OPTIONS: ResvgRenderOptions['font'] = {
	loadSystemFonts: false,
	fontFiles: [font('400Regular/NotoSans_400Regular.ttf'), font('700Bold/NotoSans_700Bold.ttf')],
	// The map file names system fonts (system-ui, Roboto, …): all of them fall back to this one.
	defaultFontFamily: FAMILY,
	sansSerifFamily: FAMILY
};

const escapeXml = (text: string) =>
	text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Width of a word in `weight`, at 100 px (text scales linearly: resvg does no hinting). */
const wordWidths = new Map<string, number>();
function wordWidth(word: string, weight: 400 | 700): number {
	const key = `${weight} ${word}`;
	let width = wordWidths.get(key);
	if (width === undefined) {
		const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="${FAMILY}" font-weight="${weight}" font-size="100">${escapeXml(word)}</text></svg>`;
		width = new Resvg(svg, { font: FONT_OPTIONS }).getBBox()?.width ?? word.length * 60;
		wordWidths.set(key, width);
	}
	return width;
}
/** Noto Sans's space is 0.26 em wide. */
const SPACE = 26;

/** Greedy line breaks for `text` in `size` px, no line wider than `width`. */
function wrap(text: string, size: number, weight: 400 | 700, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const w = (wordWidth(word, weight) * size) / 100;
		const withWord = line ? lineWidth + (SPACE * size) / 100 + w : w;
		if (line && withWord > width) {
			lines.push(line);
			line = word;
			lineWidth = w;
		} else {
			line = line ? `${line} ${word}` : word;
			lineWidth = withWord;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** The largest title size whose lines fit (at most four), and those lines. */
function fitTitle(title: string): { size: number; lines: string[] } {
	for (const size of [54, 48, 44, 40, 36]) {
		const lines = wrap(title, size, 700, TEXT_WIDTH);
		if (lines.length <= 4) return { size, lines };
	}
	return { size: 32, lines: wrap(title, 32, 700, TEXT_WIDTH) };
}

export interface ShareImageStep {
	number: number;
	kicker: string;
	title: string;
}

/**
 * The picture as SVG: the text panel on the left, the map file on the right. The map file must be
 * in plain colours (`colours: 'light'`): resvg reads no custom properties.
 */
export function shareImageSvg(step: ShareImageStep, total: number, mapSvg: string): string {
	const [paper, ink, inkSoft, rule, accent] = ['paper', 'ink', 'ink-soft', 'rule', 'ru'].map(
		lightToken
	);
	const kicker = wrap(step.kicker, 24, 400, TEXT_WIDTH).slice(0, 2);
	const title = fitTitle(step.title);
	const titleLead = Math.round(title.size * 1.18);
	// Kicker and title sit together in the panel's middle, between the name and the step count.
	const blockHeight = kicker.length * 34 + 20 + title.lines.length * titleLead;
	const top = Math.max(150, Math.round((SHARE_HEIGHT - blockHeight) / 2));
	const kickerBaseline = (i: number) => top + 24 + i * 34;
	const titleBaseline = (i: number) =>
		top + kicker.length * 34 + 20 + title.size + i * titleLead - 8;
	const text = (x: number, y: number, style: string, content: string) =>
		`<text x="${x}" y="${y}" style="font-family:'${FAMILY}';stroke:none;paint-order:normal;text-transform:none;letter-spacing:0;${style}">${escapeXml(content)}</text>`;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" viewBox="0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}">`,
		`<rect width="${SHARE_WIDTH}" height="${SHARE_HEIGHT}" fill="${paper}"/>`,
		// The map file inline (an <image> would be drawn without our fonts). The panel's own text
		// states its look in style attributes, which win over any rule of the map's stylesheet.
		`<g transform="translate(${PANEL} 0)">${mapSvg}</g>`,
		`<rect x="${PANEL - 1}" width="1" height="${SHARE_HEIGHT}" fill="${rule}"/>`,
		`<rect x="${MARGIN}" y="${MARGIN}" width="48" height="6" fill="${accent}"/>`,
		text(MARGIN, MARGIN + 44, `font-weight:700;font-size:26px;fill:${ink}`, t.siteName),
		...kicker.map((line, i) =>
			text(MARGIN, kickerBaseline(i), `font-weight:400;font-size:24px;fill:${inkSoft}`, line)
		),
		...title.lines.map((line, i) =>
			text(MARGIN, titleBaseline(i), `font-weight:700;font-size:${title.size}px;fill:${ink}`, line)
		),
		text(
			MARGIN,
			SHARE_HEIGHT - MARGIN,
			`font-weight:400;font-size:22px;fill:${inkSoft}`,
			t.step.labelOf(step.number, total)
		),
		'</svg>'
	].join('');
}

/** The picture as PNG bytes. */
export function shareImagePng(
	step: ShareImageStep,
	total: number,
	mapSvg: string
): Uint8Array<ArrayBuffer> {
	const svg = shareImageSvg(step, total, mapSvg);
	const png = new Resvg(svg, {
		font: FONT_OPTIONS,
		fitTo: { mode: 'width', value: SHARE_WIDTH }
	})
		.render()
		.asPng();
	return new Uint8Array(png);
}
