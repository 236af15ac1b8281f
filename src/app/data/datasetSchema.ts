// Validates the dataset on load (CONTRACT.md, schema 1) so a malformed or stale file gives a clear
// error screen instead of a half-drawn map. Unknown fields pass through unvalidated: the contract
// lets the extractor add optional fields that readers ignore.
import { z } from "zod";
import type { Dataset } from "../../core/contract";

// zod compiles object parsers with `new Function` unless told not to, which a CSP without
// 'unsafe-eval' blocks; the jitless parser is fast enough for a dataset of this size.
z.config({ jitless: true });

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "expected a YYYY-MM-DD date");
const offset = z.number().int().nonnegative();
const span = z.object({ doc: z.string(), start: offset, end: offset });

const documentSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  path: z.string(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  publishedSource: z.string(),
  genre: z.enum(["news", "narrative"]),
  text: z.string(),
});

const placeSchema = z.object({
  id: z.string().min(1),
  name: z.string(),
  kind: z.enum(["country", "admin", "city", "site", "region", "continent"]),
  country: z.string().nullable(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  mentions: z.array(span.extend({ via: z.enum(["name", "demonym", "metonym"]).optional() })),
});

const eventSchema = z.object({
  id: z.string().min(1),
  doc: z.string(),
  start: offset,
  end: offset,
  text: z.string(),
  date: z.object({
    start: isoDate,
    end: isoDate,
    granularity: z.enum(["day", "week", "month", "quarter", "year", "range"]),
    text: z.string(),
    span,
  }),
  places: z.array(z.string()),
  occurrences: z.array(span).optional(),
});

const dateMentionSchema = z.object({
  span,
  text: z.string(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  value: z.string(),
  mod: z.string().optional(),
  start: isoDate.optional(),
  end: isoDate.optional(),
});

const datasetSchema = z.object({
  schemaVersion: z.literal(1),
  documents: z.array(documentSchema),
  places: z.array(placeSchema),
  events: z.array(eventSchema),
  dates: z.array(dateMentionSchema),
});

export type DatasetParseResult = { ok: true; dataset: Dataset } | { ok: false; problems: string[] };

const MAX_PROBLEMS = 8;

/** Checks shape, then the cross-references the app relies on (spans inside their document's text,
 * event places that exist), and reports the first few problems with their JSON path. */
export function parseDataset(json: unknown): DatasetParseResult {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .slice(0, MAX_PROBLEMS)
      .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${issue.message}`);
    return { ok: false, problems };
  }
  // The schema object has the contract's shape; the contract types carry the field comments.
  const dataset = parsed.data as Dataset;
  const problems = crossReferenceProblems(dataset);
  return problems.length ? { ok: false, problems } : { ok: true, dataset };
}

function crossReferenceProblems(dataset: Dataset): string[] {
  const problems: string[] = [];
  const textLength = new Map(dataset.documents.map((d) => [d.id, d.text.length]));
  const placeIds = new Set(dataset.places.map((p) => p.id));
  const checkSpan = (where: string, s: { doc: string; start: number; end: number }) => {
    const length = textLength.get(s.doc);
    if (length === undefined) problems.push(`${where}: unknown document "${s.doc}"`);
    else if (s.start > s.end || s.end > length)
      problems.push(`${where}: offsets ${s.start}-${s.end} outside the document text`);
  };
  dataset.places.forEach((place, i) =>
    place.mentions.forEach((m, j) => checkSpan(`places.${i}.mentions.${j}`, m)),
  );
  dataset.events.forEach((event, i) => {
    checkSpan(`events.${i}`, { doc: event.doc, start: event.start, end: event.end });
    if (event.date.start > event.date.end)
      problems.push(`events.${i}.date: start ${event.date.start} is after end ${event.date.end}`);
    event.places.forEach((id, j) => {
      if (!placeIds.has(id)) problems.push(`events.${i}.places.${j}: unknown place "${id}"`);
    });
  });
  return problems.slice(0, MAX_PROBLEMS);
}
