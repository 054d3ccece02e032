// Every interface string in every edition: the dictionaries are typed alike (svelte-check catches
// a gap), and the build checks them too, so that `vite build` alone never publishes an edition
// with a missing, empty or extra string.
type Dictionary = { readonly [key: string]: unknown };

/** One line per difference between the Spanish dictionary and another edition's. */
export function compareDictionaries(
	spanish: Dictionary,
	other: Dictionary,
	file: string,
	path = ''
): string[] {
	const errors: string[] = [];
	const at = (key: string) => (path ? `${path}.${key}` : key);
	for (const [key, value] of Object.entries(spanish)) {
		const counterpart = other[key];
		const where = `${file} › ${at(key)}`;
		if (counterpart === undefined) errors.push(`${where}: missing (es.ts has it)`);
		else if (typeof value !== typeof counterpart) {
			errors.push(`${where}: is a ${typeof counterpart}; es.ts has a ${typeof value}`);
		} else if (typeof value === 'string' && !(counterpart as string).trim()) {
			errors.push(`${where}: is empty`);
		} else if (typeof value === 'function' && value.length !== (counterpart as () => void).length) {
			errors.push(
				`${where}: takes ${(counterpart as () => void).length} arguments; es.ts takes ${value.length}`
			);
		} else if (typeof value === 'object' && value !== null) {
			errors.push(
				...compareDictionaries(value as Dictionary, counterpart as Dictionary, file, at(key))
			);
		}
	}
	for (const key of Object.keys(other)) {
		if (!(key in spanish)) errors.push(`${file} › ${at(key)}: not in es.ts`);
	}
	return errors;
}
