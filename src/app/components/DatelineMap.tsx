// The map: offline country shapes, optional online tiles, and one marker per shown place.
// Takes everything as props; MapPanel decides what to show.
import { useEffect, useRef } from "react";
import L from "leaflet";
import { Circle, MapContainer, TileLayer, ZoomControl, useMap, useMapEvents } from "react-leaflet";
import type { AreaSpec, ClusterSpec, CountryShade, MapFit, MarkerSpec } from "../geo/mapModel";
import type { MapBounds, MapView } from "../store/viewSlice";
import { CountryLayer } from "./CountryLayer";
import { PlaceMarker } from "./PlaceMarker";
import { ClusterMarker } from "./ClusterMarker";
import { deconflictLabels } from "./labelPlacement";
import "../styles/dateline-map.css";

interface Props {
  markers: readonly MarkerSpec[];
  areas: readonly AreaSpec[];
  /** Groups of dots drawn as one count when zoomed out. */
  clusters: readonly ClusterSpec[];
  countryShading: ReadonlyMap<string, CountryShade>;
  selectedPlaceId: string | null;
  highlightedPlaceIds: ReadonlySet<string>;
  onSelectPlace: (id: string) => void;
  /** Where to open; read once, when the map is created. */
  initialView: MapView | null;
  fit: MapFit | null;
  onViewChange: (view: MapView, bounds: MapBounds) => void;
  onlineTiles: boolean;
}

const WORLD: MapView = { lat: 25, lon: 10, zoom: 2 };
const FIT_PADDING = {
  paddingTopLeft: L.point(48, 64),
  paddingBottomRight: L.point(64, 64),
};

export function DatelineMap(props: Props) {
  const initial = useRef(props.initialView ?? WORLD).current;
  return (
    <MapContainer
      className="map"
      center={[initial.lat, initial.lon]}
      zoom={initial.zoom}
      minZoom={1}
      maxZoom={12}
      zoomSnap={0.25}
      zoomControl={false}
      worldCopyJump={false}
      keyboard
    >
      <ZoomControl position="bottomright" />
      {props.onlineTiles && (
        <TileLayer
          url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
          attribution='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
          maxZoom={19}
        />
      )}
      <CountryLayer
        shading={props.countryShading}
        highlighted={props.highlightedPlaceIds}
        selected={props.selectedPlaceId}
        onlineTiles={props.onlineTiles}
        onSelectPlace={props.onSelectPlace}
      />
      {props.areas.map((a) => (
        // Not interactive: the label marker on top is what a click or a key selects.
        <Circle
          key={a.id}
          center={[a.lat, a.lon]}
          radius={a.radiusKm * 1000}
          // className and interactive are read when Leaflet creates the path, so they are
          // options here rather than pathOptions (which is applied later with setStyle).
          className="place-area"
          interactive={false}
        />
      ))}
      {props.markers.map((m) => (
        <PlaceMarker
          key={m.id}
          {...m}
          selected={m.id === props.selectedPlaceId}
          highlighted={props.highlightedPlaceIds.has(m.id)}
          onSelect={props.onSelectPlace}
        />
      ))}
      {props.clusters.map((c) => (
        <ClusterMarker key={c.id} {...c} />
      ))}
      <LabelDeconflicter
        version={[props.markers, props.selectedPlaceId, props.highlightedPlaceIds]}
      />
      <FitController fit={props.fit} />
      <ViewReporter onViewChange={props.onViewChange} />
    </MapContainer>
  );
}

function FitController({ fit }: { fit: Props["fit"] }) {
  const map = useMap();
  const seq = fit?.seq;
  const latest = useRef(fit);
  useEffect(() => {
    latest.current = fit;
  });
  useEffect(() => {
    const f = latest.current;
    if (seq === undefined || !f) return;
    const b = f.bounds;
    const latLngBounds = L.latLngBounds([b.south, b.west], [b.north, b.east]);
    if (f.mode === "follow") {
      const view = map.getBounds();
      if (f.points?.some((p) => view.contains([p.lat, p.lon]))) return;
    }
    if (f.mode === "reveal") {
      // Bring a selection into view without zooming in: the reader chose the zoom.
      if (map.getBounds().pad(-0.05).contains(latLngBounds)) return;
      map.fitBounds(latLngBounds, { ...FIT_PADDING, maxZoom: map.getZoom() });
      return;
    }
    // maxZoom keeps a single city from filling the screen; the padding keeps edge markers and
    // labels clear of the toolbar (top right), the legend (bottom left) and the zoom buttons.
    map.fitBounds(latLngBounds, { ...FIT_PADDING, maxZoom: 7, animate: seq > 1 });
  }, [map, seq]);
  return null;
}

function ViewReporter({ onViewChange }: { onViewChange: Props["onViewChange"] }) {
  const report = () => {
    const c = map.getCenter();
    const b = map.getBounds();
    onViewChange(
      { lat: c.lat, lon: c.lng, zoom: map.getZoom() },
      { south: b.getSouth(), west: b.getWest(), north: b.getNorth(), east: b.getEast() },
    );
  };
  const map = useMapEvents({ moveend: report });
  const reportRef = useRef(report);
  useEffect(() => {
    reportRef.current = report;
  });
  // A map opened where a link said fires no moveend: report that first view too.
  useEffect(() => {
    map.whenReady(() => reportRef.current());
  }, [map]);
  return null;
}

/** Re-runs label placement after the markers or the zoom change (panning keeps it valid). */
function LabelDeconflicter({ version }: { version: unknown }) {
  const map = useMap();
  useEffect(() => {
    let frame = 0;
    const run = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const pane = map.getPane("markerPane");
        if (pane) deconflictLabels(pane);
      });
    };
    run();
    map.on("zoomend", run);
    return () => {
      map.off("zoomend", run);
      cancelAnimationFrame(frame);
    };
  }, [map, version]);
  return null;
}
