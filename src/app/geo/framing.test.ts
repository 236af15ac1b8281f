import { describe, expect, it } from "vitest";
import { boundsOf, focusBounds } from "./framing";

// Invented points: a tight cluster of five places plus far outliers.
const cluster = [
  { lat: 50, lon: 20, weight: 6 },
  { lat: 51, lon: 22, weight: 4 },
  { lat: 48, lon: 18, weight: 3 },
  { lat: 47, lon: 24, weight: 3 },
  { lat: 52, lon: 19, weight: 2 },
];

describe("focusBounds", () => {
  it("frames the cluster and leaves a single far mention out", () => {
    const b = focusBounds([
      ...cluster,
      { lat: 38.9, lon: -77, weight: 1 },
      { lat: -33, lon: 151, weight: 1 },
    ]);
    expect(b).toEqual({ south: 47, west: 18, north: 52, east: 24 });
  });

  it("frames everything when the weight is spread evenly over the world", () => {
    const spread = [
      { lat: 0, lon: 0, weight: 1 },
      { lat: 40, lon: 100, weight: 1 },
      { lat: -30, lon: -60, weight: 1 },
      { lat: 45, lon: -100, weight: 1 },
    ];
    expect(focusBounds(spread)).toEqual(boundsOf(spread));
  });

  it("frames a regional cluster holding a fair share even when no cluster holds most", () => {
    const far = [
      { lat: 13, lon: 123, weight: 5 },
      { lat: 39, lon: -77, weight: 4 },
      { lat: 40, lon: 116, weight: 3 },
    ];
    expect(focusBounds([...cluster, ...far])).toEqual({ south: 47, west: 18, north: 52, east: 24 });
  });

  it("gives nothing for no points and a point for one", () => {
    expect(focusBounds([])).toBeNull();
    expect(focusBounds([{ lat: 5, lon: 6, weight: 2 }])).toEqual({
      south: 5,
      west: 6,
      north: 5,
      east: 6,
    });
  });
});
