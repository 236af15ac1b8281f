import { describe, expect, it } from "vitest";
import { edgeGroups, inBounds, padBounds, sideOf } from "./viewBounds";

const view = { south: 40, west: 20, north: 55, east: 40 };

describe("view bounds", () => {
  it("tells inside from outside, trying each copy of the world", () => {
    expect(inBounds({ lat: 50, lon: 30 }, view)).toBe(true);
    expect(inBounds({ lat: 50, lon: 30 }, { ...view, west: 380, east: 400 })).toBe(true);
    expect(inBounds({ lat: 60, lon: 30 }, view)).toBe(false);
  });

  it("names the side a place lies on, east or west by the shorter way round", () => {
    expect(sideOf({ lat: 60, lon: 30 }, view)).toBe("n");
    expect(sideOf({ lat: 30, lon: 50 }, view)).toBe("se");
    expect(sideOf({ lat: 45, lon: -170 }, view)).toBe("e");
    expect(sideOf({ lat: 45, lon: -10 }, view)).toBe("w");
    expect(sideOf({ lat: 45, lon: 30 }, view)).toBeNull();
  });

  it("groups outside points by side in compass order", () => {
    const groups = edgeGroups(
      [
        { lat: 45, lon: -10 },
        { lat: 60, lon: 30 },
        { lat: 61, lon: 31 },
        { lat: 45, lon: 30 },
      ],
      view,
    );
    expect(groups.map((g) => [g.side, g.items.length])).toEqual([
      ["n", 2],
      ["w", 1],
    ]);
  });
});

describe("padBounds", () => {
  it("grows the view by a share of its size on every side, stopping at the poles", () => {
    const view = { south: 40, west: 10, north: 60, east: 30 };
    expect(padBounds(view, 0.5)).toEqual({ south: 30, west: 0, north: 70, east: 40 });
    expect(padBounds({ south: -80, west: -20, north: 80, east: 20 }, 0.5)).toEqual({
      south: -90,
      west: -40,
      north: 90,
      east: 40,
    });
    // A point just beyond the view is near it; one a whole view away is not.
    expect(inBounds({ lat: 65, lon: 35 }, padBounds(view, 0.5))).toBe(true);
    expect(inBounds({ lat: 50, lon: 55 }, padBounds(view, 0.5))).toBe(false);
  });
});
