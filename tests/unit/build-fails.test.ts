// The promise to editors: a mistake in data/ stops `vite build` with the validator's line, not a
// stack trace to dig through. Only a real build proves the plugin wires that up, so this runs one.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, expect, test } from 'vitest';

const root = process.cwd();
// Inside the project so that the error line shows a short relative path, as it would for data/.
const tmpParent = join(root, '.data-test-tmp');

afterAll(() => rmSync(tmpParent, { recursive: true, force: true }));

function run(command: string, args: string[], env: NodeJS.ProcessEnv) {
	return new Promise<{ code: number | null; output: string }>((done, fail) => {
		const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		child.on('error', fail);
		child.on('close', (code) => done({ code, output }));
	});
}

/** A copy of data/ to break, inside the project. */
function copyOfData(): string {
	mkdirSync(tmpParent, { recursive: true });
	const dir = mkdtempSync(join(tmpParent, 'data-'));
	cpSync(join(root, 'data'), dir, { recursive: true });
	return dir;
}

// The build must behave as it does from a shell, not inherit the test runner's mode.
const shellEnv = () =>
	Object.fromEntries(
		Object.entries(process.env).filter(([key]) => !/^(VITEST|NODE_ENV$|MODE$|TEST$)/.test(key))
	);

test('vite build stops on a bad date with one line naming file, record and field', async () => {
	const dir = copyOfData();

	const file = join(dir, 'events.json');
	const json = JSON.parse(readFileSync(file, 'utf8'));
	const id = json.events[7].id as string;
	json.events[7].date = '2024-13-24';
	writeFileSync(file, JSON.stringify(json, null, 2));

	const { code, output } = await run('npx', ['vite', 'build'], { ...shellEnv(), DATA_DIR: dir });

	const shown = relative(root, dir);
	expect(code, output).not.toBe(0);
	expect(output).toContain(
		`${shown}/events.json › events[7] (${id}) › date: "2024-13-24" is not a valid date (YYYY-MM-DD, or YYYY-MM)`
	);
	expect(output).toContain('1 problem');
	expect(output).not.toMatch(/^\s+at /m);
	expect(output).not.toMatch(/\bError:/);
}, 120_000);

test('the English build stops on a Spanish text with no English one, naming file, record and field', async () => {
	const dir = copyOfData();
	const file = join(dir, 'en', 'story.json');
	const json = JSON.parse(readFileSync(file, 'utf8'));
	const id = json.steps[5].id as string;
	delete json.steps[5].beats[1].text;
	writeFileSync(file, JSON.stringify(json, null, 2));

	const { code, output } = await run('npx', ['vite', 'build'], {
		...shellEnv(),
		DATA_DIR: dir,
		LOCALE: 'en'
	});

	const shown = relative(root, dir);
	expect(code, output).not.toBe(0);
	expect(output).toContain(`${shown}/en/story.json › steps[5] (${id}) › beats[1].text: has no en text`);
	expect(output).toContain('1 problem');
	expect(output).not.toMatch(/^\s+at /m);
}, 120_000);
