// Assembles per-document analyses into the one Dataset file. Sorting follows CONTRACT.md so the
// same inputs give byte-identical output; comparisons are plain code-unit order, never
// localeCompare, whose result depends on the machine's locale.
//
// Two steps, so that a corpus of tens of thousands of articles fits in memory: `findingsOf` cuts
// one document's analysis down to what the dataset keeps (no passages, no tracing fields, each
// place once), and `mergeFindings` runs once, after every article is done, over those findings.
// Stages that span articles belong in the merge.

import type {
  Dataset,
  DateMention,
  DatelineEvent,
  DocumentRecord,
  Mention,
  Place,
} from "./contract";
import type { Analysis, PlaceRef } from "./context";
import { applyStories, assignStories, maskedPassage } from "./stories";
import { REGION_RADIUS_KM } from "./places/tables";

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** One document's share of the dataset, already in the contract's shapes. */
export interface DocumentFindings {
  /** Each place the document names, once, with its mentions in text order. */
  places: { place: PlaceRef; mentions: Mention[] }[];
  events: DatelineEvent[];
  dates: DateMention[];
  /** Per event (same order), its passage with dates and places blanked: what the grouping of one
   * happening across articles compares, worked out here because only here is the text at hand. */
  masked: string[];
}

export function findingsOf(
  record: Pick<DocumentRecord, "id" | "text">,
  analysis: Analysis,
): DocumentFindings {
  const doc = record.id;
  const places = new Map<string, { place: PlaceRef; mentions: Mention[] }>();
  for (const m of analysis.placeMatches) {
    let entry = places.get(m.place.id);
    if (!entry) {
      entry = { place: m.place, mentions: [] };
      places.set(m.place.id, entry);
    }
    entry.mentions.push({ doc, start: m.start, end: m.end, via: m.via });
  }
  const dates = analysis.timexes.map((t) => {
    const d: DateMention = {
      span: { doc, start: t.start, end: t.end },
      text: t.text,
      type: t.type,
      value: t.value,
    };
    if (t.mod) d.mod = t.mod;
    if (t.range) {
      d.start = t.range.start;
      d.end = t.range.end;
    }
    return d;
  });
  // placeMatches are in text order, so the mentions inside a passage are found by a filter.
  const masked = analysis.events.map((e) =>
    maskedPassage(
      e,
      record.text,
      analysis.placeMatches.filter((m) => m.end > e.start && m.start < e.end),
    ),
  );
  return { places: [...places.values()], events: analysis.events, dates, masked };
}

/** Places, events and dates of the whole corpus, in the contract's order. */
export function mergeFindings(
  findings: Iterable<DocumentFindings>,
): Pick<Dataset, "places" | "events" | "dates"> {
  const places = new Map<string, Place>();
  const events: DatelineEvent[] = [];
  const dates: DateMention[] = [];
  const masked = new Map<string, string>();
  for (const f of findings) {
    for (const { place: ref, mentions } of f.places) {
      let place = places.get(ref.id);
      if (!place) {
        // A region's reach comes from the table, not the findings, so every path to a dataset
        // (the CLI, the queue, the browser's re-merge) gives the same place.
        const radiusKm = REGION_RADIUS_KM[ref.id];
        place =
          radiusKm === undefined ? { ...ref, mentions: [] } : { ...ref, radiusKm, mentions: [] };
        places.set(ref.id, place);
      }
      // A loop, not push(...mentions): a place named thousands of times must not overflow the
      // argument limit.
      for (const m of mentions) place.mentions.push(m);
    }
    f.events.forEach((e, i) => {
      events.push(e);
      masked.set(e.id, f.masked[i] ?? e.text);
    });
    for (const d of f.dates) dates.push(d);
  }
  const placeList = [...places.values()].sort((a, b) => cmp(a.id, b.id));
  for (const p of placeList) p.mentions.sort(byMention);
  events.sort(byEvent);
  dates.sort(byDateMention);
  // Stages that span articles run here, once, on the whole corpus: one happening reported by
  // several articles gets one `story` id (src/core/stories).
  const stories = assignStories({ places: placeList, events }, (e) => masked.get(e.id) ?? e.text);
  return { places: placeList, events: applyStories(events, stories), dates };
}

/** The contract's order of documents; the CLI sorts its files by it to write documents as they come. */
export const byPath = (a: { path: string }, b: { path: string }): number => cmp(a.path, b.path);

/** The contract's order of a place's mentions: by document, then position. */
export const byMention = (a: Mention, b: Mention): number => cmp(a.doc, b.doc) || a.start - b.start;

/** The contract's order of events: by date start, then document, then position. */
export const byEvent = (a: DatelineEvent, b: DatelineEvent): number =>
  cmp(a.date.start, b.date.start) ||
  cmp(a.doc, b.doc) ||
  a.start - b.start ||
  a.date.span.start - b.date.span.start;

/** The contract's order of date mentions: by document, then span. */
export const byDateMention = (a: DateMention, b: DateMention): number =>
  cmp(a.span.doc, b.span.doc) || a.span.start - b.span.start || a.span.end - b.span.end;

export function buildDataset(items: { record: DocumentRecord; analysis: Analysis }[]): Dataset {
  return assembleDataset(
    items.map((i) => ({ record: i.record, findings: findingsOf(i.record, i.analysis) })),
  );
}

/** The whole dataset of documents with their findings: documents in path order, the rest merged. */
export function assembleDataset(
  items: readonly { record: DocumentRecord; findings: DocumentFindings }[],
): Dataset {
  const documents = items.map((i) => i.record).sort(byPath);
  return { schemaVersion: 1, documents, ...mergeFindings(items.map((i) => i.findings)) };
}

/**
 * Each document of a dataset with its findings, as `findingsOf` gave them when it was extracted:
 * a dataset file keeps everything the merge needs (mentions, events, dates, the texts the masked
 * passages are cut from), so documents extracted elsewhere merge with new ones exactly as if all
 * had been extracted in one run. `assembleDataset` of the result gives the dataset back (stories
 * regrouped by the same rules).
 */
export function splitDataset(
  dataset: Dataset,
): { record: DocumentRecord; findings: DocumentFindings }[] {
  const byDoc = new Map<string, DocumentFindings>();
  const of = (doc: string): DocumentFindings => {
    let f = byDoc.get(doc);
    if (!f) byDoc.set(doc, (f = { places: [], events: [], dates: [], masked: [] }));
    return f;
  };
  for (const { mentions, ...place } of dataset.places) {
    // Mentions are sorted by document, so each document's run is one entry.
    let entry: { place: PlaceRef; mentions: Mention[] } | null = null;
    for (const m of mentions) {
      if (entry?.mentions[0]?.doc !== m.doc) {
        entry = { place, mentions: [] };
        of(m.doc).places.push(entry);
      }
      entry.mentions.push(m);
    }
  }
  const texts = new Map(dataset.documents.map((d) => [d.id, d.text]));
  for (const { story: _story, ...event } of dataset.events) of(event.doc).events.push(event);
  for (const d of dataset.dates) of(d.span.doc).dates.push(d);
  return dataset.documents.map((record) => {
    const findings = of(record.id);
    const mentions = findings.places.flatMap((p) => p.mentions);
    findings.masked = findings.events.map((e) =>
      maskedPassage(e, texts.get(record.id) ?? "", mentions),
    );
    return { record, findings };
  });
}
