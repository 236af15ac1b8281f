// Property tests over arbitrary text and over article-like text built from generated sentences:
// the extractor never throws, every span indexes the text and says what it claims, every date
// range runs forwards, the output validates against the app's schema, and the same input gives
// the same bytes. `npm run test:props` runs the long version (PROPERTY_RUNS=10000).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { parseDataset } from "../app/data/datasetSchema";
import { loadGazetteer } from "../cli/loadGazetteer";
import { buildDataset } from "./dataset";
import { prepareDocument } from "./document";
import type { Gazetteer } from "./places/gazetteer";
import { analyzeDocument } from "./pipeline";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

// Invented and real words mixed, so that the date and place stages have something to chew on.
const words = fc.constantFrom(
  "the",
  "council",
  "said",
  "on",
  "Monday",
  "last",
  "week",
  "in",
  "Paris",
  "Texas",
  "March",
  "3",
  "2019",
  "early",
  "October",
  "will",
  "meet",
  "Thursday",
  "for",
  "four",
  "weeks",
  "each",
  "spring",
  "Ukrainian",
  "troops",
  "near",
  "Varnholt",
  "region",
  "yesterday",
  "ago",
  "two",
  "days",
  "later",
  "the",
  "Kremlin",
  "White",
  "House",
  "Georgia",
  "“quoted”",
  "’s",
  "1648056058",
  "12:30",
  "a.m.",
  "U.S.",
  "Dr.",
  "—",
  ",",
  ".",
  "\n",
  "\n\n",
  "St.",
  "Jan.",
  "1st",
  "mid-2020",
  "1990s",
  "tonight",
);
const sentence = fc.array(words, { minLength: 1, maxLength: 25 }).map((ws) => `${ws.join(" ")}.`);
const article = fc.array(sentence, { minLength: 1, maxLength: 30 }).map((ss) => ss.join(" "));
const anyText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 200 }),
  article,
);
const published = fc.constantFrom(null, "2022-03-23", "1999-12-31T23:30:00Z", "2020-02-29");

function check(text: string, pub: string | null) {
  const prepared = prepareDocument({ path: "prop/a.txt", format: "text", content: text });
  if (!prepared.ok) return; // empty after trimming: a skip, not a crash
  const record = { ...prepared.record, published: pub ?? prepared.record.published };
  const analysis = analyzeDocument(record, { gazetteer });
  const ds = buildDataset([{ record, analysis }]);
  const t = record.text;
  for (const d of ds.dates) {
    expect(t.slice(d.span.start, d.span.end)).toBe(d.text);
    if (d.start && d.end) expect(d.start <= d.end).toBe(true);
  }
  for (const p of ds.places) {
    for (const m of p.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.start).toBeLessThan(m.end);
      expect(m.end).toBeLessThanOrEqual(t.length);
    }
  }
  const sorted = <T>(xs: T[], key: (x: T) => string) =>
    xs.every((x, i) => i === 0 || key(xs[i - 1]!) <= key(x));
  const pad = (n: number) => String(n).padStart(9, "0");
  expect(sorted(ds.places, (p) => p.id)).toBe(true);
  expect(sorted(ds.events, (e) => `${e.date.start}|${e.doc}|${pad(e.start)}`)).toBe(true);
  expect(sorted(ds.dates, (d) => `${d.span.doc}|${pad(d.span.start)}`)).toBe(true);
  for (const e of ds.events) {
    expect(e.start).toBeLessThan(e.end);
    expect(e.end).toBeLessThanOrEqual(t.length);
    expect(t.slice(e.date.span.start, e.date.span.end)).toBe(e.date.text);
    expect(e.date.span.start >= e.start && e.date.span.end <= e.end).toBe(true);
    expect(e.date.start <= e.date.end).toBe(true);
  }
  const parsed = parseDataset(JSON.parse(JSON.stringify(ds)));
  if (!parsed.ok) throw new Error(parsed.problems.join("; "));
  const again = buildDataset([{ record, analysis: analyzeDocument(record, { gazetteer }) }]);
  expect(JSON.stringify(again)).toBe(JSON.stringify(ds));
}

describe("extractor properties", () => {
  it("holds for arbitrary and article-like text", () => {
    fc.assert(
      fc.property(anyText, published, (text, pub) => check(text, pub)),
      { numRuns: RUNS },
    );
  });
});
