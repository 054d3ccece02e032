declare module 'virtual:basemap' {
	const basemap: import('geojson').FeatureCollection<
		import('geojson').Polygon | import('geojson').MultiPolygon,
		{ iso: string }
	>;
	export default basemap;
	/** The same shapes simplified further, finest first, for wide views ($lib/map/basemap-level). */
	export const coarser: { minWeight: number; basemap: typeof basemap }[];
}

declare module 'virtual:basemap-overlay' {
	const overlay: {
		/** Where the overlay sits, [[south, west], [north, east]]: the basemap's extent. */
		bounds: [[number, number], [number, number]];
		/** Width and height of the SVG's user space (Web Mercator pixels). */
		size: [number, number];
		/** One SVG path per country (ISO 3166-1 numeric code). */
		countries: { iso: string; d: string }[];
	};
	export default overlay;
}
