import { describe, expect, it } from "vitest";
import type { DatelineEvent, DocumentRecord } from "../../core/contract";
import type { PlaceSummary } from "../data/derive";
import { toCSV, toGeoJSON, toTimelineJS } from "./exportView";

const doc: DocumentRecord = {
  id: "d1",
  title: "Harbour news",
  path: "a.txt",
  url: "https://example.org/a",
  published: "2021-05-01",
  publishedSource: "front-matter",
  genre: "news",
  text: "",
};
const place = (id: string, name: string, lat: number, lon: number): PlaceSummary => ({
  id,
  name,
  kind: "city",
  country: "NO",
  lat,
  lon,
  mentionCount: 0,
});
const event = (
  id: string,
  places: string[],
  text: string,
  start = "2021-04-30",
  end = start,
): DatelineEvent => ({
  id,
  doc: "d1",
  start: 0,
  end: 10,
  text,
  places,
  category: "economy",
  date: {
    start,
    end,
    granularity: start === end ? "day" : "week",
    text: "Friday",
    span: { doc: "d1", start: 0, end: 6 },
  },
});
const input = (events: DatelineEvent[]) => ({
  events,
  placesById: new Map([
    ["p1", place("p1", "Skarvik", 60.1, 5.2)],
    ["p2", place("p2", "Lunde", 59.5, 6.25)],
  ]),
  documentsById: new Map([["d1", doc]]),
});

describe("exports", () => {
  it("writes RFC 7946 GeoJSON with [lon, lat] and skips events without places", () => {
    const gj = toGeoJSON(
      input([
        event("e1", ["p1"], "Fish prices rose."),
        event("e2", [], "No place."),
        event("e3", ["p1", "p2"], "Two towns."),
      ]),
    ) as {
      features: { geometry: { type: string; coordinates: unknown } }[];
    };
    expect(gj.features).toHaveLength(2);
    expect(gj.features[0]!.geometry).toEqual({ type: "Point", coordinates: [5.2, 60.1] });
    expect(gj.features[1]!.geometry.type).toBe("MultiPoint");
  });

  it("quotes CSV cells and defuses formulas", () => {
    const csv = toCSV(input([event("e1", ["p1"], '=HYPERLINK("x") said "no", twice')]));
    const [header, row] = csv.split("\r\n");
    expect(header).toMatch(/^id,date_start,date_end/);
    expect(row).toContain(`"'=HYPERLINK(""x"") said ""no"", twice"`);
  });

  it("escapes article text for TimelineJS, which renders HTML", () => {
    const tj = toTimelineJS(
      input([event("e1", ["p1"], "<img src=x onerror=alert(1)>", "2021-04-26", "2021-05-02")]),
      "View",
    ) as {
      events: { text: { text: string }; start_date: object; end_date?: object }[];
    };
    expect(tj.events[0]!.text.text).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(tj.events[0]!.text.text).not.toContain("<img");
    expect(tj.events[0]!.start_date).toEqual({ year: 2021, month: 4, day: 26 });
    expect(tj.events[0]!.end_date).toEqual({ year: 2021, month: 5, day: 2 });
  });
});
