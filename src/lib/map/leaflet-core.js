// The part of Leaflet the map uses, from the library's own source modules (which its package ships
// for custom builds), and what `leaflet` resolves to in the app (vite.config.ts); its types are
// still @types/leaflet's. Leaflet 1.9's ES module build is one module with side effects that no
// bundler can prune: every layer, control and handler defines itself as it loads. Its evaluation
// is the reader's first interaction's longest task on a slow phone (50-85 ms at 4x CPU); without
// GeoJSON, popups, tooltips, the canvas's and video's layers and the layers and scale controls,
// 35-48 ms, and a quarter fewer bytes. The map's module imports this one; what it needs and is
// missing here fails its component tests (tests/component/leaflet-map.test.ts) at once.
// Each handler registers itself on the map as it loads; the Explorar toggle turns them on.
import 'leaflet/src/map/handler/Map.BoxZoom';
import 'leaflet/src/map/handler/Map.DoubleClickZoom';
import 'leaflet/src/map/handler/Map.Drag';
import 'leaflet/src/map/handler/Map.Keyboard';
import 'leaflet/src/map/handler/Map.ScrollWheelZoom';
import 'leaflet/src/map/handler/Map.TouchZoom';
// The map's attribution control, which its `attributionControl` option adds.
import 'leaflet/src/control/Control.Attribution';
// Map#getRenderer, which every vector layer asks for its renderer.
import 'leaflet/src/layer/vector/Renderer.getRenderer';
import { control } from 'leaflet/src/control/Control';
import { zoom } from 'leaflet/src/control/Control.Zoom';

// As Leaflet's own index does: the zoom control's factory hangs off `control`.
control.zoom = zoom;

export { Control, control } from 'leaflet/src/control/Control';
export { Handler } from 'leaflet/src/core/Handler';
export { LatLng, toLatLng as latLng } from 'leaflet/src/geo/LatLng';
export { LatLngBounds, toLatLngBounds as latLngBounds } from 'leaflet/src/geo/LatLngBounds';
export { Point, toPoint as point } from 'leaflet/src/geometry/Point';
export { Layer } from 'leaflet/src/layer/Layer';
export { LayerGroup, layerGroup } from 'leaflet/src/layer/LayerGroup';
export { SVGOverlay, svgOverlay } from 'leaflet/src/layer/SVGOverlay';
export { DivIcon, divIcon } from 'leaflet/src/layer/marker/DivIcon';
export { Marker, marker } from 'leaflet/src/layer/marker/Marker';
export { TileLayer, tileLayer } from 'leaflet/src/layer/tile/TileLayer';
export { Polyline, polyline } from 'leaflet/src/layer/vector/Polyline';
export { SVG, svg } from 'leaflet/src/layer/vector/SVG';
export { Map, createMap as map } from 'leaflet/src/map/Map';
