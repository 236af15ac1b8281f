import { describe, expect, it } from "vitest";
import { testWorld } from "./testing";

describe("Gazetteer", () => {
  const gaz = testWorld();
  it("looks names up folded, every namesake", () => {
    expect(gaz.lookup("KRAKOW").map((e) => e.id)).toEqual(["geonames:4004"]);
    expect(
      gaz
        .lookup("Paris")
        .map((e) => e.country)
        .sort(),
    ).toEqual(["US", "XR"]);
  });
  it("finds places by id, GeoNames ids included", () => {
    expect(gaz.byId("admin:US-LA")?.name).toBe("Louisiana");
    expect(gaz.byId("geonames:1001")?.name).toBe("Strelsau");
    expect(gaz.byId("geonames:999999")).toBeUndefined();
  });
  it("answers demonyms and metonyms", () => {
    expect(gaz.demonymFolded("ruritanians")?.id).toBe("country:XR");
    expect(gaz.metonymFolded("red palace")?.name).toBe("Strelsau");
  });
  it("knows no demonym or metonym by the name of an object's built-in property", () => {
    for (const word of ["constructor", "valueof", "tostring", "__proto__"]) {
      expect(gaz.demonymFolded(word)).toBeUndefined();
      expect(gaz.metonymFolded(word)).toBeUndefined();
    }
  });
});
