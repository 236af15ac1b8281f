import { describe, expect, it } from "vitest";
import type { DocumentRecord } from "./contract";
import type { Analysis, PlaceMatch, Timex } from "./context";
import { buildDataset } from "./dataset";
import { buildEvents } from "./events/buildEvents";
import { REGIONS, REGION_RADIUS_KM } from "./places/tables";
import { splitPassages } from "./text/passages";

// Two hand-made documents whose natural order differs from the contract's, to check the sorting
// rules directly rather than through determinism.
function record(id: string, path: string, text: string): DocumentRecord {
  return {
    id,
    title: id,
    path,
    url: null,
    published: "2021-06-10",
    publishedSource: "front-matter",
    genre: "news",
    text,
  };
}
function at(text: string, phrase: string, start: string): Timex {
  const i = text.indexOf(phrase);
  return {
    start: i,
    end: i + phrase.length,
    text: phrase,
    type: "DATE",
    value: start,
    range: { start, end: start, granularity: "day" },
    by: "test",
  };
}
function placeAt(text: string, name: string, id: string): PlaceMatch {
  const i = text.indexOf(name);
  return {
    start: i,
    end: i + name.length,
    text: name,
    via: "name",
    place: { id, name, kind: "city", country: "XX", lat: 0, lon: 0 },
    by: "test",
  };
}
function analysis(doc: DocumentRecord, timexes: Timex[], places: PlaceMatch[]): Analysis {
  const a: Analysis = {
    passages: splitPassages(doc.text),
    timexes,
    placeMatches: places,
    events: [],
  };
  return { ...a, events: buildEvents(doc, a) };
}

describe("buildDataset", () => {
  it("gives a region its reach from the region table, and a town none", () => {
    const t = "Ships in the Baltic Sea turned back to Arvik on June 1.";
    const d = record("d", "a.txt", t);
    const sea = placeAt(t, "Baltic Sea", "region:baltic-sea");
    const ds = buildDataset([
      {
        record: d,
        analysis: analysis(
          d,
          [at(t, "June 1", "2021-06-01")],
          [{ ...sea, place: { ...sea.place, kind: "region" } }, placeAt(t, "Arvik", "p:a")],
        ),
      },
    ]);
    const byId = new Map(ds.places.map((p) => [p.id, p]));
    expect(byId.get("region:baltic-sea")?.radiusKm).toBe(REGION_RADIUS_KM["region:baltic-sea"]);
    expect(byId.get("p:a")).not.toHaveProperty("radiusKm");
  });

  it("has a reach for every region of the table, the Baltic states within their three countries", () => {
    for (const r of REGIONS.filter((r) => r.kind === "region")) {
      expect(REGION_RADIUS_KM[r.id], r.id).toBeGreaterThan(0);
    }
    // Tallinn to Vilnius is some 530 km: the states' disc must not reach far into the sea or Russia.
    expect(REGION_RADIUS_KM["region:baltic-states"]).toBeLessThanOrEqual(350);
  });

  it("sorts documents by path, places by id, events by date then doc then start, dates by doc then span", () => {
    const t1 = "Zelmar flooded on June 9. Arvik burned on June 1.";
    const t2 = "Arvik rebuilt on June 1.";
    const d1 = record("db", "z/late.txt", t1);
    const d2 = record("da", "a/early.txt", t2);
    const ds = buildDataset([
      {
        record: d1,
        analysis: analysis(
          d1,
          [at(t1, "June 9", "2021-06-09"), at(t1, "June 1", "2021-06-01")],
          [placeAt(t1, "Zelmar", "p:z"), placeAt(t1, "Arvik", "p:a")],
        ),
      },
      {
        record: d2,
        analysis: analysis(d2, [at(t2, "June 1", "2021-06-01")], [placeAt(t2, "Arvik", "p:a")]),
      },
    ]);
    expect(ds.documents.map((d) => d.path)).toEqual(["a/early.txt", "z/late.txt"]);
    expect(ds.places.map((p) => p.id)).toEqual(["p:a", "p:z"]);
    expect(ds.places[0]!.mentions.map((m) => m.doc)).toEqual(["da", "db"]);
    expect(ds.events.map((e) => [e.date.start, e.doc])).toEqual([
      ["2021-06-01", "da"],
      ["2021-06-01", "db"],
      ["2021-06-09", "db"],
    ]);
    expect(ds.dates.map((d) => [d.span.doc, d.text])).toEqual([
      ["da", "June 1"],
      ["db", "June 9"],
      ["db", "June 1"],
    ]);
  });
});
