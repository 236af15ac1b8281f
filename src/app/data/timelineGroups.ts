// Groups the shown events under one heading per date (or range), in timeline order.
import type { DatelineEvent } from "../../core/contract";
import { formatEventDate } from "./calendar";
import { lowerBound } from "./datasetIndex";

export interface TimelineGroup {
  key: string;
  label: string;
  events: DatelineEvent[];
}

/** Expects events already in timeline order (indexDataset sorts them). */
export function groupEventsByDate(events: readonly DatelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const byKey = new Map<string, TimelineGroup>();
  let last: TimelineGroup | undefined;
  let lastDate: DatelineEvent["date"] | undefined;
  for (const event of events) {
    const { start, end, granularity } = event.date;
    // In timeline order most events share the date of the one before: no key to build for them.
    if (
      last &&
      lastDate!.start === start &&
      lastDate!.end === end &&
      lastDate!.granularity === granularity
    ) {
      last.events.push(event);
      continue;
    }
    const key = `${start}/${end}/${granularity}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, label: formatEventDate(event.date), events: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.events.push(event);
    last = group;
    lastDate = event.date;
  }
  return groups;
}

/** One row of the virtual timeline list: a date heading or an event card under it. A card that
 * folds a story (data/storyCards) lists the events of its sources, `event` first; its places are
 * those of all of them (worked out once here, so a card's props stay equal across renders). */
export type TimelineRow =
  | { kind: "date"; key: string; group: TimelineGroup }
  | {
      kind: "event";
      key: string;
      event: DatelineEvent;
      places: readonly string[];
      sources?: readonly DatelineEvent[];
    };

export interface TimelineRows {
  rows: TimelineRow[];
  /** Row index of each event, so a selection made on the map or in the URL scrolls straight to it;
   * every event of a folded card maps to the card's row. */
  rowOfEvent: Map<string, number>;
  /** Row indexes of the events in order: keyboard moves step through these, skipping headings. */
  eventRows: number[];
}

/** Flattens the groups into rows (a heading, then its events) for one virtual list. */
export function timelineRows(
  groups: readonly TimelineGroup[],
  sourcesOf: ReadonlyMap<string, readonly DatelineEvent[]> = new Map(),
): TimelineRows {
  const rows: TimelineRow[] = [];
  const rowOfEvent = new Map<string, number>();
  const eventRows: number[] = [];
  for (const group of groups) {
    // Heading keys are prefixed so they can never collide with an event id in the virtualiser's
    // size cache.
    rows.push({ kind: "date", key: `date:${group.key}`, group });
    for (const event of group.events) {
      const sources = sourcesOf.get(event.id);
      for (const e of sources ?? [event]) rowOfEvent.set(e.id, rows.length);
      eventRows.push(rows.length);
      const key = `event:${event.id}`;
      rows.push(
        sources
          ? { kind: "event", key, event, places: sourcePlaces(sources), sources }
          : { kind: "event", key, event, places: event.places },
      );
    }
  }
  return { rows, rowOfEvent, eventRows };
}

/**
 * The row a keyboard move lands on: `step` events on from the event at `row` (negative moves
 * up), clamped to the first and last event; `Infinity` and `-Infinity` give End and Home.
 */
export function stepEventRow(eventRows: readonly number[], row: number, step: number): number {
  if (eventRows.length === 0) return row;
  const at = lowerBound(eventRows, row);
  return eventRows[Math.min(eventRows.length - 1, Math.max(0, at + step))]!;
}

/** The first event row showing the place, with its heading when it opens its group (so the
 * date comes into view with it); null when no shown event names the place. */
export function firstRowWithPlace(rows: readonly TimelineRow[], placeId: string): number | null {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.kind === "event" && row.places.includes(placeId))
      return rows[i - 1]?.kind === "date" ? i - 1 : i;
  }
  return null;
}

/** The places a folded card shows: its event's, then those only its other sources name. */
function sourcePlaces(sources: readonly DatelineEvent[]): string[] {
  return [...new Set(sources.flatMap((e) => e.places))];
}

/**
 * The estimated height of each run of `perChunk` rows. The virtual list places runs of rows, not
 * single rows: it re-adds every item's offset after each newly measured one, and at 150k items
 * (100k events with their date headings) that costs a frame; at a tenth of that it is cheap.
 */
export function chunkEstimates(
  rows: readonly TimelineRow[],
  perChunk: number,
  estimate: (row: TimelineRow) => number,
): number[] {
  const sizes: number[] = [];
  for (let i = 0; i < rows.length; i++) {
    const chunk = Math.floor(i / perChunk);
    sizes[chunk] = (sizes[chunk] ?? 0) + estimate(rows[i]!);
  }
  return sizes;
}

export interface PassageRun {
  text: string;
  isDate: boolean;
}

/** Splits an event's passage around its date expression so the timeline can emphasise it. */
export function passageRuns(event: DatelineEvent): PassageRun[] {
  const at = event.date.text ? event.text.indexOf(event.date.text) : -1;
  if (at < 0) return [{ text: event.text, isDate: false }];
  const runs: PassageRun[] = [];
  if (at > 0) runs.push({ text: event.text.slice(0, at), isDate: false });
  runs.push({ text: event.date.text, isDate: true });
  const rest = event.text.slice(at + event.date.text.length);
  if (rest) runs.push({ text: rest, isDate: false });
  return runs;
}
