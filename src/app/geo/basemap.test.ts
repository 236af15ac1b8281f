import { describe, expect, it } from "vitest";
import { unwrapAntimeridian } from "./basemap";

describe("unwrapAntimeridian", () => {
  it("keeps neighbouring points of a ring within 180° of each other", () => {
    const ring = [
      [178, 65],
      [-178, 66],
      [-175, 64],
      [179, 63],
      [178, 65],
    ];
    const out = unwrapAntimeridian({ type: "Polygon", coordinates: [ring] });
    if (out.type !== "Polygon") throw new Error("type changed");
    expect(out.coordinates[0]!.map((p) => p[0])).toEqual([178, 182, 185, 179, 178]);
  });

  it("leaves polar rings alone", () => {
    const ring = [
      [-180, -85],
      [180, -85],
      [180, -90],
      [-180, -90],
      [-180, -85],
    ];
    const out = unwrapAntimeridian({ type: "Polygon", coordinates: [ring] });
    expect(out).toEqual({ type: "Polygon", coordinates: [ring] });
  });
});
