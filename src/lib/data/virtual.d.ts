declare module 'virtual:dataset' {
	const dataset: import('./types').Dataset;
	export default dataset;
}
