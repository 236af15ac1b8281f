// Finds the passage (sentence) around a place mention for the Sources panel. An event's passage is
// the extractor's own sentence boundary, so it is preferred; otherwise a plain sentence scan.
import type { DatelineEvent, DocumentRecord, MentionVia, Place } from "../../core/contract";
import type { Passage } from "../../core/context";
import { splitPassages } from "../../core/text/passages";
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

// The extractor's own sentence splitter: a passage in Sources is cut where the extractor cut it, so
// a mention outside any event sits in the same sentence the events stage would have used. Each
// document's passages are split once and kept while the app runs.
const passagesOfText = new Map<string, Passage[]>();

function passagesOf(text: string): Passage[] {
  let passages = passagesOfText.get(text);
  if (!passages) {
    passages = splitPassages(text);
    passagesOfText.set(text, passages);
  }
  return passages;
}

/** The sentence holding text[start, end), trimmed of surrounding whitespace. */
export function sentenceAround(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const passages = passagesOf(text);
  // Binary search for the last passage starting at or before the mention.
  let lo = 0;
  let hi = passages.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (passages[mid]!.start <= start) lo = mid + 1;
    else hi = mid;
  }
  const first = passages[lo - 1];
  if (!first) return { start, end };
  let last = first;
  // A mention that runs over a passage break keeps the following passages with it.
  for (let i = lo; i < passages.length && last.end < end; i++) last = passages[i]!;
  return { start: first.start, end: Math.max(last.end, end) };
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
