// Byline and dateline lines ("By Staff Reporter, Santiago · Published November 17, 2025",
// "Published: 3 May 2024", "Updated 10:04 GMT") are about the article, not about the world: their
// date is when it was written, so they must not become events (issue 11). The publication-date
// inference still reads them; only the events stage asks this.
//
// A whole line qualifies, never part of one, and only when everything after its lead-in reads as
// names, places, dates and times: "By Tuesday, the army had withdrawn" and "Updated figures
// showed on Monday that ..." go on in lower-case words, so they stay sentences.

const MAX_LINE = 200;
const STAMP = /^(?:first |last )?(?:published|updated|posted|modified)\b/i;
const NAME_WORD = /^(?:[A-Z][\p{L}.'’-]*|\p{Lu}+)$/u;
// Words that may stand in a metadata line without a capital: joins, times, time zones.
const SMALL = new Set(["and", "of", "the", "on", "at", "in", "for", "de", "la", "van", "von"]);
const TIME = /^(?:\d[\d:.,/-]*|a\.?m\.?|p\.?m\.?|am|pm)$/i;
const DATE_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/i;

function onlyNamesAndDates(rest: string): boolean {
  const words = rest.split(/[\s,;:·•|–—()[\]/-]+/).filter((w) => w.length > 0);
  return words.every(
    (w) => NAME_WORD.test(w) || TIME.test(w) || SMALL.has(w.toLowerCase()) || STAMP.test(w),
  );
}

export function isBylineLine(line: string): boolean {
  const l = line.trim();
  if (l.length === 0 || l.length > MAX_LINE) return false;
  const stamp = STAMP.exec(l);
  if (stamp) return onlyNamesAndDates(l.slice(stamp[0].length));
  const by = /^by\s+(\S+)/i.exec(l);
  // "By Monday, ..." and "By March the river ..." are dates leading a sentence, not authors.
  if (!by || DATE_WORD.test((by[1] ?? "").replace(/[,.]$/, ""))) return false;
  return onlyNamesAndDates(l.slice(by[0].length - (by[1] ?? "").length));
}
