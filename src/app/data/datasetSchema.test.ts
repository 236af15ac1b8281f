import { describe, expect, it } from "vitest";
import { parseDataset } from "./datasetSchema";

const text = "Floods reached Velmora on 3 May 2031.";
const valid = {
  schemaVersion: 1,
  documents: [
    {
      id: "d1",
      title: "Floods",
      path: "a.txt",
      url: null,
      published: "2031-05-04",
      publishedSource: "front-matter",
      genre: "news",
      text,
    },
  ],
  places: [
    {
      id: "x:velmora",
      name: "Velmora",
      kind: "city",
      country: null,
      lat: 10,
      lon: 20,
      mentions: [{ doc: "d1", start: 15, end: 22 }],
    },
  ],
  events: [
    {
      id: "e1",
      doc: "d1",
      start: 0,
      end: text.length,
      text,
      date: {
        start: "2031-05-03",
        end: "2031-05-03",
        granularity: "day",
        text: "3 May 2031",
        span: { doc: "d1", start: 26, end: 36 },
      },
      places: ["x:velmora"],
      category: "other",
    },
  ],
  dates: [],
};

describe("parseDataset", () => {
  it("accepts a valid dataset and keeps going past unknown optional fields", () => {
    const result = parseDataset(valid);
    expect(result.ok).toBe(true);
  });

  it("names the path of a shape problem", () => {
    const broken = structuredClone(valid);
    (broken.events[0]!.date as { start: string }).start = "May 3";
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^events\.0\.date\.start/);
  });

  it("rejects another schema version", () => {
    expect(parseDataset({ ...valid, schemaVersion: 2 }).ok).toBe(false);
    expect(parseDataset("not json at all").ok).toBe(false);
  });

  it("rejects dangling references and offsets outside the text", () => {
    const broken = structuredClone(valid);
    broken.events[0]!.places = ["x:missing"];
    broken.places[0]!.mentions[0]!.end = 999;
    const result = parseDataset(broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.join("\n")).toMatch(/unknown place "x:missing"/);
      expect(result.problems.join("\n")).toMatch(/outside the document text/);
    }
  });
});
