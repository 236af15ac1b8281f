// The compact form the app loads first, derived from a schema-1 dataset. The same pure code runs
// at build time (src/cli/derive.ts writes it to files) and in the dataset worker (when only
// dataset.json is served), so both paths hand the panels the same thing. What it leaves out is what
// a large corpus is mostly made of and the first view never needs: the document texts (loaded per
// article when Sources shows a passage), the `dates` list, and the mentions as objects (they become
// columns of integers, with the passage each one sits in worked out once here).
import type { Dataset, DatelineEvent, DocumentRecord, Place } from "../../core/contract";
import { eventSpans } from "./datasetIndex";
import { sentenceAround } from "./passages";
import { VIA_CODES, type MentionTable } from "./mentionTable";

export type DocumentSummary = Omit<DocumentRecord, "text">;
export type PlaceSummary = Omit<Place, "mentions"> & { mentionCount: number };

export interface DerivedMeta {
  documents: DocumentSummary[];
  places: PlaceSummary[];
}

export interface DerivedData {
  meta: DerivedMeta;
  /** Events in timeline order: by date start, then end, then document and position. */
  events: DatelineEvent[];
  mentions: MentionTable;
  /** Document texts, by index in `meta.documents`. */
  texts: string[];
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function timelineOrder(a: DatelineEvent, b: DatelineEvent): number {
  return (
    cmp(a.date.start, b.date.start) ||
    cmp(a.date.end, b.date.end) ||
    cmp(a.doc, b.doc) ||
    a.start - b.start
  );
}

/** Expects a dataset that passed parseDataset (spans inside their texts, known documents). */
export function deriveCompact(dataset: Dataset): DerivedData {
  const documentIndex = new Map(dataset.documents.map((d, i) => [d.id, i]));
  const events = [...dataset.events].sort(timelineOrder);
  // Event passages per document in timeline order, so a mention's first holder is the one the
  // timeline lists first.
  const spansByDoc = new Map<string, { start: number; end: number; event: number }[]>();
  events.forEach((event, i) => {
    for (const s of eventSpans(event)) {
      const list = spansByDoc.get(s.doc) ?? [];
      list.push({ start: s.start, end: s.end, event: i });
      spansByDoc.set(s.doc, list);
    }
  });

  // Mentions of a document the dataset lacks are left out (validation reports them first).
  const byPlace = dataset.places.map((place) =>
    place.mentions
      .map((mention) => ({ mention, doc: documentIndex.get(mention.doc) ?? -1 }))
      .filter((x) => x.doc >= 0)
      .sort((a, b) => a.doc - b.doc || a.mention.start - b.mention.start),
  );
  const mentionCount = byPlace.reduce((n, list) => n + list.length, 0);
  const table: MentionTable = {
    placeStart: new Int32Array(dataset.places.length + 1),
    doc: new Int32Array(mentionCount),
    start: new Int32Array(mentionCount),
    end: new Int32Array(mentionCount),
    via: new Int32Array(mentionCount),
    passageStart: new Int32Array(mentionCount),
    passageEnd: new Int32Array(mentionCount),
    memberStart: new Int32Array(mentionCount + 1),
    members: new Int32Array(0),
  };
  const members: number[] = [];
  let m = 0;
  byPlace.forEach((mentions, p) => {
    table.placeStart[p] = m;
    for (const { mention, doc } of mentions) {
      const holding = (spansByDoc.get(mention.doc) ?? []).filter(
        (s) => mention.start >= s.start && mention.end <= s.end,
      );
      const bounds =
        holding[0] ?? sentenceAround(dataset.documents[doc]!.text, mention.start, mention.end);
      table.doc[m] = doc;
      table.start[m] = mention.start;
      table.end[m] = mention.end;
      table.via[m] = Math.max(0, VIA_CODES.indexOf(mention.via));
      table.passageStart[m] = bounds.start;
      table.passageEnd[m] = bounds.end;
      table.memberStart[m] = members.length;
      // An event holding the mention in its passage and a repeat is listed once.
      for (const h of holding)
        if (!members.includes(h.event, table.memberStart[m])) members.push(h.event);
      m++;
    }
  });
  table.placeStart[dataset.places.length] = m;
  table.memberStart[m] = members.length;
  table.members = Int32Array.from(members);

  return {
    meta: {
      documents: dataset.documents.map(({ text: _text, ...summary }) => summary),
      places: dataset.places.map(({ mentions: _mentions, ...summary }, p) => ({
        ...summary,
        mentionCount: table.placeStart[p + 1]! - table.placeStart[p]!,
      })),
    },
    events,
    mentions: table,
    texts: dataset.documents.map((d) => d.text),
  };
}
