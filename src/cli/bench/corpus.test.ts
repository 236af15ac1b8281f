import { describe, expect, it } from "vitest";
import { parseDataset } from "../../app/data/datasetSchema";
import type { Dataset, DatelineEvent } from "../../core/contract";
import { scaleDataset } from "./corpus";

// A small dataset written for this test: two articles, three events, two places.
const TEXT_A = "Rain closed the port of Kestrel on Monday. Boats left Kestrel on March 3.";
const TEXT_B = "Farmers met in Dunmore in 2019.";
const TEXTS: Record<string, string> = { a: TEXT_A, b: TEXT_B };

/** Where `needle` stands in document `doc` (its n-th occurrence). */
function at(doc: string, needle: string, n = 0) {
  let start = -1;
  for (let i = 0; i <= n; i++) start = TEXTS[doc]!.indexOf(needle, start + 1);
  return { doc, start, end: start + needle.length };
}

function event(
  id: string,
  passage: { doc: string; start: number; end: number },
  dateText: string,
  range: [string, string],
  granularity: "day" | "year",
  place: string,
): DatelineEvent {
  const text = TEXTS[passage.doc]!.slice(passage.start, passage.end);
  return {
    id,
    ...passage,
    text,
    date: {
      start: range[0],
      end: range[1],
      granularity,
      text: dateText,
      span: at(passage.doc, dateText),
    },
    places: [place],
  };
}

const BASE: Dataset = {
  schemaVersion: 1,
  documents: [
    {
      id: "a",
      title: "Port",
      path: "a.txt",
      url: null,
      published: "2021-03-10",
      publishedSource: "front-matter",
      genre: "news",
      text: TEXT_A,
    },
    {
      id: "b",
      title: "Farmers",
      path: "b.txt",
      url: null,
      published: "2021-03-10T08:00:00Z",
      publishedSource: "front-matter",
      genre: "news",
      text: TEXT_B,
    },
  ],
  places: [
    {
      id: "site:dunmore",
      name: "Dunmore",
      kind: "site",
      country: null,
      lat: 1,
      lon: 2,
      mentions: [at("b", "Dunmore")],
    },
    {
      id: "site:kestrel",
      name: "Kestrel",
      kind: "site",
      country: null,
      lat: 3,
      lon: 4,
      mentions: [at("a", "Kestrel"), at("a", "Kestrel", 1)],
    },
  ],
  events: [
    event("b-1", at("b", TEXT_B), "2019", ["2019-01-01", "2019-12-31"], "year", "site:dunmore"),
    event(
      "a-2",
      at("a", "Boats left Kestrel on March 3."),
      "March 3",
      ["2021-03-03", "2021-03-03"],
      "day",
      "site:kestrel",
    ),
    event(
      "a-1",
      at("a", "Rain closed the port of Kestrel on Monday."),
      "Monday",
      ["2021-03-08", "2021-03-08"],
      "day",
      "site:kestrel",
    ),
  ],
  dates: [
    {
      span: at("a", "Monday"),
      text: "Monday",
      type: "DATE",
      value: "2021-03-08",
      start: "2021-03-08",
      end: "2021-03-08",
    },
    { span: at("b", "2019"), text: "2019", type: "DATE", value: "2019" },
  ],
};

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe("scaleDataset", () => {
  it("gives each copy's events a story of their own", () => {
    const storied = { ...BASE, events: BASE.events.map((e) => ({ ...e, story: "story:s1" })) };
    const scaled = scaleDataset(storied, 7);
    const weeks = new Set(scaled.events.map((e) => e.id.split("~")[1] ?? ""));
    expect(new Set(scaled.events.map((e) => e.story)).size).toBe(weeks.size);
  });

  it("the base is valid to begin with", () => {
    expect(parseDataset(BASE)).toMatchObject({ ok: true });
  });

  it("grows to exactly the size asked with copies shifted by whole weeks under fresh ids", () => {
    const scaled = scaleDataset(BASE, 7);
    expect(scaled.events).toHaveLength(7);
    expect(new Set(scaled.events.map((e) => e.id)).size).toBe(7);
    expect(new Set(scaled.documents.map((d) => d.id)).size).toBe(scaled.documents.length);
    expect(parseDataset(scaled)).toMatchObject({ ok: true });
    for (const e of scaled.events) {
      const original = BASE.events.find((b) => e.id.startsWith(b.id))!;
      const days = (Date.parse(e.date.start) - Date.parse(original.date.start)) / 86_400_000;
      expect(days % 7).toBe(0);
      expect(e.date.span.doc).toBe(e.doc);
      expect(scaled.documents.find((d) => d.id === e.doc)!.text.slice(e.start, e.end)).toBe(
        original.text,
      );
    }
    // Copy 1 of "b" was published a week after the original, at the same time of day.
    expect(scaled.documents.find((d) => d.id === "b~w1")?.published).toBe("2021-03-17T08:00:00Z");
    const kestrel = scaled.places.find((p) => p.id === "site:kestrel")!;
    expect(kestrel.mentions.length).toBe(
      2 * scaled.documents.filter((d) => d.text === TEXT_A).length,
    );
    const monday = scaled.dates.find((d) => d.span.doc === "a~w1" && d.text === "Monday");
    expect(monday).toMatchObject({ value: "2021-03-15", start: "2021-03-15", end: "2021-03-15" });
  });

  it("keeps the contract's order", () => {
    const scaled = scaleDataset(BASE, 9);
    const paths = scaled.documents.map((d) => d.path);
    expect(paths).toEqual([...paths].sort(cmp));
    const keys = scaled.events.map(
      (e) => `${e.date.start} ${e.doc} ${String(e.start).padStart(5)}`,
    );
    expect(keys).toEqual([...keys].sort(cmp));
  });

  it("cuts a smaller size to whole articles first, with only the documents and places used", () => {
    const scaled = scaleDataset(BASE, 1);
    expect(scaled.events).toHaveLength(1);
    expect(scaled.documents.map((d) => d.id)).toEqual([scaled.events[0]!.doc]);
    expect(scaled.places).toHaveLength(1);
    expect(scaled.places[0]!.mentions.map((m) => m.doc)).toEqual([
      scaled.events[0]!.doc,
      scaled.events[0]!.doc,
    ]);
    expect(parseDataset(scaled)).toMatchObject({ ok: true });
  });

  it("refuses a base without events", () => {
    expect(() => scaleDataset({ ...BASE, events: [] }, 10)).toThrow(/no events/);
  });
});
