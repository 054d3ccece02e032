// What a screen reader gets from each step of the story: the accessibility tree of every step card
// (Playwright's aria snapshot), reviewed and committed as a11y-aria-snapshots.test.ts-snapshots/
// <step id>.aria.yml. Each carries the step's kicker, title (a heading), its beats and the text
// alternative of the graphic, «Qué muestra el gráfico: …», wherever a beat changes it. Beside the committed snapshots the
// test checks those parts against data/story.json, so a regenerated snapshot cannot silently drop
// them. Desktop only: the tree does not depend on the width.
import { beats, expect, plainCopy, squash, steps, test } from './helpers';
import { scrollToStep } from './hardening-shared';

interface StepCopy {
	description: string;
	kicker: string;
}

test.describe('aria snapshots of the story’s steps', () => {
	test.skip(({ isMobile }) => isMobile, 'desktop project only');

	test('every step card', async ({ page, expectCleanPage }) => {
		test.setTimeout(60_000);
		await page.goto('/');
		for (const [i, step] of steps.entries()) {
			await test.step(`paso-${i + 1}: ${step.id}`, async () => {
				await scrollToStep(page, i + 1);
				const card = page.locator(`[data-step="${step.id}"]`);
				await expect(card).toHaveAttribute('data-active', 'true');

				// The tree carries the step's copy (checked against the data, not the baseline).
				const tree = await card.ariaSnapshot();
				const spoken = spokenText(tree);
				const copy = step as typeof step & StepCopy;
				expect.soft(tree).toContain(`heading ${JSON.stringify(step.title)} [level=2]`);
				const ofStep = beats.filter((beat) => beat.step === step);
				for (const piece of [
					copy.kicker,
					step.title,
					...ofStep.map((beat) => plainCopy(beat.text)),
					...ofStep
						.filter((beat, j) => j === 0 || beat.description !== ofStep[j - 1]!.description)
						.map((beat) => `Qué muestra el gráfico: ${beat.description}`)
				]) {
					expect
						.soft(spoken, `the tree of paso-${i + 1} reads «${piece.slice(0, 50)}…»`)
						.toContain(normalize(piece));
				}

				// And it matches the reviewed snapshot.
				await expect.soft(card).toMatchAriaSnapshot({ name: `${step.id}.aria.yml` });
			});
		}
		await expectCleanPage();
	});
});

/** Spaces as a text split by inline elements (emphasis, links) reads once joined. */
const normalize = (text: string) =>
	squash(text)
		.replace(/ ([,.;:)»])/g, '$1')
		.replace(/([(«]) /g, '$1');

/**
 * The text a screen reader gets from an aria snapshot: every node's name and text, in order,
 * without the role names (`- paragraph:`, `- emphasis:`, `- heading "…" [level=2]`).
 */
function spokenText(tree: string): string {
	const parts: string[] = [];
	for (let line of tree.split('\n')) {
		// A key with ": " in it is a YAML single-quoted scalar: - 'heading "A: B" [level=2]'
		const quoted = /^(\s*- )'((?:[^']|'')*)'(:.*)?$/.exec(line);
		if (quoted) line = `${quoted[1]}${quoted[2]!.replace(/''/g, "'")}${quoted[3] ?? ''}`;
		const match = /^\s*- [\w-]+(?: ("(?:[^"\\]|\\.)*"))?(?: \[[^\]]*\])*(?::\s*(.*))?$/.exec(line);
		if (!match) continue;
		for (const value of [match[1], match[2]]) {
			if (!value) continue;
			parts.push(value.startsWith('"') && value.endsWith('"') ? JSON.parse(value) : value);
		}
	}
	return normalize(parts.join(' '));
}
