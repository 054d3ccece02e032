// Leaflet's source modules, which $lib/map/leaflet-core.js puts together: untyped here, as the
// app reaches them only through `leaflet`, whose types are @types/leaflet's.
declare module 'leaflet/src/*';
