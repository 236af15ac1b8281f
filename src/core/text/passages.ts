// Splits a document into sentence-sized passages: the unit an event is reported in and the unit
// the Sources panel quotes. Line breaks always end a passage (articles put headlines, captions
// and paragraphs on lines of their own); inside a line a sentence ends at . ! ? (with any closing
// quotes or brackets) before a space and a capital, digit or opening quote, except after a known
// abbreviation or an initial ("Gen. Smith", "J. R. Doe", "the U.S. Senate").

import type { Passage } from "../context";

const ABBREVIATIONS = new Set([
  "mr",
  "mrs",
  "ms",
  "dr",
  "prof",
  "st",
  "sr",
  "jr",
  "gen",
  "lt",
  "col",
  "capt",
  "cpt",
  "maj",
  "sgt",
  "adm",
  "cmdr",
  "sen",
  "rep",
  "gov",
  "pres",
  "rev",
  "hon",
  "supt",
  "insp",
  "det",
  "mt",
  "ft",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
  "mon",
  "tue",
  "tues",
  "wed",
  "thu",
  "thur",
  "thurs",
  "fri",
  "vs",
  "v",
  "etc",
  "inc",
  "corp",
  "ltd",
  "co",
  "bros",
  "dept",
  "univ",
  "assn",
  "approx",
  "est",
  "fig",
  "vol",
  "ave",
  "blvd",
  "rd",
  "e.g",
  "i.e",
  "a.m",
  "p.m",
  "u.s",
  "u.k",
  "u.n",
  "d.c",
  "calif",
  "conn",
  "fla",
  "ga",
  "ind",
  "kan",
  "ky",
  "la",
  "md",
  "mich",
  "minn",
  "mo",
  "mont",
  "neb",
  "nev",
  "okla",
  "ore",
  "pa",
  "penn",
  "tenn",
  "tex",
  "va",
  "vt",
  "wis",
  "wyo",
  "ariz",
  "ark",
  "colo",
  "ala",
  "n.y",
  "n.j",
  "n.c",
  "s.c",
]);

// The look-behind makes a run of stops match only from its first character, so "......" is tried
// once, not from every dot (which was quadratic on long runs).
const BOUNDARY = /(?<![.!?…])([.!?…]+)(["'”’)\]]*)(\s+)(?=["'“‘([]?[A-Z0-9])/g;

function isAbbreviation(text: string, dotIndex: number): boolean {
  // The word that the full stop ends, e.g. "Gen" in "Gen. Smith" or "U.S" in "U.S. forces".
  let i = dotIndex;
  while (i > 0 && /[A-Za-z.]/.test(text[i - 1] ?? "")) i--;
  const word = text.slice(i, dotIndex).toLowerCase();
  if (!word) return false;
  if (/^[a-z]$/.test(word)) return true; // an initial
  if (ABBREVIATIONS.has(word)) return true;
  // "No. 10", "Nos. 3 and 4": an abbreviation only when a number follows.
  if ((word === "no" || word === "nos") && /^\.\s*\d/.test(text.slice(dotIndex))) return true;
  return /^([a-z]\.)+[a-z]$/.test(word); // "u.s", "e.g", any dotted acronym
}

// A "sentence" longer than this is a run-on list or markup debris; it is cut at the last clause
// break (";", ",", then any space) before the limit, so that a passage stays readable as a quote
// and the per-passage work stays small.
export const MAX_PASSAGE = 600;

function cutLong(text: string, start: number, end: number, out: Passage[]): void {
  while (end - start > MAX_PASSAGE) {
    const window = text.slice(start, start + MAX_PASSAGE);
    let cut = Math.max(window.lastIndexOf("; "), window.lastIndexOf(", "));
    if (cut < MAX_PASSAGE / 3) cut = window.lastIndexOf(" ");
    const at = cut > 0 ? start + cut + 1 : start + MAX_PASSAGE;
    out.push({ start, end: at });
    start = at;
    while (start < end && /\s/.test(text[start] ?? "")) start++;
  }
  if (end > start) out.push({ start, end });
}

export function splitPassages(text: string): Passage[] {
  const out: Passage[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start] ?? "")) start++;
    while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
    if (end > start) cutLong(text, start, end, out);
  };
  const lineRe = /[^\n]+/g;
  for (let line = lineRe.exec(text); line; line = lineRe.exec(text)) {
    const lineStart = line.index;
    const s = line[0];
    let from = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(s); m; m = BOUNDARY.exec(s)) {
      const punct = m[1] ?? "";
      if (punct === "." && isAbbreviation(s, m.index)) continue;
      const end = m.index + punct.length + (m[2]?.length ?? 0);
      push(lineStart + from, lineStart + end);
      from = end + (m[3]?.length ?? 0);
    }
    push(lineStart + from, lineStart + s.length);
  }
  return out;
}
