// The map's container: reads the store, runs the map model (geo/mapModel.ts) on what it reads,
// and hands the result to the map components.
import { useEffect, useMemo, useRef } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DatasetIndex } from "../data/datasetIndex";
import { placeWeights } from "../data/datasetIndex";
import { outletColours } from "../data/outlets";
import { buildClusterIndex } from "../geo/clusters";
import {
  clusterable,
  clusteredAt,
  cullToView,
  edgesOf,
  fitFor,
  framingPoints,
  highlightedPlaces,
  placeColours,
  placeLayers,
  shownPlaces,
  spreadColocated,
} from "../geo/mapModel";
import { EdgeIndicators } from "../components/EdgeIndicators";
import { MapLegend } from "../components/MapLegend";
import { MarkerColouringControl } from "../components/MarkerColouringControl";
import { useDatelineStore } from "../store";
import { DatelineMap } from "../components/DatelineMap";
import "../styles/map-panel.css";

export function MapPanel({
  index,
  shownEvents,
  filtered,
}: {
  index: DatasetIndex;
  shownEvents: readonly DatelineEvent[];
  filtered: boolean;
}) {
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  const onlineTiles = useDatelineStore((s) => s.onlineTiles);
  const colouring = useDatelineStore((s) => s.markerColouring);
  const fitRequest = useDatelineStore((s) => s.fitRequest);
  const mapBounds = useDatelineStore((s) => s.mapBounds);
  const inView = useDatelineStore((s) => s.inView);
  const setInView = useDatelineStore((s) => s.setInView);
  // Whole zoom levels only: clusters change by level, and panning must not re-render the map.
  const zoomLevel = useDatelineStore((s) => Math.floor(s.mapView?.zoom ?? 2));
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const setMapView = useDatelineStore((s) => s.setMapView);
  const setOnlineTiles = useDatelineStore((s) => s.setOnlineTiles);
  const setColouring = useDatelineStore((s) => s.setMarkerColouring);
  const requestFit = useDatelineStore((s) => s.requestFit);
  // Read once: a view restored from the URL opens the map there instead of framing the data.
  const initialView = useMemo(() => useDatelineStore.getState().mapView, []);

  const weights = useMemo(
    () => placeWeights(index, shownEvents, filtered),
    [index, shownEvents, filtered],
  );
  const places = useMemo(() => shownPlaces(index, weights), [index, weights]);
  const outlets = useMemo(() => outletColours(index.documents), [index]);
  const colours = useMemo(
    () => placeColours(index, places, shownEvents, colouring, outlets),
    [index, places, shownEvents, colouring, outlets],
  );
  const { markers, countryShading, points, areas } = useMemo(
    () => placeLayers(places, colours),
    [places, colours],
  );
  const highlighted = useMemo(
    () => highlightedPlaces(index, selectedEventId),
    [index, selectedEventId],
  );
  const clusterIndex = useMemo(
    () => buildClusterIndex(clusterable(markers, weights, selectedPlaceId, highlighted)),
    [markers, weights, selectedPlaceId, highlighted],
  );
  const drawn = useMemo(() => {
    const { markers: single, clusters } = clusteredAt(markers, clusterIndex, zoomLevel);
    const culled = cullToView({ markers: single, clusters }, mapBounds, (id) => {
      return id === selectedPlaceId || highlighted.has(id);
    });
    return { markers: spreadColocated(culled.markers), clusters: culled.clusters };
  }, [markers, clusterIndex, zoomLevel, mapBounds, selectedPlaceId, highlighted]);
  const edges = useMemo(() => edgesOf(markers, mapBounds), [markers, mapBounds]);
  const allPoints = useMemo(() => framingPoints(index), [index]);
  const fit = useMemo(
    () => fitFor(fitRequest, points, allPoints, index),
    [fitRequest, points, allPoints, index],
  );

  useEffect(() => {
    if (initialView === null) requestFit("focus");
  }, [initialView, requestFit]);

  // When the date filter changes, make sure the map shows some of what it leaves.
  const previousEvents = useRef(shownEvents);
  useEffect(() => {
    if (previousEvents.current === shownEvents) return;
    previousEvents.current = shownEvents;
    requestFit("follow");
  }, [shownEvents, requestFit]);

  return (
    <section className="map-panel" aria-label="Map">
      <DatelineMap
        markers={drawn.markers}
        areas={areas}
        clusters={drawn.clusters}
        countryShading={countryShading}
        selectedPlaceId={selectedPlaceId}
        highlightedPlaceIds={highlighted}
        onSelectPlace={selectPlace}
        initialView={initialView}
        fit={fit}
        onViewChange={setMapView}
        onlineTiles={onlineTiles}
      />
      <div className="map-toolbar" role="toolbar" aria-label="Map view">
        <button type="button" className="map-button" onClick={() => requestFit("focus")}>
          Focus
        </button>
        <button type="button" className="map-button" onClick={() => requestFit("all")}>
          Fit all
        </button>
        <label className="map-button map-button--toggle">
          <input type="checkbox" checked={inView} onChange={(e) => setInView(e.target.checked)} />
          Only what&apos;s in view
        </label>
        <label className="map-button map-button--toggle">
          <input
            type="checkbox"
            checked={onlineTiles}
            onChange={(e) => setOnlineTiles(e.target.checked)}
          />
          Online tiles
        </label>
        <MarkerColouringControl value={colouring} onChange={setColouring} />
      </div>
      <EdgeIndicators
        indicators={edges.map(({ side, items }) => ({
          side,
          count: items.length,
          names: items.slice(0, 5).map((m) => m.name),
          placeIds: items.map((m) => m.id),
        }))}
        onReveal={(side) =>
          requestFit(
            "reveal",
            edges.find((g) => g.side === side)?.items.map((m) => m.id),
          )
        }
      />
      {markers.length === 0 && (
        <p className="map-empty" role="status">
          {filtered ? "No places match these filters." : "No places were found in these articles."}
        </p>
      )}
      <MapLegend colouring={colouring} colours={colours.legend} hasAreas={areas.length > 0} />
    </section>
  );
}
