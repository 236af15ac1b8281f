import { describe, expect, it } from "vitest";
import type { Dataset, DatelineEvent, Place } from "../../core/contract";
import {
  buildIndex,
  dayColumns,
  eventPlaces,
  eventsInRange,
  IndexBuilder,
  placeWeights,
} from "./datasetIndex";
import { deriveCompact } from "./derive";
import { decodeMentionTable, encodeMentionTable } from "./mentionTable";
import { groupEventsByDate, passageRuns } from "./timelineGroups";

// An invented two-sentence report: each sentence is one event.
const text = "Floods reached Velmora on 3 May 2031. Brenn sent boats to Velmora the next week.";
const second = text.indexOf("Brenn");

function event(
  id: string,
  start: number,
  end: number,
  from: string,
  to: string,
  granularity: DatelineEvent["date"]["granularity"],
  places: string[],
  dateText: string,
): DatelineEvent {
  const at = text.indexOf(dateText);
  return {
    id,
    doc: "d1",
    start,
    end,
    text: text.slice(start, end),
    date: {
      start: from,
      end: to,
      granularity,
      text: dateText,
      span: { doc: "d1", start: at, end: at + dateText.length },
    },
    places,
  };
}

function place(id: string, name: string, extra: Partial<Place> = {}): Place {
  const mentions = [...text.matchAll(new RegExp(name, "g"))].map((m) => ({
    doc: "d1",
    start: m.index,
    end: m.index + name.length,
  }));
  return { id, name, kind: "city", country: null, lat: 0, lon: 0, mentions, ...extra };
}

const dataset: Dataset = {
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
    place("x:velmora", "Velmora"),
    place("x:brenn", "Brenn"),
    place("x:ostmark", "Ostmark", { mentions: [] }),
  ],
  // Deliberately out of order: the index sorts.
  events: [
    event(
      "e2",
      second,
      text.length,
      "2031-05-05",
      "2031-05-11",
      "week",
      ["x:brenn", "x:velmora", "x:ostmark"],
      "the next week",
    ),
    event("e1", 0, second - 1, "2031-05-03", "2031-05-03", "day", ["x:velmora"], "3 May 2031"),
  ],
  dates: [],
};

function indexDataset(d: Dataset) {
  return buildIndex(deriveCompact(d));
}

describe("buildIndex", () => {
  it("orders events by date and finds the span they cover", () => {
    const index = indexDataset(dataset);
    expect(index.events.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(index.extent).toEqual({ start: "2031-05-03", end: "2031-05-11" });
    expect(index.maxSpanDays).toBe(6);
  });
});

describe("eventPlaces", () => {
  it("gives an event of a story the places of every event in it", () => {
    const storied = {
      ...dataset,
      places: [...dataset.places, place("x:quay", "Quay", { mentions: [] })],
      events: [
        { ...dataset.events[0]!, story: "s1" },
        { ...dataset.events[1]!, story: "s1", places: ["x:velmora", "x:quay"] },
      ],
    };
    const index = indexDataset(storied);
    expect(index.storyMembers.get("s1")?.map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(eventPlaces(index, "e1")).toEqual(["x:velmora", "x:quay", "x:brenn", "x:ostmark"]);
    expect(eventPlaces(indexDataset(dataset), "e1")).toEqual(["x:velmora"]);
    expect(eventPlaces(index, "missing")).toEqual([]);
  });
});

describe("IndexBuilder", () => {
  it("gives the same index chunk by chunk as all at once", () => {
    const derived = deriveCompact(dataset);
    const builder = new IndexBuilder();
    for (const chunk of [derived.events.slice(0, 1), derived.events.slice(1)]) {
      builder.add(chunk, dayColumns(chunk));
    }
    const chunked = builder.finish(derived);
    const whole = buildIndex(derived);
    expect(chunked.events.map((e) => chunked.eventOrdinal.get(e))).toEqual([0, 1]);
    expect(Array.from(chunked.days.start)).toEqual(Array.from(whole.days.start));
    expect(chunked.extent).toEqual(whole.extent);
    expect(chunked.maxSpanDays).toBe(whole.maxSpanDays);
  });
});

describe("eventsInRange", () => {
  it("keeps events whose range overlaps the filter", () => {
    const index = indexDataset(dataset);
    expect(eventsInRange(index, "2031-05-04", null).map((e) => e.id)).toEqual(["e2"]);
    expect(eventsInRange(index, null, "2031-05-05").map((e) => e.id)).toEqual(["e1", "e2"]);
    expect(eventsInRange(index, "2031-05-12", "2031-05-20")).toEqual([]);
    expect(eventsInRange(index, null, null)).toBe(index.events);
  });

  it("finds a long range that starts well before the filter among many short ones", () => {
    const year = event("y", 0, second - 1, "2030-01-01", "2031-12-31", "range", [], "3 May 2031");
    const days = Array.from({ length: 40 }, (_, i) =>
      event(
        `d${i}`,
        0,
        second - 1,
        `2031-02-${String((i % 28) + 1).padStart(2, "0")}`,
        `2031-02-${String((i % 28) + 1).padStart(2, "0")}`,
        "day",
        [],
        "3 May 2031",
      ),
    );
    const index = indexDataset({ ...dataset, events: [...days, year] });
    expect(eventsInRange(index, "2031-06-01", "2031-06-30").map((e) => e.id)).toEqual(["y"]);
    expect(
      eventsInRange(index, "2031-02-28", "2031-03-02")
        .map((e) => e.id)
        .sort(),
    ).toEqual(["d27", "y"]);
  });
});

describe("deriveCompact", () => {
  it("links each mention to the events holding it and survives the binary round trip", () => {
    const derived = deriveCompact(dataset);
    const table = decodeMentionTable(encodeMentionTable(derived.mentions));
    // Velmora: mentioned in e1's passage (event 0) and e2's (event 1).
    expect(Array.from(table.placeStart)).toEqual([0, 2, 3, 3]);
    expect(Array.from(table.members)).toEqual([0, 1, 1]);
    expect(Array.from(table.passageStart)).toEqual([0, second, second]);
    expect(derived.meta.places.map((p) => p.mentionCount)).toEqual([2, 1, 0]);
    expect(derived.meta.documents[0]).not.toHaveProperty("text");
    expect(derived.texts).toEqual([text]);
  });

  it("rejects a buffer whose header does not match its length", () => {
    const encoded = encodeMentionTable(deriveCompact(dataset).mentions);
    expect(() => decodeMentionTable(encoded.subarray(0, encoded.length - 1))).toThrow(/header/);
  });
});

describe("placeWeights", () => {
  it("counts every mention without a filter", () => {
    const index = indexDataset(dataset);
    const w = placeWeights(index, index.events, false);
    expect(Object.fromEntries(w)).toEqual({ "x:velmora": 2, "x:brenn": 1, "x:ostmark": 1 });
  });

  it("counts only mentions inside the passages of the events shown", () => {
    const index = indexDataset(dataset);
    const shown = eventsInRange(index, "2031-05-03", "2031-05-03");
    expect(Object.fromEntries(placeWeights(index, shown, true))).toEqual({ "x:velmora": 1 });
    expect(placeWeights(index, [], true).size).toBe(0);
  });
});

describe("groupEventsByDate", () => {
  it("heads each date once, in timeline order", () => {
    const groups = groupEventsByDate(indexDataset(dataset).events);
    expect(groups.map((g) => g.label)).toEqual(["Sat 3 May 2031", "Week of 5 May 2031"]);
  });

  it("splits a passage around its date expression", () => {
    const e1 = dataset.events[1]!;
    expect(passageRuns(e1)).toEqual([
      { text: "Floods reached Velmora on ", isDate: false },
      { text: "3 May 2031", isDate: true },
      { text: ".", isDate: false },
    ]);
  });
});
