// Validates the dataset on load (CONTRACT.md, schema 1) so a malformed or stale file gives a clear
// error screen instead of a half-drawn map. Unknown fields pass through unvalidated: the contract
// lets the extractor add optional fields that readers ignore.
import * as z from "zod/mini";
import type { Dataset } from "../../core/contract";

// zod compiles object parsers with `new Function` unless told not to, which a CSP without
// 'unsafe-eval' blocks; the jitless parser is fast enough for a dataset of this size. zod/mini
// (functional checks) rather than classic zod keeps the bundle some 60 kB smaller.
z.config({ jitless: true });

const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "expected a YYYY-MM-DD date"));
const offset = z.int().check(z.nonnegative());
const span = z.object({ doc: z.string(), start: offset, end: offset });

const documentSchema = z.object({
  id: z.string().check(z.minLength(1)),
  title: z.string(),
  path: z.string(),
  url: z.nullable(z.string()),
  published: z.nullable(z.string()),
  publishedSource: z.string(),
  genre: z.enum(["news", "narrative"]),
  text: z.string(),
  outlet: z.optional(z.string()),
});

const placeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string(),
  kind: z.enum(["country", "admin", "city", "site", "region", "continent"]),
  country: z.nullable(z.string()),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  radiusKm: z.optional(z.number().check(z.positive())),
  mentions: z.array(z.extend(span, { via: z.optional(z.enum(["name", "demonym", "metonym"])) })),
});

const eventSchema = z.object({
  id: z.string().check(z.minLength(1)),
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
  occurrences: z.optional(z.array(span)),
  category: z.optional(z.enum(["military", "diplomacy", "economy", "humanitarian", "other"])),
  story: z.optional(z.string()),
});

const dateMentionSchema = z.object({
  span,
  text: z.string(),
  type: z.enum(["DATE", "TIME", "DURATION", "SET"]),
  value: z.string(),
  mod: z.optional(z.string()),
  start: z.optional(isoDate),
  end: z.optional(isoDate),
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
      .map((issue) => `${issue.path.length ? issue.path.join(".") : "(root)"}: ${describe(issue)}`);
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

// zod/mini ships no error messages ("Invalid input" for everything); these say what was expected.
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return `expected ${issue.expected}`;
    case "invalid_value":
      return `expected ${issue.values.map((v) => JSON.stringify(v)).join(" or ")}`;
    case "too_small":
      return issue.origin === "string"
        ? `must not be empty`
        : `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    default:
      return issue.message;
  }
}
