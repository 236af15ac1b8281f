// What the map draws, as pure functions of the data, the filter and the view: which places get a
// marker, an area disc or a country shade, how big and in what colour, which dots group into
// clusters at a zoom, where dots sharing one point spread to, what is culled far from the view,
// and what a fit request frames. MapPanel only wires these to the store and the map components.
import type { DatelineEvent, EventCategory, Place } from "../../core/contract";
import { CATEGORIES, CATEGORY_COLOURS, CATEGORY_LABELS, categoryOf } from "../data/categories";
import { eventPlaces, type DatasetIndex } from "../data/datasetIndex";
import type { PlaceSummary } from "../data/derive";
import { OTHER_OUTLET_COLOUR, outletOf, type OutletColours } from "../data/outlets";
import type { FitRequest, MapBounds } from "../store/viewSlice";
import type { ClusterIndex } from "./clusters";
import { clusterLabel } from "./clusters";
import { boundsOf, focusBounds, type Bounds, type WeightedPoint } from "./framing";
import { edgeGroups, inBounds, padBounds, type EdgeGroup } from "./viewBounds";

/** What a dot's colour says: the category of the events there, or the outlet reporting it. */
export type MarkerColouring = "category" | "outlet";

export type MarkerVariant = "point" | "area";

export interface MarkerSpec {
  id: string;
  name: string;
  lat: number;
  lon: number;
  variant: MarkerVariant;
  /** Dot diameter in px for points; areas are text labels sized by their font. */
  size: number;
  /** Whether a point shows its name beside the dot (areas always do). */
  showLabel: boolean;
  /** Tooltip text, e.g. "Velmora · 4 mentions · Military". */
  title: string;
  /** The dot's fill. */
  colour: string;
  /** Pixels from the place's point to where the marker is drawn: [0, 0] unless it shares that
   * point with other markers (see spreadColocated). */
  offset: readonly [number, number];
}

/** A place known only as an area: drawn as a translucent disc of this radius under its label. */
export interface AreaSpec {
  id: string;
  lat: number;
  lon: number;
  radiusKm: number;
}

export interface ClusterSpec {
  id: string;
  lat: number;
  lon: number;
  count: number;
  /** The places inside, space-separated on the element for tests and tools. */
  placeIds: readonly string[];
  /** The accessible name, e.g. "Cluster of 5 places: Kyiv, Kharkiv, …". */
  label: string;
  expansionZoom: number;
}

export interface CountryShade {
  placeId: string;
  weight: number;
}

export interface LegendEntry {
  label: string;
  colour: string;
}

/**
 * Frame `bounds` when `seq` changes. "reveal" only pans (never zooms in) until they are in view;
 * "follow" frames them only when none of `points` is in view.
 */
export interface MapFit {
  bounds: Bounds;
  seq: number;
  mode: "fit" | "reveal" | "follow";
  points?: readonly { lat: number; lon: number }[];
}

// Points whose names are always drawn beside the dot; the rest show on hover, focus or selection.
const LABELLED_POINTS = 12;
/** Markers and clusters drawn at most before only those near the view are (see cullToView). */
export const MAX_DRAWN = 300;

// An area's label point says little about where in it things happened, and a large country's
// can sit thousands of kilometres from any of its cities, so areas count for less when framing.
function framingWeight(kind: Place["kind"]): number {
  return kind === "country" || kind === "region" ? 0.25 : 1;
}

// Regions and admin areas are drawn as soft discs, not pins: the text says "in the Baltic states",
// not where in them. A region carries its own reach (`radiusKm`, from the extractor's region table);
// without one the disc has the typical size of its kind (a multi-country region; a province).
const AREA_RADIUS_KM: Partial<Record<Place["kind"], number>> = { region: 450, admin: 120 };

function dotSize(weight: number): number {
  return Math.round(Math.min(30, 8 + 5 * Math.sqrt(weight - 1)));
}

export interface ShownPlace {
  place: PlaceSummary;
  weight: number;
}

/** The places with a weight, continents left out (a continent has no useful point). */
export function shownPlaces(
  index: DatasetIndex,
  weights: ReadonlyMap<string, number>,
): ShownPlace[] {
  const shown: ShownPlace[] = [];
  for (const [id, weight] of weights) {
    const place = index.placesById.get(id);
    if (place && place.kind !== "continent") shown.push({ place, weight });
  }
  return shown;
}

export interface PlaceColour {
  /** What the colour stands for: a category label or an outlet name. */
  label: string;
  colour: string;
}

export interface PlaceColours {
  colourOf: (placeId: string) => PlaceColour;
  /** The colours in use, in the legend's order. */
  legend: LegendEntry[];
}

/**
 * Each place takes the colour of what most of the shown events naming it share: their category,
 * or the outlet of their articles. Ties go to the category earlier in the facet order (the more
 * specific one) or the outlet with more articles. A place no shown event names is "other" by
 * category, and by outlet takes the outlet whose articles mention it most.
 */
export function placeColours(
  index: DatasetIndex,
  places: readonly ShownPlace[],
  shownEvents: readonly DatelineEvent[],
  colouring: MarkerColouring,
  outlets: OutletColours,
): PlaceColours {
  const byCategory = colouring === "category";
  const order: readonly string[] = byCategory ? CATEGORIES : outlets.outlets;
  const rank = new Map(order.map((key, i) => [key, i]));
  const tallies = tally(shownEvents, (e) => {
    if (byCategory) return categoryOf(e);
    const document = index.documentsById.get(e.doc);
    return document ? outletOf(document) : null;
  });
  // Resolved once per place and the tallies dropped: only a key per place is kept.
  const keyAt = new Map<string, string>();
  for (const { place } of places) {
    const counts = tallies.get(place.id) ?? (byCategory ? undefined : mentionOutlets(index, place));
    const key = dominant(counts, rank) ?? (byCategory ? "other" : null);
    if (key !== null) keyAt.set(place.id, key);
  }
  const entryOf = (key: string): PlaceColour =>
    byCategory
      ? {
          label: CATEGORY_LABELS[key as EventCategory],
          colour: CATEGORY_COLOURS[key as EventCategory],
        }
      : { label: key, colour: outlets.colourOf(key) };
  const entries = new Map([...new Set(keyAt.values())].map((key) => [key, entryOf(key)]));
  const none = { label: "no outlet", colour: OTHER_OUTLET_COLOUR };
  // Outlets past the palette share one colour, so the legend names that colour once, as "Other".
  const legend: LegendEntry[] = [];
  let other = false;
  for (const key of order) {
    const entry = entries.get(key);
    if (!entry) continue;
    if (!byCategory && entry.colour === OTHER_OUTLET_COLOUR) other = true;
    else legend.push(entry);
  }
  if (other) legend.push({ label: "Other outlets", colour: OTHER_OUTLET_COLOUR });
  return { colourOf: (id) => entries.get(keyAt.get(id) ?? "") ?? none, legend };
}

/** How many of a place's mentions each outlet's articles hold. */
function mentionOutlets(index: DatasetIndex, place: PlaceSummary): Map<string, number> {
  const counts = new Map<string, number>();
  const { placeStart, doc } = index.mentions;
  const p = index.placeOrdinal.get(place.id) ?? -1;
  for (let m = placeStart[p] ?? 0; m < (placeStart[p + 1] ?? 0); m++) {
    const outlet = outletOf(index.documents[doc[m]!] ?? {});
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  return counts;
}

/** Per place, how many of the events naming it fall under each key. */
function tally(
  events: readonly DatelineEvent[],
  keyOf: (event: DatelineEvent) => string | null,
): Map<string, Map<string, number>> {
  const tallies = new Map<string, Map<string, number>>();
  for (const event of events) {
    const key = keyOf(event);
    if (key === null) continue;
    for (const id of event.places) {
      const counts = tallies.get(id) ?? new Map<string, number>();
      counts.set(key, (counts.get(key) ?? 0) + 1);
      tallies.set(id, counts);
    }
  }
  return tallies;
}

/** The key counted most; ties to the one ranked first (keys without a rank last). */
function dominant(
  counts: ReadonlyMap<string, number> | undefined,
  rank: ReadonlyMap<string, number>,
): string | null {
  let best: string | null = null;
  let most = 0;
  for (const [key, n] of counts ?? []) {
    const better =
      n > most ||
      (n === most && best !== null && (rank.get(key) ?? Infinity) < (rank.get(best) ?? Infinity));
    if (better) {
      most = n;
      best = key;
    }
  }
  return best;
}

export interface PlaceLayers {
  markers: MarkerSpec[];
  areas: AreaSpec[];
  countryShading: Map<string, CountryShade>;
  /** The shown places as framing points ("Focus" and following a filter frame these). */
  points: WeightedPoint[];
}

export function placeLayers(
  places: readonly ShownPlace[],
  colours: Pick<PlaceColours, "colourOf">,
): PlaceLayers {
  const labelled = new Set(
    places
      .filter((x) => x.place.kind !== "country" && x.place.kind !== "region")
      .sort((a, b) => b.weight - a.weight || a.place.name.localeCompare(b.place.name))
      .slice(0, LABELLED_POINTS)
      .map((x) => x.place.id),
  );
  const markers: MarkerSpec[] = places.map(({ place, weight }) => {
    const area = place.kind === "country" || AREA_RADIUS_KM[place.kind] !== undefined;
    const colour = colours.colourOf(place.id);
    return {
      id: place.id,
      name: place.name,
      lat: place.lat,
      lon: place.lon,
      variant: area ? "area" : "point",
      size: area ? 0 : dotSize(weight),
      showLabel: labelled.has(place.id),
      title: `${place.name} · ${weight} mention${weight === 1 ? "" : "s"} · ${colour.label}`,
      colour: colour.colour,
      offset: [0, 0],
    };
  });
  const countryShading = new Map<string, CountryShade>();
  for (const { place, weight } of places) {
    if (place.kind === "country" && place.country) {
      countryShading.set(place.country, { placeId: place.id, weight });
    }
  }
  const points = places.map(({ place, weight }) => ({
    lat: place.lat,
    lon: place.lon,
    weight: weight * framingWeight(place.kind),
  }));
  const areas = places.flatMap(({ place }) => {
    // A region's own reach when the dataset gives one (a sea, "the Middle East"), else its kind's.
    const radiusKm = place.radiusKm ?? AREA_RADIUS_KM[place.kind];
    return radiusKm === undefined
      ? []
      : [{ id: place.id, lat: place.lat, lon: place.lon, radiusKm }];
  });
  return { markers, areas, countryShading, points };
}

/** The places the selected event names: drawn highlighted and never clustered away. */
export function highlightedPlaces(
  index: DatasetIndex,
  selectedEventId: string | null,
): Set<string> {
  // A card can stand for a story: its places are those of every report of it.
  return new Set(selectedEventId ? eventPlaces(index, selectedEventId) : []);
}

/** The dots that may group into clusters: every point but the selection and the highlighted. */
export function clusterable(
  markers: readonly MarkerSpec[],
  weights: ReadonlyMap<string, number>,
  selectedPlaceId: string | null,
  highlighted: ReadonlySet<string>,
) {
  return markers
    .filter((m) => m.variant === "point" && m.id !== selectedPlaceId && !highlighted.has(m.id))
    .map((m) => ({
      id: m.id,
      name: m.name,
      lat: m.lat,
      lon: m.lon,
      weight: weights.get(m.id) ?? 1,
    }));
}

/** At this zoom: the markers not inside a cluster, and the clusters. */
export function clusteredAt(
  markers: readonly MarkerSpec[],
  index: ClusterIndex,
  zoom: number,
): { markers: MarkerSpec[]; clusters: ClusterSpec[] } {
  const { clusters, single } = index.at(zoom);
  const clustered = new Set(clusters.flatMap((c) => c.places.map((p) => p.id)));
  return {
    markers: markers.filter((m) => !clustered.has(m.id) || single.has(m.id)),
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
}

// Markers this close (degrees, about 10 m) stand on one point: a site or a region given its
// city's coordinates.
const SAME_POINT_DEGREES = 1e-4;
// Room between spread dots, and the dot an area label becomes inside a spread group (a row of
// names around one point would cover each other; its disc still shows it is an area).
const SPREAD_GAP_PX = 4;
const SPREAD_AREA_DOT_PX = 10;

/**
 * Markers sharing a point would cover each other at every zoom, so each but the heaviest moves to
 * a ring of pixel offsets around it (more rings when one is full): every one stays visible and
 * clickable while its latitude and longitude, and so culling and the edge counts, stay true.
 */
export function spreadColocated(markers: readonly MarkerSpec[]): MarkerSpec[] {
  const groups = new Map<string, number[]>();
  markers.forEach((m, i) => {
    const key = `${Math.round(m.lat / SAME_POINT_DEGREES)},${Math.round(m.lon / SAME_POINT_DEGREES)}`;
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  });
  const out = [...markers];
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const asDots = group.map((i) => {
      const m = markers[i]!;
      return m.variant === "point"
        ? { i, m }
        : { i, m: { ...m, variant: "point" as const, size: SPREAD_AREA_DOT_PX, showLabel: false } };
    });
    // The largest dot keeps the point; the rest go round it, larger first, then by name.
    asDots.sort((a, b) => b.m.size - a.m.size || a.m.name.localeCompare(b.m.name));
    const slot = Math.max(...asDots.map((x) => x.m.size)) + SPREAD_GAP_PX;
    const offsets = ringOffsets(asDots.length - 1, asDots[0]!.m.size, slot);
    asDots.forEach(({ i, m }, k) => {
      out[i] = { ...m, offset: k === 0 ? [0, 0] : offsets[k - 1]! };
    });
  }
  return out;
}

/**
 * `count` slots of `slot` px on rings around a centre dot of `centre` px. Names are drawn to the
 * right of dots, so every ring keeps its slot due east empty: the centre's name runs out through
 * the gaps, clear of every dot.
 */
export function ringOffsets(count: number, centre: number, slot: number): [number, number][] {
  const offsets: [number, number][] = [];
  let radius = centre / 2 + slot / 2 + SPREAD_GAP_PX;
  while (offsets.length < count) {
    const fits = Math.max(2, Math.floor((2 * Math.PI * radius) / slot));
    const here = Math.min(fits - 1, count - offsets.length);
    const step = (2 * Math.PI) / (here + 1);
    for (let k = 1; k <= here; k++) {
      offsets.push([
        Math.round(radius * Math.cos(step * k) * 10) / 10,
        Math.round(radius * Math.sin(step * k) * 10) / 10,
      ]);
    }
    radius += slot;
  }
  return offsets;
}

/**
 * Thousands of places would put thousands of marker elements in the page, and every filter or
 * selection would restyle them all. Above MAX_DRAWN, only what lies in or near the view is drawn
 * (half a view's width and height around it, so a pan shows no gap before the map settles); the
 * edge indicators still count the rest, and the selection is always drawn.
 */
export function cullToView(
  drawn: { markers: MarkerSpec[]; clusters: ClusterSpec[] },
  view: MapBounds | null,
  keep: (placeId: string) => boolean,
): { markers: MarkerSpec[]; clusters: ClusterSpec[] } {
  if (!view || drawn.markers.length + drawn.clusters.length <= MAX_DRAWN) return drawn;
  const near = padBounds(view, 0.5);
  return {
    markers: drawn.markers.filter((m) => inBounds(m, near) || keep(m.id)),
    clusters: drawn.clusters.filter((c) => inBounds(c, near)),
  };
}

/** Drawn places outside the view, by side (continents are never drawn, so never counted). */
export function edgesOf(
  markers: readonly MarkerSpec[],
  view: MapBounds | null,
): EdgeGroup<MarkerSpec>[] {
  return view ? edgeGroups(markers, view) : [];
}

/**
 * Every place in the dataset as a framing point, not only those the filter leaves, so "Fit all"
 * and the first view do not jump around as the date range changes.
 */
export function framingPoints(index: DatasetIndex): WeightedPoint[] {
  return index.places
    .filter((p) => p.kind !== "continent")
    .map((p) => ({
      lat: p.lat,
      lon: p.lon,
      weight: Math.max(1, p.mentionCount) * framingWeight(p.kind),
    }));
}

/** What a fit request frames: shown places when there are any, else every place. */
export function fitFor(
  request: FitRequest | null,
  points: readonly WeightedPoint[],
  allPoints: readonly WeightedPoint[],
  index: DatasetIndex,
): MapFit | null {
  if (!request) return null;
  const source = points.length > 0 ? points : allPoints;
  const { target, seq } = request;
  if (target === "reveal") {
    const places = (request.placeIds ?? []).flatMap((id) => {
      const p = index.placesById.get(id);
      return p && p.kind !== "continent" ? [{ lat: p.lat, lon: p.lon, weight: 1 }] : [];
    });
    const bounds = boundsOf(places);
    return bounds ? { bounds, seq, mode: "reveal" } : null;
  }
  if (target === "follow") {
    const bounds = focusBounds(points);
    return bounds ? { bounds, seq, mode: "follow", points } : null;
  }
  const bounds = target === "all" ? boundsOf(source) : focusBounds(source);
  return bounds ? { bounds, seq, mode: "fit" } : null;
}
