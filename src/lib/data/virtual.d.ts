declare module 'virtual:dataset' {
	const core: import('./types').StoryCore;
	export default core;
}

declare module 'virtual:dataset-details' {
	const details: import('./types').StoryDetails;
	export default details;
}

declare module 'virtual:dataset-text' {
	const text: import('./types').StoryText;
	export default text;
}

declare module 'virtual:guide' {
	const guide: import('./types').Dataset['guide'];
	export default guide;
}
