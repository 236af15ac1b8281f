import { describe, expect, it } from "vitest";
import worldCountries from "world-countries";
import atlas from "world-atlas/countries-50m.json";
import { ALPHA2_BY_NUMERIC, alpha2ForShape } from "./isoNumeric";

describe("ALPHA2_BY_NUMERIC", () => {
  it("matches world-countries for every numeric id in the world-atlas shapes", () => {
    const expected = new Map(worldCountries.map((c) => [c.ccn3, c.cca2]));
    const geometries = (atlas as { objects: { countries: { geometries: { id?: string }[] } } })
      .objects.countries.geometries;
    for (const g of geometries) {
      if (g.id === undefined) continue;
      expect(ALPHA2_BY_NUMERIC[g.id], g.id).toBe(expected.get(g.id));
    }
  });

  it("resolves shapes by numeric id, padded or not, and unnumbered shapes by name", () => {
    expect(alpha2ForShape("076", undefined)).toBe("BR");
    expect(alpha2ForShape(76, undefined)).toBe("BR");
    expect(alpha2ForShape(undefined, "Kosovo")).toBe("XK");
    expect(alpha2ForShape(undefined, "Atlantis")).toBeNull();
  });
});
