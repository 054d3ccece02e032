// Vite plugin: reads data/ once per build, validates it, and serves the typed dataset to the app
// as the modules `virtual:dataset` (the core a hydrated page needs), `virtual:dataset-details`
// (what the live graphic says besides) and `virtual:dataset-text` (the prose; see split.ts). Bad data stops `vite build` with one line per problem and no
// stack trace; in dev the same lines show in the error overlay.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { uneval } from 'devalue';
import type { Plugin, ResolvedConfig } from 'vite';
import { edition } from '../../../scripts/edition.js';
import { compareDictionaries } from '../i18n/check.ts';
import { en } from '../i18n/en.ts';
import { enPages } from '../i18n/en-pages.ts';
import { es } from '../i18n/es.ts';
import { esPages } from '../i18n/es-pages.ts';
import { splitDataset } from './split.ts';
import { DATA_FILES, validateDataset, type RawData, type Validation } from './validate.ts';

const VIRTUAL_ID = 'virtual:dataset';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const TEXT_ID = 'virtual:dataset-text';
const RESOLVED_TEXT_ID = `\0${TEXT_ID}`;
const DETAILS_ID = 'virtual:dataset-details';
const RESOLVED_DETAILS_ID = `\0${DETAILS_ID}`;
// The teacher's guide is only read by /guia: a module of its own keeps it out of other pages.
const GUIDE_ID = 'virtual:guide';
const RESOLVED_GUIDE_ID = `\0${GUIDE_ID}`;

export function readData(dir: string, root = process.cwd(), locale = 'es'): RawData {
	const readFiles = (folder: string) => {
		const files: RawData['files'] = {};
		for (const name of DATA_FILES) {
			const path = join(folder, name);
			if (existsSync(path)) files[name] = readFileSync(path, 'utf8');
		}
		return files;
	};
	const files = readFiles(dir);
	const overlays = locale === 'es' ? undefined : readFiles(join(dir, locale));
	const seeds: RawData['seeds'] = {};
	const seedDir = join(dir, 'seeds');
	if (existsSync(seedDir)) {
		for (const name of readdirSync(seedDir).filter((file) => file.endsWith('.txt'))) {
			seeds[basename(name, '.txt')] = readFileSync(join(seedDir, name), 'utf8');
		}
	}
	return { files, seeds, dir: relative(root, dir) || '.', locale, overlays };
}

export function formatErrors(errors: string[]): string {
	const count = errors.length === 1 ? '1 problem' : `${errors.length} problems`;
	return `The data in data/ has ${count}; fix it and build again:\n${errors.map((line) => `  ${line}`).join('\n')}`;
}

export function datasetPlugin(): Plugin {
	let config: ResolvedConfig;
	let dir: string;
	let current: Validation | undefined;

	const validate = () => (current ??= validateDataset(readData(dir, config.root, edition())));

	return {
		name: 'moscu-pionyang:dataset',
		configResolved(resolved) {
			config = resolved;
			dir = resolve(resolved.root, process.env.DATA_DIR ?? 'data');
		},
		buildStart() {
			const result = validate();
			const errors = [
				...(result.ok ? [] : result.errors),
				...compareDictionaries(es, en, 'src/lib/i18n/en.ts'),
				...compareDictionaries(esPages, enPages, 'src/lib/i18n/en-pages.ts')
			];
			if (errors.length && config.command === 'build') {
				// A thrown error would print Vite's stack trace around the message.
				console.error(`\n${formatErrors(errors)}\n`);
				process.exit(1);
			}
		},
		resolveId(id) {
			if (id === VIRTUAL_ID) return RESOLVED_ID;
			if (id === TEXT_ID) return RESOLVED_TEXT_ID;
			if (id === DETAILS_ID) return RESOLVED_DETAILS_ID;
			if (id === GUIDE_ID) return RESOLVED_GUIDE_ID;
			return undefined;
		},
		load(id) {
			if (![RESOLVED_ID, RESOLVED_TEXT_ID, RESOLVED_DETAILS_ID, RESOLVED_GUIDE_ID].includes(id))
				return undefined;
			const result = validate();
			if (!result.ok) throw new Error(formatErrors(result.errors));
			if (id === RESOLVED_GUIDE_ID) return `export default ${uneval(result.dataset.guide)};`;
			const parts = splitDataset(result.dataset);
			const part = { [RESOLVED_ID]: parts.core, [RESOLVED_DETAILS_ID]: parts.details }[id];
			return `export default ${uneval(part ?? parts.text)};`;
		},
		configureServer(server) {
			server.watcher.add(dir);
			server.watcher.on('change', (file) => {
				if (!file.startsWith(dir)) return;
				current = undefined;
				for (const resolved of [
					RESOLVED_ID,
					RESOLVED_TEXT_ID,
					RESOLVED_DETAILS_ID,
					RESOLVED_GUIDE_ID
				]) {
					const module = server.moduleGraph.getModuleById(resolved);
					if (module) server.moduleGraph.invalidateModule(module);
				}
				server.ws.send({ type: 'full-reload' });
			});
		}
	};
}
