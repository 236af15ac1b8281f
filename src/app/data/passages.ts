// Finds the passage (sentence) around a place mention for the Sources panel. An event's passage is
// the extractor's own sentence boundary, so it is preferred; otherwise a plain sentence scan.
import type { DatelineEvent, DocumentRecord, MentionVia, Place } from "../../core/contract";
import { eventSpans } from "./datasetIndex";

export interface PassageMatch {
  start: number;
  end: number;
  /** The events this passage reports, when it is an event's passage. */
  events: DatelineEvent[];
  /** Mention offsets inside the document text, in order. */
  marks: { start: number; end: number; via?: MentionVia }[];
}

export interface DocumentSources {
  document: DocumentRecord;
  passages: PassageMatch[];
}

export interface TextSegment {
  text: string;
  marked: boolean;
  /** How a marked mention names the place: "demonym" for "Velmoran", "metonym" for a seat of power. */
  via?: MentionVia;
}

// Titles and abbreviations a full stop follows inside a sentence in English news copy.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr prof st sen rep gov gen lt col maj capt sgt cmdr adm pres jr sr co corp inc ltd no vs etc jan feb mar apr jun jul aug sep sept oct nov dec".split(
    " ",
  ),
);
const MAX_REACH = 600;

function isSentenceEnd(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === "\n") return true;
  if (ch !== "." && ch !== "!" && ch !== "?") return false;
  let j = i + 1;
  while (j < text.length && /["'”’)\]]/.test(text[j] ?? "")) j++;
  if (j < text.length && !/\s/.test(text[j] ?? "")) return false;
  if (ch === ".") {
    const word = /([A-Za-z]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? "";
    if (ABBREVIATIONS.has(word.toLowerCase())) return false;
    // Initials and dotted acronyms: "J. Smith", "the U.S. said".
    if (word.length === 1 && /[A-Z]/.test(word)) return false;
  }
  return true;
}

/** The sentence holding text[start, end), trimmed of surrounding whitespace. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  const minS = Math.max(0, start - MAX_REACH);
  while (s > minS && !isSentenceEnd(text, s - 1)) s--;
  let e = end;
  const maxE = Math.min(text.length, end + MAX_REACH);
  while (e < maxE && !isSentenceEnd(text, e)) e++;
  // Keep the closing punctuation and quotes with the sentence.
  if (e < text.length && text[e] !== "\n") {
    e++;
    while (e < text.length && /["'”’)\]]/.test(text[e] ?? "")) e++;
  }
  while (s < e && /\s/.test(text[s] ?? "")) s++;
  while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e };
}

/** Every passage holding a mention of the place, grouped by document in dataset order. */
export function sourcesForPlace(
  place: Place,
  documents: readonly DocumentRecord[],
  events: readonly DatelineEvent[],
): DocumentSources[] {
  const documentsById = new Map(documents.map((d) => [d.id, d]));
  // Event passages (and their repeats) per document, so each mention scans only its own document's.
  const passagesByDoc = new Map<string, { start: number; end: number; event: DatelineEvent }[]>();
  for (const event of events) {
    for (const span of eventSpans(event)) {
      const list = passagesByDoc.get(span.doc) ?? [];
      list.push({ start: span.start, end: span.end, event });
      passagesByDoc.set(span.doc, list);
    }
  }
  const byDoc = new Map<string, Map<string, PassageMatch>>();
  for (const mention of place.mentions) {
    const doc = documentsById.get(mention.doc);
    if (!doc) continue;
    const holding = (passagesByDoc.get(doc.id) ?? []).filter(
      (s) => mention.start >= s.start && mention.end <= s.end,
    );
    const bounds = holding[0] ?? sentenceAround(doc.text, mention.start, mention.end);
    const passages = byDoc.get(doc.id) ?? new Map<string, PassageMatch>();
    byDoc.set(doc.id, passages);
    const key = `${bounds.start}:${bounds.end}`;
    const passage = passages.get(key) ?? {
      start: bounds.start,
      end: bounds.end,
      // A passage with two dates gives two events over the same span.
      events: holding
        .filter((h) => h.start === bounds.start && h.end === bounds.end)
        .map((h) => h.event),
      marks: [],
    };
    passages.set(key, passage);
    passage.marks.push({ start: mention.start, end: mention.end, via: mention.via });
  }
  const result: DocumentSources[] = [];
  for (const document of documents) {
    const passages = byDoc.get(document.id);
    if (!passages) continue;
    const list = [...passages.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    for (const p of list) p.marks.sort((a, b) => a.start - b.start);
    result.push({ document, passages: list });
  }
  return result;
}

/** Splits a passage into plain and marked runs; overlapping marks merge. */
export function segmentPassage(text: string, passage: PassageMatch): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = passage.start;
  for (const mark of passage.marks) {
    const s = Math.max(mark.start, cursor);
    const e = Math.min(mark.end, passage.end);
    if (e <= s) continue;
    if (s > cursor) segments.push({ text: text.slice(cursor, s), marked: false });
    segments.push(
      mark.via && mark.via !== "name"
        ? { text: text.slice(s, e), marked: true, via: mark.via }
        : { text: text.slice(s, e), marked: true },
    );
    cursor = e;
  }
  if (cursor < passage.end) segments.push({ text: text.slice(cursor, passage.end), marked: false });
  return segments;
}
