// Assembles per-document analyses into the one Dataset file. Sorting follows CONTRACT.md so the
// same inputs give byte-identical output; comparisons are plain code-unit order, never
// localeCompare, whose result depends on the machine's locale.

import type { Dataset, DateMention, DatelineEvent, DocumentRecord, Place } from "./contract";
import type { Analysis } from "./context";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function buildDataset(items: { record: DocumentRecord; analysis: Analysis }[]): Dataset {
  const documents = items.map((i) => i.record).sort((a, b) => cmp(a.path, b.path));
  const places = new Map<string, Place>();
  const events: DatelineEvent[] = [];
  const dates: DateMention[] = [];
  for (const { record, analysis } of items) {
    for (const m of analysis.placeMatches) {
      let place = places.get(m.place.id);
      if (!place) {
        place = { ...m.place, mentions: [] };
        places.set(m.place.id, place);
      }
      place.mentions.push({ doc: record.id, start: m.start, end: m.end, via: m.via });
    }
    events.push(...analysis.events);
    for (const t of analysis.timexes) {
      const d: DateMention = {
        span: { doc: record.id, start: t.start, end: t.end },
        text: t.text,
        type: t.type,
        value: t.value,
      };
      if (t.mod) d.mod = t.mod;
      if (t.range) {
        d.start = t.range.start;
        d.end = t.range.end;
      }
      dates.push(d);
    }
  }
  const placeList = [...places.values()].sort((a, b) => cmp(a.id, b.id));
  for (const p of placeList) p.mentions.sort((a, b) => cmp(a.doc, b.doc) || a.start - b.start);
  events.sort(
    (a, b) =>
      cmp(a.date.start, b.date.start) ||
      cmp(a.doc, b.doc) ||
      a.start - b.start ||
      a.date.span.start - b.date.span.start,
  );
  dates.sort(
    (a, b) => cmp(a.span.doc, b.span.doc) || a.span.start - b.span.start || a.span.end - b.span.end,
  );
  return { schemaVersion: 1, documents, places: placeList, events, dates };
}
