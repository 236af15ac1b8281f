// Lookups and derived views over a loaded dataset. Everything here is a pure function of the
// dataset and the filter, so containers can memoise on those inputs alone.
import type { Dataset, DatelineEvent, DocumentRecord, Place, Span } from "../../core/contract";
import { rangesOverlap } from "./calendar";
import { inBounds } from "../geo/viewBounds";
import type { MapBounds } from "../store/viewSlice";

export interface DatasetIndex {
  dataset: Dataset;
  documentsById: ReadonlyMap<string, DocumentRecord>;
  placesById: ReadonlyMap<string, Place>;
  eventsById: ReadonlyMap<string, DatelineEvent>;
  /** Events ordered as the timeline reads: by date start, then end, then document and position. */
  events: readonly DatelineEvent[];
  /** The calendar span the events cover, or null without events. */
  extent: { start: string; end: string } | null;
}

const cache = new WeakMap<Dataset, DatasetIndex>();

export function indexDataset(dataset: Dataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const events = [...dataset.events].sort(
    (a, b) =>
      cmp(a.date.start, b.date.start) ||
      cmp(a.date.end, b.date.end) ||
      cmp(a.doc, b.doc) ||
      a.start - b.start,
  );
  let extent: DatasetIndex["extent"] = null;
  for (const e of events) {
    if (!extent) extent = { start: e.date.start, end: e.date.end };
    else {
      if (e.date.start < extent.start) extent.start = e.date.start;
      if (e.date.end > extent.end) extent.end = e.date.end;
    }
  }
  const index: DatasetIndex = {
    dataset,
    documentsById: new Map(dataset.documents.map((d) => [d.id, d])),
    placesById: new Map(dataset.places.map((p) => [p.id, p])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    events,
    extent,
  };
  cache.set(dataset, index);
  return index;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function filterEvents(
  events: readonly DatelineEvent[],
  from: string | null,
  to: string | null,
): readonly DatelineEvent[] {
  if (from === null && to === null) return events;
  return events.filter((e) => rangesOverlap(e.date.start, e.date.end, from, to));
}

/** Events with at least one place (other than a continent) inside the bounds. */
export function filterInView(
  events: readonly DatelineEvent[],
  placesById: ReadonlyMap<string, Place>,
  bounds: MapBounds,
): readonly DatelineEvent[] {
  return events.filter((e) =>
    e.places.some((id) => {
      const place = placesById.get(id);
      return !!place && place.kind !== "continent" && inBounds(place, bounds);
    }),
  );
}

/** Every stretch of text where an event's passage stands: the passage and its repeats. */
export function eventSpans(event: DatelineEvent): Span[] {
  return [{ doc: event.doc, start: event.start, end: event.end }, ...(event.occurrences ?? [])];
}

/**
 * How much each place weighs on the map. Unfiltered, a place weighs its mention count. Under a date
 * filter only mentions inside the passages of the events still shown count, since a mention has no
 * date of its own but its passage does; a place an event names with no mention inside the passage
 * (the extractor tied it from context) still counts once.
 */
export function placeWeights(
  index: DatasetIndex,
  shownEvents: readonly DatelineEvent[],
  filtered: boolean,
): Map<string, number> {
  const weights = new Map<string, number>();
  if (!filtered) {
    for (const place of index.dataset.places) {
      if (place.mentions.length > 0) weights.set(place.id, place.mentions.length);
    }
    for (const event of shownEvents) {
      for (const id of event.places) if (!weights.has(id)) weights.set(id, 1);
    }
    return weights;
  }
  const spansByDoc = new Map<string, Span[]>();
  for (const event of shownEvents) {
    for (const s of eventSpans(event)) {
      const list = spansByDoc.get(s.doc) ?? [];
      list.push(s);
      spansByDoc.set(s.doc, list);
    }
  }
  for (const place of index.dataset.places) {
    let count = 0;
    for (const m of place.mentions) {
      const spans = spansByDoc.get(m.doc);
      if (spans?.some((s) => m.start >= s.start && m.end <= s.end)) count++;
    }
    if (count > 0) weights.set(place.id, count);
  }
  for (const event of shownEvents) {
    for (const id of event.places) if (!weights.has(id)) weights.set(id, 1);
  }
  return weights;
}
