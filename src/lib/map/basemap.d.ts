declare module 'virtual:basemap' {
	const basemap: import('geojson').FeatureCollection<
		import('geojson').Polygon | import('geojson').MultiPolygon,
		{ iso: string }
	>;
	export default basemap;
}
