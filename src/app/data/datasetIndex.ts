// Lookups and derived views over the loaded data. Everything here is a pure function of the index
// and the filter, so containers can memoise on those inputs alone. Events are kept in timeline
// order with their start and end days in typed arrays beside them, so a date filter is a binary
// search, not a pass that parses every event's dates.
import type { DatelineEvent, Span } from "../../core/contract";
import { toDayNumber } from "./calendar";
import { inBounds } from "../geo/viewBounds";
import type { MapBounds } from "../store/viewSlice";
import type { DerivedData, DocumentSummary, PlaceSummary } from "./derive";
import type { MentionTable } from "./mentionTable";

export interface DayColumns {
  /** Day numbers of each event's date range, in timeline order (so `start` is ascending). */
  start: Int32Array;
  end: Int32Array;
}

export interface DatasetIndex {
  documents: readonly DocumentSummary[];
  documentsById: ReadonlyMap<string, DocumentSummary>;
  places: readonly PlaceSummary[];
  placesById: ReadonlyMap<string, PlaceSummary>;
  /** Position of each place in `places` (the mention table's order). */
  placeOrdinal: ReadonlyMap<string, number>;
  /** Events ordered as the timeline reads: by date start, then end, then document and position. */
  events: readonly DatelineEvent[];
  eventsById: ReadonlyMap<string, DatelineEvent>;
  eventOrdinal: ReadonlyMap<DatelineEvent, number>;
  /** The events of each story (events of several articles reporting one happening), in timeline
   * order; only stories with more than one event are listed. */
  storyMembers: ReadonlyMap<string, readonly DatelineEvent[]>;
  days: DayColumns;
  /** The longest event range in days: how far before `from` an overlapping event can start. */
  maxSpanDays: number;
  /** The calendar span the events cover, or null without events. */
  extent: { start: string; end: string } | null;
  mentions: MentionTable;
}

/** The day columns of events in timeline order; the worker runs this off the main thread. */
export function dayColumns(events: readonly DatelineEvent[]): DayColumns {
  const start = new Int32Array(events.length);
  const end = new Int32Array(events.length);
  events.forEach((e, i) => {
    start[i] = toDayNumber(e.date.start);
    end[i] = toDayNumber(e.date.end);
  });
  return { start, end };
}

/** The day columns of a subset of the index's events (kept in timeline order by every filter). */
export function daysOf(index: DatasetIndex, events: readonly DatelineEvent[]): DayColumns {
  if (events === index.events) return index.days;
  const start = new Int32Array(events.length);
  const end = new Int32Array(events.length);
  events.forEach((e, i) => {
    const at = index.eventOrdinal.get(e) ?? 0;
    start[i] = index.days.start[at]!;
    end[i] = index.days.end[at]!;
  });
  return { start, end };
}

/**
 * Builds the index a chunk of events at a time, so the loader can do the work as each chunk
 * arrives from the worker instead of in one long task at the end.
 */
export class IndexBuilder {
  private readonly events: DatelineEvent[] = [];
  private readonly eventsById = new Map<string, DatelineEvent>();
  private readonly eventOrdinal = new Map<DatelineEvent, number>();
  private readonly stories = new Map<string, DatelineEvent[]>();
  private readonly starts: Int32Array[] = [];
  private readonly ends: Int32Array[] = [];
  private maxSpanDays = 0;
  private lastEnd: string | null = null;

  /** How many events have been added. */
  get count(): number {
    return this.events.length;
  }

  /** Events in timeline order, continuing the previous chunk, with their day columns. */
  add(events: readonly DatelineEvent[], days: DayColumns): void {
    events.forEach((e, i) => {
      this.eventsById.set(e.id, e);
      this.eventOrdinal.set(e, this.events.length);
      this.events.push(e);
      if (e.story !== undefined) {
        const members = this.stories.get(e.story);
        if (members) members.push(e);
        else this.stories.set(e.story, [e]);
      }
      this.maxSpanDays = Math.max(this.maxSpanDays, days.end[i]! - days.start[i]!);
      if (this.lastEnd === null || e.date.end > this.lastEnd) this.lastEnd = e.date.end;
    });
    this.starts.push(days.start);
    this.ends.push(days.end);
  }

  finish(data: Pick<DerivedData, "meta" | "mentions">): DatasetIndex {
    const { meta } = data;
    const first = this.events[0];
    return {
      documents: meta.documents,
      documentsById: new Map(meta.documents.map((d) => [d.id, d])),
      places: meta.places,
      placesById: new Map(meta.places.map((p) => [p.id, p])),
      placeOrdinal: new Map(meta.places.map((p, i) => [p.id, i])),
      events: this.events,
      eventsById: this.eventsById,
      eventOrdinal: this.eventOrdinal,
      storyMembers: new Map([...this.stories].filter(([, members]) => members.length > 1)),
      days: { start: concat(this.starts), end: concat(this.ends) },
      maxSpanDays: this.maxSpanDays,
      // Starts are in order, so the first event starts the span.
      extent: first && this.lastEnd ? { start: first.date.start, end: this.lastEnd } : null,
      mentions: data.mentions,
    };
  }
}

function concat(parts: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The whole index at once (tests, and anything that has all the events in hand). */
export function buildIndex(
  data: Pick<DerivedData, "meta" | "events" | "mentions">,
  days: DayColumns = dayColumns(data.events),
): DatasetIndex {
  const builder = new IndexBuilder();
  builder.add(data.events, days);
  return builder.finish(data);
}

/** The first position in the ascending `values` holding a value >= `target`. */
export function lowerBound(values: ArrayLike<number>, target: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < target) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Events whose range overlaps [from, to] (the contract's rule), in timeline order. Starts are
 * sorted, so the events starting after `to` are cut off by binary search, and no event starting
 * more than the longest range before `from` can reach it; only that window is tested by its end.
 */
export function eventsInRange(
  index: DatasetIndex,
  from: string | null,
  to: string | null,
): readonly DatelineEvent[] {
  if (from === null && to === null) return index.events;
  const { start, end } = index.days;
  const fromDay = from === null ? null : toDayNumber(from);
  const hi = to === null ? start.length : lowerBound(start, toDayNumber(to) + 1);
  if (fromDay === null) return index.events.slice(0, hi);
  const shown: DatelineEvent[] = [];
  for (let i = lowerBound(start, fromDay - index.maxSpanDays); i < hi; i++) {
    if (end[i]! >= fromDay) shown.push(index.events[i]!);
  }
  return shown;
}

/** Events with at least one place (other than a continent) inside the bounds. */
export function filterInView(
  events: readonly DatelineEvent[],
  placesById: ReadonlyMap<string, PlaceSummary>,
  bounds: MapBounds,
): readonly DatelineEvent[] {
  return events.filter((e) =>
    e.places.some((id) => {
      const place = placesById.get(id);
      return !!place && place.kind !== "continent" && inBounds(place, bounds);
    }),
  );
}

/** The places of an event, or of every event of its story: what selecting its card points at. */
export function eventPlaces(index: DatasetIndex, id: string): readonly string[] {
  const event = index.eventsById.get(id);
  if (!event) return [];
  const members = event.story === undefined ? undefined : index.storyMembers.get(event.story);
  if (!members) return event.places;
  return [...new Set([event.places, ...members.map((e) => e.places)].flat())];
}

/** Every stretch of text where an event's passage stands: the passage and its repeats. */
export function eventSpans(event: DatelineEvent): Span[] {
  return [{ doc: event.doc, start: event.start, end: event.end }, ...(event.occurrences ?? [])];
}

/**
 * How much each place weighs on the map. Unfiltered, a place weighs its mention count. Under a
 * filter only mentions inside the passages of the events still shown count, since a mention has no
 * date of its own but its passage does; a place an event names with no mention inside the passage
 * (the extractor tied it from context) still counts once. Which events hold each mention is
 * precomputed (MentionTable.members), so this is one pass over those links.
 */
export function placeWeights(
  index: DatasetIndex,
  shownEvents: readonly DatelineEvent[],
  filtered: boolean,
): Map<string, number> {
  const weights = new Map<string, number>();
  const { placeStart, memberStart, members } = index.mentions;
  if (!filtered) {
    for (const place of index.places) {
      if (place.mentionCount > 0) weights.set(place.id, place.mentionCount);
    }
  } else {
    const shown = new Uint8Array(index.events.length);
    for (const event of shownEvents) {
      const i = index.eventOrdinal.get(event);
      if (i !== undefined) shown[i] = 1;
    }
    index.places.forEach((place, p) => {
      let count = 0;
      for (let m = placeStart[p]!; m < placeStart[p + 1]!; m++) {
        for (let k = memberStart[m]!; k < memberStart[m + 1]!; k++) {
          if (shown[members[k]!]) {
            count++;
            break;
          }
        }
      }
      if (count > 0) weights.set(place.id, count);
    });
  }
  for (const event of shownEvents) {
    for (const id of event.places) if (!weights.has(id)) weights.set(id, 1);
  }
  return weights;
}
