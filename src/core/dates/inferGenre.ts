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

export function inferGenre(text: string): { genre: Genre; evidence: string } {
  const ctx: DateContext = { text, ref: { day: null, time: null }, genre: "news" };
  const drafts = recogniseRelativeDates(ctx, recogniseCalendarDates(ctx, []));
  const absolute = drafts.filter(isAbsolute);
  const deictic = drafts.filter(isDeictic).length;
  const years = new Set(
    absolute.map((d) => /\d{4}/.exec(d.text)?.[0]).filter((y): y is string => y !== undefined),
  );
  // Narrative: several distinct years, and absolute dates outnumber deictic ones three to one.
  const narrative =
    absolute.length >= 5 && years.size >= 3 && absolute.length >= 3 * Math.max(1, deictic);
  const evidence = `${absolute.length} absolute dates over ${years.size} distinct years, ${deictic} expressions relative to the time of writing`;
  return { genre: narrative ? "narrative" : "news", evidence };
}
