import { describe, expect, it } from "vitest";
import type { GeometryCollection, Topology } from "topojson-specification";
import { shapeCentres } from "./shapeCentres";

// An invented two-state topology, rings clockwise as d3 and us-atlas draw them.
const states: GeometryCollection<{ name: string }> = {
  type: "GeometryCollection",
  geometries: [
    { type: "Polygon", arcs: [[0]], properties: { name: "Ruritania" } },
    { type: "Polygon", arcs: [[1]], properties: { name: "Graustark" } },
  ],
};
const topology: Topology = {
  type: "Topology",
  arcs: [
    [
      [10, 40],
      [10, 44],
      [14, 44],
      [14, 40],
      [10, 40],
    ],
    [
      [20, 40],
      [20, 41],
      [30, 41],
      [30, 40],
      [20, 40],
    ],
  ],
  objects: { states },
};

describe("shapeCentres", () => {
  it("puts each shape's point at its middle, by name", () => {
    const centres = shapeCentres(topology, states);
    const [lat, lon] = centres.get("Ruritania") ?? [NaN, NaN];
    expect(lat).toBeCloseTo(42, 0);
    expect(lon).toBeCloseTo(12, 1);
    const [wideLat, wideLon] = centres.get("Graustark") ?? [NaN, NaN];
    expect(wideLat).toBeCloseTo(40.5, 0);
    expect(wideLon).toBeCloseTo(25, 1);
  });
});
