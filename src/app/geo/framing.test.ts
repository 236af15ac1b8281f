import { describe, expect, it } from "vitest";
import { boundsOf, focusBounds, unionBounds } from "./framing";

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

describe("focusBounds on a corpus from two continents", () => {
  // Invented points: one group in central Europe, one in the eastern United States.
  const europe = [
    { lat: 48, lon: 2, weight: 5 },
    { lat: 52, lon: 13, weight: 4 },
    { lat: 41, lon: 12, weight: 3 },
  ];
  const america = [
    { lat: 40, lon: -74, weight: 4 },
    { lat: 38, lon: -77, weight: 3 },
    { lat: 42, lon: -87, weight: 2 },
  ];

  it("frames both when neither holds two thirds and the other a fifth or more", () => {
    expect(focusBounds([...europe, ...america])).toEqual({
      south: 38,
      west: -87,
      north: 52,
      east: 13,
    });
  });

  it("keeps a far corner of either area in the frame", () => {
    const coast = { lat: 47.6, lon: -122.3, weight: 1 };
    expect(focusBounds([...europe, ...america, coast])?.west).toBe(-122.3);
  });

  it("still frames the home region when the far mentions are a few", () => {
    const few = [
      { lat: 38.9, lon: -77, weight: 2 },
      { lat: 39.9, lon: 116.4, weight: 2 },
    ];
    expect(focusBounds([...europe, ...few])).toEqual({ south: 41, west: 2, north: 52, east: 13 });
  });

  it("frames across the antimeridian the short way round", () => {
    const asia = [
      { lat: 35, lon: 139, weight: 4 },
      { lat: 37, lon: 127, weight: 3 },
    ];
    const west = [
      { lat: 37, lon: -122, weight: 4 },
      { lat: 47, lon: -122, weight: 3 },
    ];
    expect(focusBounds([...asia, ...west])).toEqual({
      south: 35,
      west: 127,
      north: 47,
      east: 238,
    });
  });
});

describe("unionBounds", () => {
  it("joins boxes the short way round the globe", () => {
    const a = { south: 0, west: 170, north: 10, east: 179 };
    const b = { south: -5, west: -179, north: 5, east: -170 };
    expect(unionBounds([a, b])).toEqual({ south: -5, west: 170, north: 10, east: 190 });
    expect(unionBounds([b, { south: 0, west: 0, north: 1, east: 1 }])).toEqual({
      south: -5,
      west: -179,
      north: 5,
      east: 1,
    });
    expect(unionBounds([])).toBeNull();
  });
});
