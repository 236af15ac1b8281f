// Finds the passage (sentence) around a place mention for the Sources panel. An event's passage is
// the extractor's own sentence boundary, so it is preferred; otherwise a plain sentence scan.
import type {
  DatelineEvent,
  DocumentRecord,
  Mention,
  MentionVia,
  Place,
} from "../../core/contract";
import type { Passage } from "../../core/context";
import { splitPassages } from "../../core/text/passages";
import { passageKey } from "../../core/events/repeats";
import { eventSpans, type DatasetIndex } from "./datasetIndex";
import { VIA_CODES } from "./mentionTable";

export interface PassageMatch {
  start: number;
  end: number;
  /** The events this passage reports, when it is an event's passage. */
  events: DatelineEvent[];
  /** Mention offsets inside the document text, in order. */
  marks: { start: number; end: number; via?: MentionVia }[];
  /** How many more times the same passage stands in the article (a pull quote, a repeated
   * paragraph): shown once, with its count. */
  repeats?: number;
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

/** The documents (indexes into `index.documents`) that mention the place, in dataset order. */
export function placeDocuments(index: DatasetIndex, placeId: string): number[] {
  const p = index.placeOrdinal.get(placeId);
  if (p === undefined) return [];
  const { placeStart, doc } = index.mentions;
  const docs: number[] = [];
  // A place's mentions are sorted by document, so each new document shows up once, in order.
  for (let m = placeStart[p]!; m < placeStart[p + 1]!; m++) {
    if (docs[docs.length - 1] !== doc[m]) docs.push(doc[m]!);
  }
  return docs;
}

/** The place with its mentions as objects again, for the one place Sources shows. */
export function placeWithMentions(index: DatasetIndex, placeId: string): Place | undefined {
  const p = index.placeOrdinal.get(placeId);
  const summary = index.places[p ?? -1];
  if (p === undefined || !summary) return undefined;
  const { mentionCount: _count, ...place } = summary;
  const { placeStart, doc, start, end, via } = index.mentions;
  const mentions: Mention[] = [];
  for (let m = placeStart[p]!; m < placeStart[p + 1]!; m++) {
    const v = VIA_CODES[via[m]!];
    const span = { doc: index.documents[doc[m]!]?.id ?? "", start: start[m]!, end: end[m]! };
    mentions.push(v ? { ...span, via: v } : span);
  }
  return { ...place, mentions };
}

/**
 * Every passage holding a mention of the place, grouped by document in dataset order, for the
 * documents whose text `textOf` has (texts load per article). Each mention's passage and the
 * events holding it were worked out when the data was derived, so nothing here scans the events.
 */
export function sourcesForPlace(
  index: DatasetIndex,
  placeId: string,
  textOf: (doc: number) => string | undefined,
): DocumentSources[] {
  const p = index.placeOrdinal.get(placeId);
  if (p === undefined) return [];
  const table = index.mentions;
  const groups: { doc: number; passages: Map<string, PassageMatch> }[] = [];
  for (let m = table.placeStart[p]!; m < table.placeStart[p + 1]!; m++) {
    const doc = table.doc[m]!;
    let group = groups[groups.length - 1];
    if (group?.doc !== doc) {
      group = { doc, passages: new Map() };
      groups.push(group);
    }
    const bounds = { start: table.passageStart[m]!, end: table.passageEnd[m]! };
    const key = `${bounds.start}:${bounds.end}`;
    let passage = group.passages.get(key);
    if (!passage) {
      const events: DatelineEvent[] = [];
      // A passage with two dates gives two events over the same span.
      for (let k = table.memberStart[m]!; k < table.memberStart[m + 1]!; k++) {
        const event = index.events[table.members[k]!];
        if (
          event &&
          eventSpans(event).some((s) => s.start === bounds.start && s.end === bounds.end)
        )
          events.push(event);
      }
      passage = { ...bounds, events, marks: [] };
      group.passages.set(key, passage);
    }
    const via = VIA_CODES[table.via[m]!];
    const mark = { start: table.start[m]!, end: table.end[m]! };
    passage.marks.push(via ? { ...mark, via } : mark);
  }
  return groups.flatMap(({ doc, passages }) => {
    const summary = index.documents[doc];
    const text = textOf(doc);
    if (!summary || text === undefined) return [];
    const list = [...passages.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    return [{ document: { ...summary, text }, passages: foldRepeats(list, text) }];
  });
}

/** Passages of one article with the same words (quote style, punctuation and spacing aside, as
 * the extractor folds repeated passages) become the first of them with a count of the others; the
 * events any of them reports stay with it. */
export function foldRepeats(passages: PassageMatch[], text: string): PassageMatch[] {
  const first = new Map<string, PassageMatch>();
  const out: PassageMatch[] = [];
  for (const passage of passages) {
    const words = passageKey(text.slice(passage.start, passage.end));
    const kept = first.get(words);
    if (!kept) {
      first.set(words, passage);
      out.push(passage);
      continue;
    }
    kept.repeats = (kept.repeats ?? 0) + 1;
    for (const e of passage.events) if (!kept.events.includes(e)) kept.events.push(e);
  }
  return out;
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
