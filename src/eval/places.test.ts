// The places scoring itself: span matching and the country rule of accuracy@161km.
import { describe, expect, it } from "vitest";
import type { PlaceMatch, PlaceRef } from "../core/context";
import { errorKm, loadCountryShapes, matchSpans } from "./places";

const place = (p: Partial<PlaceRef>): PlaceRef => ({
  id: "x",
  name: "x",
  kind: "city",
  country: null,
  lat: 0,
  lon: 0,
  ...p,
});
const match = (start: number, end: number): PlaceMatch => ({
  start,
  end,
  text: "",
  via: "name",
  by: "test",
  place: place({}),
});

describe("places scoring", () => {
  const shapes = loadCountryShapes();

  it("counts a country right anywhere inside its shape, including repeated ISO ids", () => {
    const australia = place({ kind: "country", country: "AU", lat: -25, lon: 134 });
    expect(errorKm(australia, -31.95, 115.86, shapes)).toBe(0); // Perth, far from the label point
    expect(errorKm(australia, -41.3, 174.8, shapes)).toBeGreaterThan(3000); // Wellington
  });

  it("measures a city by great-circle distance", () => {
    const paris = place({ lat: 48.8566, lon: 2.3522 });
    expect(errorKm(paris, 51.5074, -0.1278, shapes)).toBeCloseTo(344, -1);
  });

  it("matches spans one to one by overlap", () => {
    const gold = [
      { start: 0, end: 5, text: "a" },
      { start: 10, end: 20, text: "b" },
      { start: 12, end: 14, text: "c" },
    ];
    const pairs = matchSpans(gold, [match(2, 4), match(11, 13)]);
    expect(pairs.size).toBe(2);
    expect(pairs.get(gold[2]!)).toBeUndefined();
  });
});
