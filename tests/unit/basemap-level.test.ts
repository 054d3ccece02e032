// A static map draws the basemap simplified for its scale: the finest shapes for the story's close
// views, coarser ones as a view widens, and the coarser shapes really are lighter.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildBasemap, COARSER_WEIGHTS } from '../../scripts/basemap';
import { basemapFor, type BasemapLevel } from '$lib/map/basemap-level';

const finest = buildBasemap();
const coarser: BasemapLevel[] = COARSER_WEIGHTS.map((minWeight) => ({
	minWeight,
	basemap: buildBasemap(minWeight)
}));
const storyCountries = (
	JSON.parse(readFileSync('data/countries.json', 'utf8')) as { countries: { iso: string }[] }
).countries.map((c) => c.iso);
const vertices = (basemap: ReturnType<typeof buildBasemap>) =>
	basemap.features
		.flatMap((f) =>
			f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()
		)
		.flat().length;

describe('basemapFor', () => {
	test.each([
		// px per degree (the story's views span about 4 to 73), the level drawn
		['the closest view (Vladivostok, Jasán)', 73, 'finest'],
		['a view of the Korean peninsula and the Russian Far East', 17.7, 'finest'],
		['the Russian Far East with Vostochny', 5.8, 0.18],
		['Moscow to Pyongyang', 4.8, 0.3],
		['Kyiv to Pyongyang, the widest', 3.9, 0.3]
	])('%s (%s px a degree) draws the %s shapes', (_view, pxPerDegree, level) => {
		const expected =
			level === 'finest' ? finest : coarser.find((l) => l.minWeight === level)!.basemap;
		expect(basemapFor(pxPerDegree, finest, coarser)).toBe(expected);
	});

	test('without coarser shapes, every view draws the finest', () => {
		expect(basemapFor(3.9, finest)).toBe(finest);
	});

	test('each level keeps the countries the story names, with fewer vertices', () => {
		let previous = vertices(finest);
		for (const { minWeight, basemap } of coarser) {
			const drawn = basemap.features.map((f) => f.properties.iso);
			expect(drawn, `countries at ${minWeight}`).toEqual(expect.arrayContaining(storyCountries));
			const count = vertices(basemap);
			expect(count, `vertices at ${minWeight}`).toBeLessThan(previous);
			previous = count;
		}
	});
});
