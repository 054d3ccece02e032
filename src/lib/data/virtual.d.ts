declare module 'virtual:dataset' {
	const dataset: Omit<import('./types').Dataset, 'guide'>;
	export default dataset;
}

declare module 'virtual:guide' {
	const guide: import('./types').Dataset['guide'];
	export default guide;
}
