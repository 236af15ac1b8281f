import { describe, expect, it } from "vitest";
import type { Dataset, DatelineEvent, DocumentRecord, Place } from "../../core/contract";
import { buildIndex } from "./datasetIndex";
import { deriveCompact } from "./derive";
import {
  foldRepeats,
  type PassageMatch,
  placeDocuments,
  placeWithMentions,
  segmentPassage,
  sentenceAround,
  sourcesForPlace,
} from "./passages";

const text =
  "Storms hit Velmora on Monday. Mr. Orrin Tash of the U.S. office said Velmora and Brenn were cut off.\n" +
  "Relief reached Brenn later.";

const doc: DocumentRecord = {
  id: "d1",
  title: "Storm report",
  path: "a.txt",
  url: null,
  published: "2031-05-15",
  publishedSource: "front-matter",
  genre: "news",
  text,
};

function place(name: string): Place {
  const mentions = [...text.matchAll(new RegExp(name, "g"))].map((m) => ({
    doc: "d1",
    start: m.index,
    end: m.index + name.length,
  }));
  return { id: `x:${name}`, name, kind: "city", country: null, lat: 0, lon: 0, mentions };
}

describe("sentenceAround", () => {
  it("does not split at titles or dotted acronyms", () => {
    const at = text.indexOf("Brenn");
    const s = sentenceAround(text, at, at + 5);
    expect(text.slice(s.start, s.end)).toBe(
      "Mr. Orrin Tash of the U.S. office said Velmora and Brenn were cut off.",
    );
  });

  it("stops at a line break", () => {
    const at = text.lastIndexOf("Brenn");
    const s = sentenceAround(text, at, at + 5);
    expect(text.slice(s.start, s.end)).toBe("Relief reached Brenn later.");
  });
});

function sources(place: Place, events: DatelineEvent[]) {
  const dataset: Dataset = {
    schemaVersion: 1,
    documents: [doc],
    places: [place],
    events,
    dates: [],
  };
  return sourcesForPlace(buildIndex(deriveCompact(dataset)), place.id, () => text);
}

describe("sourcesForPlace", () => {
  it("groups mentions of one sentence into one passage with every mention marked", () => {
    const found = sources(place("Velmora"), []);
    expect(found).toHaveLength(1);
    const passages = found[0]!.passages;
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual([
      "Storms hit Velmora on Monday.",
      "Mr. Orrin Tash of the U.S. office said Velmora and Brenn were cut off.",
    ]);
    expect(segmentPassage(text, passages[0]!)).toEqual([
      { text: "Storms hit ", marked: false },
      { text: "Velmora", marked: true },
      { text: " on Monday.", marked: false },
    ]);
  });

  it("prefers the event's passage bounds over its own sentence scan", () => {
    const start = text.indexOf("Relief");
    const event: DatelineEvent = {
      id: "e1",
      doc: "d1",
      start: 0,
      end: text.length,
      text,
      date: {
        start: "2031-05-12",
        end: "2031-05-12",
        granularity: "day",
        text: "Monday",
        span: { doc: "d1", start: 22, end: 28 },
      },
      places: [],
    };
    const found = sources(place("Brenn"), [event]);
    expect(found[0]!.passages).toHaveLength(1);
    expect(found[0]!.passages[0]!.marks).toHaveLength(2);
    expect(found[0]!.passages[0]!.events.map((e) => e.id)).toEqual(["e1"]);
    expect(start).toBeGreaterThan(0);
  });

  it("gives nothing for a place without mentions", () => {
    expect(sources({ ...place("Nowhere"), mentions: [] }, [])).toEqual([]);
  });

  it("leaves out documents whose text has not loaded, and rebuilds the place's mentions", () => {
    const velmora = place("Velmora");
    const dataset: Dataset = {
      schemaVersion: 1,
      documents: [doc],
      places: [velmora],
      events: [],
      dates: [],
    };
    const index = buildIndex(deriveCompact(dataset));
    expect(placeDocuments(index, velmora.id)).toEqual([0]);
    expect(sourcesForPlace(index, velmora.id, () => undefined)).toEqual([]);
    expect(placeWithMentions(index, velmora.id)).toEqual(velmora);
  });
});

describe("foldRepeats", () => {
  // An invented article whose pull quote repeats a sentence, with other spacing and quote marks.
  const article =
    "The dam at Velmora’s edge held. Crews cheered.  The dam at  Velmora's edge held.";
  const passage = (start: number, end: number): PassageMatch => ({
    start,
    end,
    events: [],
    marks: [],
  });

  it("shows a passage that stands twice in an article once, with its count", () => {
    const second = article.lastIndexOf("The dam");
    const folded = foldRepeats(
      [passage(0, 31), passage(32, 46), passage(second, article.length)],
      article,
    );
    expect(folded.map((p) => [p.start, p.repeats ?? 0])).toEqual([
      [0, 1],
      [32, 0],
    ]);
  });
});
