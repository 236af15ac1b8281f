import { useEffect, useMemo, useRef } from "react";
import type { DatelineEvent, Place } from "../../core/contract";
import type { DatasetIndex } from "../data/datasetIndex";
import { eventPlaces, placeWeights } from "../data/datasetIndex";
import { boundsOf, focusBounds, type WeightedPoint } from "../geo/framing";
import { buildClusterIndex, clusterLabel } from "../geo/clusters";
import { edgeGroups, inBounds, padBounds } from "../geo/viewBounds";
import { EdgeIndicators } from "../components/EdgeIndicators";
import { useDatelineStore } from "../store";
import { DatelineMap, type AreaSpec, type MarkerSpec } from "../components/DatelineMap";
import type { CountryShade } from "../components/CountryLayer";

// Points whose names are always drawn beside the dot; the rest show on hover, focus or selection.
const LABELLED_POINTS = 12;
// Markers and clusters drawn at most before only those near the view are (see `drawn`).
const MAX_DRAWN = 300;

// An area's label point says little about where in it things happened, and a large country's
// can sit thousands of kilometres from any of its cities, so areas count for less when framing.
function framingWeight(kind: Place["kind"]): number {
  return kind === "country" || kind === "region" ? 0.25 : 1;
}

// Regions and admin areas are drawn as soft discs, not pins: the text says "in the Baltic states",
// not where in them. The contract carries a label point but no extent, so the disc has the typical
// size of its kind (a multi-country region; a province or state) rather than the exact outline.
const AREA_RADIUS_KM: Partial<Record<Place["kind"], number>> = { region: 450, admin: 120 };

function dotSize(weight: number): number {
  return Math.round(Math.min(30, 8 + 5 * Math.sqrt(weight - 1)));
}

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
  const fitRequest = useDatelineStore((s) => s.fitRequest);
  const mapBounds = useDatelineStore((s) => s.mapBounds);
  const inView = useDatelineStore((s) => s.inView);
  const setInView = useDatelineStore((s) => s.setInView);
  // Whole zoom levels only: clusters change by level, and panning must not re-render the map.
  const zoomLevel = useDatelineStore((s) => Math.floor(s.mapView?.zoom ?? 2));
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const setMapView = useDatelineStore((s) => s.setMapView);
  const setOnlineTiles = useDatelineStore((s) => s.setOnlineTiles);
  const requestFit = useDatelineStore((s) => s.requestFit);
  // Read once: a view restored from the URL opens the map there instead of framing the data.
  const initialView = useMemo(() => useDatelineStore.getState().mapView, []);

  const weights = useMemo(
    () => placeWeights(index, shownEvents, filtered),
    [index, shownEvents, filtered],
  );

  const { markers, countryShading, points, areas } = useMemo(() => {
    const shown = [...weights]
      .map(([id, weight]) => ({ place: index.placesById.get(id), weight }))
      .filter((x): x is { place: NonNullable<typeof x.place>; weight: number } => !!x.place)
      .filter((x) => x.place.kind !== "continent");
    const labelled = new Set(
      shown
        .filter((x) => x.place.kind !== "country" && x.place.kind !== "region")
        .sort((a, b) => b.weight - a.weight || a.place.name.localeCompare(b.place.name))
        .slice(0, LABELLED_POINTS)
        .map((x) => x.place.id),
    );
    const markers: MarkerSpec[] = shown.map(({ place, weight }) => {
      const area = place.kind === "country" || AREA_RADIUS_KM[place.kind] !== undefined;
      return {
        id: place.id,
        name: place.name,
        lat: place.lat,
        lon: place.lon,
        variant: area ? "area" : "point",
        size: area ? 0 : dotSize(weight),
        showLabel: labelled.has(place.id),
        title: `${place.name} · ${weight} mention${weight === 1 ? "" : "s"}`,
      };
    });
    const countryShading = new Map<string, CountryShade>();
    for (const { place, weight } of shown) {
      if (place.kind === "country" && place.country) {
        countryShading.set(place.country, { placeId: place.id, weight });
      }
    }
    const points: WeightedPoint[] = shown.map(({ place, weight }) => ({
      lat: place.lat,
      lon: place.lon,
      weight: weight * framingWeight(place.kind),
    }));
    const areas: AreaSpec[] = shown.flatMap(({ place }) => {
      const radiusKm = AREA_RADIUS_KM[place.kind];
      return radiusKm === undefined
        ? []
        : [{ id: place.id, lat: place.lat, lon: place.lon, radiusKm }];
    });
    return { markers, countryShading, points, areas };
  }, [weights, index]);

  const highlightedPlaceIds = useMemo(
    // A folded timeline card (one story, many articles) points at every place its sources name.
    () => new Set(selectedEventId ? eventPlaces(index, selectedEventId) : []),
    [selectedEventId, index],
  );

  // Dots group into clusters when zoomed out, except the selection and the highlighted places,
  // which stay visible on their own.
  const clusterIndex = useMemo(
    () =>
      buildClusterIndex(
        markers
          .filter(
            (m) =>
              m.variant === "point" && m.id !== selectedPlaceId && !highlightedPlaceIds.has(m.id),
          )
          .map((m) => ({
            id: m.id,
            name: m.name,
            lat: m.lat,
            lon: m.lon,
            weight: weights.get(m.id) ?? 1,
          })),
      ),
    [markers, weights, selectedPlaceId, highlightedPlaceIds],
  );
  const { visibleMarkers, clusters } = useMemo(() => {
    const { clusters, single } = clusterIndex.at(zoomLevel);
    const clustered = new Set(clusters.flatMap((c) => c.places.map((p) => p.id)));
    return {
      visibleMarkers: markers.filter((m) => !clustered.has(m.id) || single.has(m.id)),
      clusters: clusters.map((c) => ({
        id: c.id,
        lat: c.lat,
        lon: c.lon,
        count: c.places.length,
        placeIds: c.places.map((p) => p.id),
        label: clusterLabel(c),
        expansionZoom: c.expansionZoom,
      })),
    };
  }, [clusterIndex, zoomLevel, markers]);

  // Thousands of places would put thousands of marker elements in the page, and every filter or
  // selection would restyle them all. Above MAX_DRAWN, only what lies in or near the view is drawn
  // (half a view's width and height around it, so a pan shows no gap before the map settles); the
  // edge indicators still count the rest, and the selection is always drawn.
  const drawn = useMemo(() => {
    if (!mapBounds || visibleMarkers.length + clusters.length <= MAX_DRAWN)
      return { markers: visibleMarkers, clusters };
    const near = padBounds(mapBounds, 0.5);
    return {
      markers: visibleMarkers.filter(
        (m) => inBounds(m, near) || m.id === selectedPlaceId || highlightedPlaceIds.has(m.id),
      ),
      clusters: clusters.filter((c) => inBounds(c, near)),
    };
  }, [mapBounds, visibleMarkers, clusters, selectedPlaceId, highlightedPlaceIds]);

  // Drawn places outside the view, by side (continents are never drawn, so never counted).
  const edges = useMemo(
    () => (mapBounds ? edgeGroups(markers, mapBounds) : []),
    [markers, mapBounds],
  );

  // Framing uses every place in the dataset, not only those the filter leaves, so "Fit all"
  // and the first view do not jump around as the date range changes.
  const allPoints = useMemo(
    () =>
      index.places
        .filter((p) => p.kind !== "continent")
        .map((p) => ({
          lat: p.lat,
          lon: p.lon,
          weight: Math.max(1, p.mentionCount) * framingWeight(p.kind),
        })),
    [index],
  );

  const fit = useMemo(() => {
    if (!fitRequest) return null;
    const source = points.length > 0 ? points : allPoints;
    const { target, seq } = fitRequest;
    if (target === "reveal") {
      const places = (fitRequest.placeIds ?? [])
        .map((id) => index.placesById.get(id))
        .filter((p) => p !== undefined && p.kind !== "continent");
      const bounds = boundsOf(places.map((p) => ({ lat: p!.lat, lon: p!.lon, weight: 1 })));
      return bounds ? { bounds, seq, mode: "reveal" as const } : null;
    }
    if (target === "follow") {
      const bounds = focusBounds(points);
      return bounds ? { bounds, seq, mode: "follow" as const, points } : null;
    }
    const bounds = target === "all" ? boundsOf(source) : focusBounds(source);
    return bounds ? { bounds, seq, mode: "fit" as const } : null;
  }, [fitRequest, points, allPoints, index]);

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
        highlightedPlaceIds={highlightedPlaceIds}
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
      <div className="map-legend" aria-hidden="true">
        <span className="map-legend__item">
          <span className="map-legend__dot" /> Place, sized by mentions
        </span>
        <span className="map-legend__item">
          <span className="map-legend__ramp" /> Country mentions
        </span>
        {areas.length > 0 && (
          <span className="map-legend__item">
            <span className="map-legend__area" /> Region, no exact spot
          </span>
        )}
      </div>
    </section>
  );
}
