// News or narrative? A history tells of many absolute past years and few expressions relative to
// the moment of writing; news is full of "yesterday", "Thursday", "last week". The decision counts
// both kinds among the recognised expressions (before any anchoring).
import type { Genre } from "../contract";
import { recogniseCalendarDates } from "./recogniseCalendarDates";
import { recogniseRelativeDates } from "./recogniseRelativeDates";
import type { DateContext, Draft } from "./types";

function isAbsolute(d: Draft): boolean {
  const m = d.meaning;
  if (m.k === "fixed") return /^(?:\d{3,4}|BC\d+)/.test(m.value) && d.type === "DATE";
  if (m.k === "calendar") return m.year !== undefined;
  if (m.k === "season") return m.year !== undefined;
  return false;
}

function isDeictic(d: Draft): boolean {
  const m = d.meaning;
  if (m.k === "weekday") return true;
  if (m.k === "shift") return !m.anaphoric && !m.clock;
  if (m.k === "weekend") return !m.anaphoric;
  return false;
}

// News reports speech: "said", "says", "told" run at several per thousand words in wire copy,
// while a narrative history rarely quotes anyone.
const REPORTING = /\b(?:said|says|told|according\s+to)\b/g;

export function inferGenre(text: string): { genre: Genre; evidence: string } {
  const words = Math.max(1, (text.match(/\S+/g) ?? []).length);
  const reportingPerK = ((text.match(REPORTING) ?? []).length * 1000) / words;
  const speech = `${reportingPerK.toFixed(1)} reporting verbs per 1000 words`;
  // Reported speech alone settles it, and it is cheap to count: most news is decided here without
  // running the date recognisers, which the date stage runs again anyway.
  if (reportingPerK >= 3) return { genre: "news", evidence: speech };
  const ctx: DateContext = {
    text,
    ref: { day: null, time: null },
    genre: "news",
    hemisphere: "north",
  };
  const drafts = recogniseRelativeDates(ctx, recogniseCalendarDates(ctx, []));
  const absolute = drafts.filter(isAbsolute).length;
  const deictic = drafts.filter(isDeictic).length;
  // Narrative: many absolute dates, three times as many as deictic ones, and little reported speech.
  const narrative = absolute >= 8 && absolute >= 3 * Math.max(1, deictic);
  const evidence = `${absolute} absolute dates, ${deictic} relative to the time of writing, ${speech}`;
  return { genre: narrative ? "narrative" : "news", evidence };
}
