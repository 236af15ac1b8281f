// Events: a passage that reports something at a time it states. Each DATE or TIME expression with
// a calendar range dates the passage it stands in; a passage with two dates for two things gives
// two events, but a date that only restates a wider one ("in March, on March 3") gives none of its
// own, since the narrower one says more. Durations and sets never date an event (CONTRACT.md).

import type { DatelineEvent } from "../contract";
import type { Analysis, DocumentInput, Passage, PlaceMatch, Timex } from "../context";
import { squashWhitespace } from "../text/normalize";
import { categorizePassage } from "./category";
import { groupRepeatedPassages } from "./repeats";

function inside(p: Passage, s: { start: number; end: number }): boolean {
  return s.start >= p.start && s.end <= p.end;
}

type Dated = Timex & { range: NonNullable<Timex["range"]> };

function datingTimexes(timexes: Timex[], p: Passage): Dated[] {
  const candidates = timexes.filter(
    (t): t is Dated => (t.type === "DATE" || t.type === "TIME") && !!t.range && inside(p, t),
  );
  // Drop a date whose range holds another date's range in the same passage.
  const kept = candidates.filter(
    (t) =>
      !candidates.some(
        (o) =>
          o !== t &&
          o.range.start >= t.range.start &&
          o.range.end <= t.range.end &&
          (o.range.start !== t.range.start || o.range.end !== t.range.end),
      ),
  );
  // One event per distinct range: "on Thursday ... Thursday's summit" is one time.
  const seen = new Set<string>();
  return kept.filter((t) => {
    const key = `${t.range.start}/${t.range.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function placesIn(matches: PlaceMatch[], p: Passage): string[] {
  const ids: string[] = [];
  for (const m of matches) if (inside(p, m) && !ids.includes(m.place.id)) ids.push(m.place.id);
  return ids;
}

export function buildEvents(doc: DocumentInput, analysis: Analysis): DatelineEvent[] {
  const { text } = doc;
  const events: DatelineEvent[] = [];
  for (const group of groupRepeatedPassages(text, analysis.passages)) {
    const p = group.canonical;
    const passageText = squashWhitespace(text.slice(p.start, p.end));
    const category = categorizePassage(passageText);
    for (const t of datingTimexes(analysis.timexes, p)) {
      const event: DatelineEvent = {
        id: `${doc.id}-${p.start}-${t.start}`,
        doc: doc.id,
        start: p.start,
        end: p.end,
        text: passageText,
        date: {
          start: t.range.start,
          end: t.range.end,
          granularity: t.range.granularity,
          text: text.slice(t.start, t.end),
          span: { doc: doc.id, start: t.start, end: t.end },
        },
        places: placesIn(analysis.placeMatches, p),
        by: `events/passage+${t.by}`,
        category,
      };
      if (group.others.length > 0) {
        event.occurrences = group.others.map((o) => ({ doc: doc.id, start: o.start, end: o.end }));
      }
      events.push(event);
    }
  }
  return events;
}
