// The map: offline country shapes, optional online tiles, and one marker per shown place.
// Takes everything as props; MapPanel decides what to show.
import { useEffect, useRef } from "react";
import L from "leaflet";
import { MapContainer, TileLayer, ZoomControl, useMap, useMapEvents } from "react-leaflet";
import type { Bounds } from "../geo/framing";
import type { MapView } from "../store/viewSlice";
import { CountryLayer, type CountryShade } from "./CountryLayer";
import { PlaceMarker, type PlaceMarkerProps } from "./PlaceMarker";

export type MarkerSpec = Omit<PlaceMarkerProps, "selected" | "highlighted" | "onSelect">;

interface Props {
  markers: MarkerSpec[];
  countryShading: ReadonlyMap<string, CountryShade>;
  selectedPlaceId: string | null;
  highlightedPlaceIds: ReadonlySet<string>;
  onSelectPlace: (id: string) => void;
  /** Where to open; read once, when the map is created. */
  initialView: MapView | null;
  /** Frame these bounds whenever `seq` changes. */
  fit: { bounds: Bounds; seq: number } | null;
  onViewChange: (view: MapView) => void;
  onlineTiles: boolean;
}

const WORLD: MapView = { lat: 25, lon: 10, zoom: 2 };

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
      {props.markers.map((m) => (
        <PlaceMarker
          key={m.id}
          {...m}
          selected={m.id === props.selectedPlaceId}
          highlighted={props.highlightedPlaceIds.has(m.id)}
          onSelect={props.onSelectPlace}
        />
      ))}
      <FitController fit={props.fit} />
      <ViewReporter onViewChange={props.onViewChange} />
    </MapContainer>
  );
}

function FitController({ fit }: { fit: Props["fit"] }) {
  const map = useMap();
  const seq = fit?.seq;
  const bounds = useRef(fit?.bounds);
  useEffect(() => {
    bounds.current = fit?.bounds;
  });
  useEffect(() => {
    const b = bounds.current;
    if (seq === undefined || !b) return;
    const latLngBounds = L.latLngBounds([b.south, b.west], [b.north, b.east]);
    // maxZoom keeps a single city from filling the screen; padding keeps edge markers and labels
    // clear of the controls.
    map.fitBounds(latLngBounds, { padding: [48, 48], maxZoom: 7, animate: seq > 1 });
  }, [map, seq]);
  return null;
}

function ViewReporter({ onViewChange }: { onViewChange: (view: MapView) => void }) {
  const map = useMapEvents({
    moveend: () => {
      const c = map.getCenter();
      onViewChange({ lat: c.lat, lon: c.lng, zoom: map.getZoom() });
    },
  });
  return null;
}
