import { describe, expect, it } from "vitest";
import type { PlaceMatch } from "../context";
import { hemisphereOf } from "./hemisphere";
import { tagTimexes } from "./index";

// Invented places: only the country and latitude matter here.
const at = (country: string, lat: number): PlaceMatch => ({
  start: 0,
  end: 1,
  text: "X",
  via: "name",
  by: "test",
  place: { id: `${country}:${lat}`, name: "X", kind: "city", country, lat, lon: 0 },
});

describe("hemisphereOf", () => {
  it("follows the country named most often", () => {
    expect(hemisphereOf([at("AU", -33), at("US", 38), at("AU", -37)])).toBe("south");
    expect(hemisphereOf([at("AR", -34), at("GB", 51), at("GB", 53)])).toBe("north");
  });
  it("keeps the country named first on a tie, and is north with no country", () => {
    expect(hemisphereOf([at("NZ", -41), at("CA", 45)])).toBe("south");
    expect(hemisphereOf([])).toBe("north");
  });
});

describe("seasons south of the equator", () => {
  const south = (text: string) =>
    tagTimexes(text, { published: "2022-03-24", genre: "news", hemisphere: "south" })[0];
  it("puts a southern summer in December to February", () => {
    expect(south("Last summer was the driest on record.")).toMatchObject({
      value: "2021-SU",
      range: { start: "2021-12-01", end: "2022-02-28" },
    });
    expect(south("Crops failed in the summer of 2019.")?.range).toMatchObject({
      start: "2019-12-01",
      end: "2020-02-29",
    });
  });
  it("reads a coming winter as June to August", () => {
    expect(south("The dams should fill this winter.")).toMatchObject({
      value: "2022-WI",
      range: { start: "2022-06-01", end: "2022-08-31" },
    });
  });
  it("leaves the north as it was", () => {
    const t = tagTimexes("Last summer was the driest on record.", {
      published: "2022-03-24",
      genre: "news",
    })[0];
    expect(t?.range).toMatchObject({ start: "2021-06-01", end: "2021-08-31" });
  });
});
