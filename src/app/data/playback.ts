// Playback: a playhead walks through the dates at which something is reported. In "window" mode
// the view shows the events of the last few days up to the playhead (a moving window); in
// "cumulative" mode everything up to the playhead. The playhead moves from one reported start day
// to the next, so a quiet month does not take thirty ticks.
import type { DatelineEvent, ISODate } from "../../core/contract";
import { rangesOverlap, toDayNumber, toIsoDate } from "./calendar";

export type PlaybackMode = "window" | "cumulative";

/** Window sizes offered, in days. */
export const PLAYBACK_WINDOWS = [1, 7, 30] as const;
export const DEFAULT_WINDOW_DAYS = 7;
/** Steps per second. */
export const PLAYBACK_SPEEDS = [0.5, 1, 2, 4] as const;

/** Every day some shown event starts on, in order: where the playhead stops. */
export function playbackStops(events: readonly DatelineEvent[]): ISODate[] {
  // Events usually come in timeline order, where equal starts are neighbours: one pass then, and
  // the set and sort only for events in another order.
  const stops: ISODate[] = [];
  let sorted = true;
  for (const e of events) {
    const last = stops[stops.length - 1];
    if (last === e.date.start) continue;
    if (last !== undefined && e.date.start < last) sorted = false;
    stops.push(e.date.start);
  }
  return sorted ? stops : [...new Set(stops)].sort();
}

/** The stop after (or before) the playhead; null past either end. */
export function stepFrom(
  stops: readonly ISODate[],
  playhead: ISODate | null,
  direction: 1 | -1,
): ISODate | null {
  if (stops.length === 0) return null;
  if (playhead === null) return direction === 1 ? stops[0]! : stops[stops.length - 1]!;
  if (direction === 1) return stops.find((s) => s > playhead) ?? null;
  return [...stops].reverse().find((s) => s < playhead) ?? null;
}

export function filterByPlayback(
  events: readonly DatelineEvent[],
  playhead: ISODate | null,
  mode: PlaybackMode,
  windowDays: number,
): readonly DatelineEvent[] {
  if (playhead === null) return events;
  if (mode === "cumulative") return events.filter((e) => e.date.start <= playhead);
  const from = toIsoDate(toDayNumber(playhead) - (windowDays - 1));
  return events.filter((e) => rangesOverlap(e.date.start, e.date.end, from, playhead));
}
