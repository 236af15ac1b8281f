// Events: a passage that reports something at a time it states. Each DATE or TIME expression with
// a calendar range dates the passage it stands in; a passage with two dates for two things gives
// two events, but a date that only restates a wider one ("in March, on March 3") gives none of its
// own, since the narrower one says more. Durations and sets never date an event (CONTRACT.md).

import type { DatelineEvent } from "../contract";
import type { Analysis, DocumentInput, Passage, Timex } from "../context";
import { isBylineLine } from "../text/byline";
import { squashWhitespace } from "../text/normalize";
import { categorizePassage } from "./category";
import { eventPlaceIds } from "./eventPlaces";
import { groupRepeatedPassages } from "./repeats";

function inside(p: Passage, s: { start: number; end: number }): boolean {
  return s.start >= p.start && s.end <= p.end;
}

type Dated = Timex & { range: NonNullable<Timex["range"]> };

/** Items inside each passage, by one sweep over both in text order (passages do not overlap). */
function byPassage<T extends { start: number; end: number }>(
  passages: Passage[],
  items: T[],
): T[][] {
  const sorted = [...items].sort((a, b) => a.start - b.start);
  const order = passages.map((_, k) => k).sort((a, b) => passages[a]!.start - passages[b]!.start);
  const out: T[][] = passages.map(() => []);
  let i = 0;
  order.forEach((k) => {
    const p = passages[k]!;
    while (i < sorted.length && sorted[i]!.start < p.start) i++;
    for (let j = i; j < sorted.length && sorted[j]!.start < p.end; j++) {
      if (inside(p, sorted[j]!)) out[k]!.push(sorted[j]!);
    }
  });
  return out;
}

/** The whole line a passage stands on: a byline is recognised by its line, not its sentence. */
function lineAround(text: string, p: Passage): string {
  const from = text.lastIndexOf("\n", p.start - 1) + 1;
  const to = text.indexOf("\n", p.end);
  return text.slice(from, to < 0 ? text.length : to);
}

// "supply for 2026 and 2027", "the growth forecast for next year": a period still ahead that a
// figure is for is what the figure is about, not when anything in the passage happens. A verb of
// scheduling before "for" makes it the time of a happening: "the vote is set for Friday".
const TARGET_FOR =
  /\b([a-z]+)\s+for\s+(?:the\s+)?(?:[\w-]+(?:\s*,\s*|\s+(?:and|or)\s+)(?:the\s+)?)?$/i;
const SCHEDULED =
  /^(?:scheduled|rescheduled|set|slated|planned|due|expected|postponed|delayed|moved|called|booked|penciled|pencilled|fixed|is|are|was|were|be|been)$/i;

function targetPeriod(text: string, t: Dated, published: string | null): boolean {
  if (!published || t.range.start <= published.slice(0, 10)) return false;
  const m = TARGET_FOR.exec(text.slice(Math.max(0, t.start - 50), t.start));
  return !!m && !SCHEDULED.test(m[1] ?? "");
}

// A wire dateline: the place in capitals opening the line, then the date the story was filed, then
// the agency or a dash ("KYIV, June 3 (Reuters) -", "GENEVA, Sept. 9, 2024 —").
const DATELINE_BEFORE = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu}\p{M} .'’-]+(?:,[ \t]*[\p{L}. ]+)?,[ \t]*$/u;
const DATELINE_AFTER = /^(?:,?[ \t]*\d{4})?[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:[-—–]|\/)/;

/** The date of a wire dateline: when the story was filed, not when what it reports happened. */
function datelineDate(text: string, t: Timex): boolean {
  return (
    DATELINE_BEFORE.test(text.slice(Math.max(0, t.start - 60), t.start)) &&
    DATELINE_AFTER.test(text.slice(t.end, t.end + 50))
  );
}

function datingTimexes(inPassage: Timex[], doc: DocumentInput): Dated[] {
  const dated = inPassage
    .filter((t): t is Dated => (t.type === "DATE" || t.type === "TIME") && !!t.range)
    .filter((t) => !targetPeriod(doc.text, t, doc.published));
  // The filing date stands in for the story's own time only when the passage gives none up to
  // that day: "KYIV, June 3 - ... on Tuesday" happened on Tuesday, while "SYDNEY, June 18 - X said
  // ... the July 11 election" reports a saying on June 18 and an election still ahead.
  const candidates = dated.filter(
    (t) =>
      !datelineDate(doc.text, t) ||
      !dated.some((o) => o !== t && o.range.end <= t.range.start && !datelineDate(doc.text, o)),
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

export function buildEvents(doc: DocumentInput, analysis: Analysis): DatelineEvent[] {
  const { text } = doc;
  const events: DatelineEvent[] = [];
  const groups = groupRepeatedPassages(text, analysis.passages);
  const canonicals = groups.map((g) => g.canonical);
  const timexesIn = byPassage(canonicals, analysis.timexes);
  const placesIn = byPassage(canonicals, analysis.placeMatches);
  groups.forEach((group, k) => {
    const dated = datingTimexes(timexesIn[k]!, doc);
    // Most passages date nothing: their text and category are never needed.
    if (dated.length === 0) return;
    const p = group.canonical;
    // Its date says when the article was written, which `published` already holds.
    if (isBylineLine(lineAround(text, p))) return;
    const passageText = squashWhitespace(text.slice(p.start, p.end));
    const category = categorizePassage(passageText);
    for (const t of dated) {
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
        places: eventPlaceIds(text, p, placesIn[k]!, t),
        by: `events/passage+${t.by}`,
        category,
      };
      if (group.others.length > 0) {
        event.occurrences = group.others.map((o) => ({ doc: doc.id, start: o.start, end: o.end }));
      }
      events.push(event);
    }
  });
  return events;
}
