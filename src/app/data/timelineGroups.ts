// Groups the shown events under one heading per date (or range), in timeline order.
import type { DatelineEvent } from "../../core/contract";
import { formatEventDate } from "./calendar";

export interface TimelineGroup {
  key: string;
  label: string;
  events: DatelineEvent[];
}

/** Expects events already in timeline order (indexDataset sorts them). */
export function groupEventsByDate(events: readonly DatelineEvent[]): TimelineGroup[] {
  const groups: TimelineGroup[] = [];
  const byKey = new Map<string, TimelineGroup>();
  for (const event of events) {
    const { start, end, granularity } = event.date;
    const key = `${start}/${end}/${granularity}`;
    let group = byKey.get(key);
    if (!group) {
      group = { key, label: formatEventDate(event.date), events: [] };
      byKey.set(key, group);
      groups.push(group);
    }
    group.events.push(event);
  }
  return groups;
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
