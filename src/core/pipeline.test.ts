import { describe, expect, it } from "vitest";
import type { DocumentInput } from "./context";
import { analyzeDocument } from "./pipeline";
import { makeGazetteer } from "./places/testing";

// Two invented countries, one each side of the equator.
const gazetteer = makeGazetteer([
  { id: "country:XS", name: "Australis", kind: "country", country: "XS", lat: -30, lon: 140 },
  {
    id: "geonames:1",
    name: "Port Welby",
    kind: "city",
    country: "XS",
    lat: -35,
    lon: 145,
    population: 90000,
  },
  { id: "country:XN", name: "Borealia", kind: "country", country: "XN", lat: 55, lon: 10 },
  {
    id: "geonames:2",
    name: "Hollin",
    kind: "city",
    country: "XN",
    lat: 56,
    lon: 11,
    population: 90000,
  },
]);

const doc = (text: string): DocumentInput => ({
  id: "d1",
  text,
  published: "2022-03-24",
  genre: "news",
});

describe("analyzeDocument", () => {
  it("reads a season by the hemisphere of the places the story names most", () => {
    const south = analyzeDocument(
      doc("Port Welby, Australis - Last summer was the driest on record in Port Welby."),
      { gazetteer },
    );
    expect(south.timexes[0]?.range).toMatchObject({ start: "2021-12-01", end: "2022-02-28" });
    const north = analyzeDocument(
      doc("Hollin, Borealia - Last summer was the driest on record in Hollin."),
      { gazetteer },
    );
    expect(north.timexes[0]?.range).toMatchObject({ start: "2021-06-01", end: "2021-08-31" });
  });
});
