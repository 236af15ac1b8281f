// What the map shows: which places lie inside the view, and where the others lie relative to it
// (for the edge indicators). Leaflet's bounds can run past ±180° when the view spans the
// antimeridian or the world repeats, so a longitude is tried in each copy of the world.
import type { MapBounds } from "../store/viewSlice";

export interface LatLon {
  lat: number;
  lon: number;
}

export type EdgeSide = "n" | "ne" | "e" | "se" | "s" | "sw" | "w" | "nw";

export const SIDE_NAMES: Record<EdgeSide, string> = {
  n: "north",
  ne: "north-east",
  e: "east",
  se: "south-east",
  s: "south",
  sw: "south-west",
  w: "west",
  nw: "north-west",
};

function lonInside(lon: number, b: MapBounds): boolean {
  return [lon, lon - 360, lon + 360].some((l) => l >= b.west && l <= b.east);
}

export function inBounds(p: LatLon, b: MapBounds): boolean {
  return p.lat >= b.south && p.lat <= b.north && lonInside(p.lon, b);
}

/** The view grown by `share` of its height and width on every side (latitudes stop at the poles). */
export function padBounds(b: MapBounds, share: number): MapBounds {
  const dLat = (b.north - b.south) * share;
  const dLon = (b.east - b.west) * share;
  return {
    south: Math.max(-90, b.south - dLat),
    north: Math.min(90, b.north + dLat),
    west: b.west - dLon,
    east: b.east + dLon,
  };
}

/** Which side of the view a point outside it lies on; null inside. */
export function sideOf(p: LatLon, b: MapBounds): EdgeSide | null {
  if (inBounds(p, b)) return null;
  const ns = p.lat > b.north ? "n" : p.lat < b.south ? "s" : "";
  let ew = "";
  if (!lonInside(p.lon, b)) {
    // The shorter way round the globe decides east or west.
    const centre = (b.west + b.east) / 2;
    const delta = ((((p.lon - centre) % 360) + 540) % 360) - 180;
    ew = delta > 0 ? "e" : "w";
  }
  return (ns + ew) as EdgeSide;
}

export interface EdgeGroup<T> {
  side: EdgeSide;
  items: T[];
}

/** Points outside the view, grouped by side, in compass order. */
export function edgeGroups<T extends LatLon>(points: readonly T[], b: MapBounds): EdgeGroup<T>[] {
  const bySide = new Map<EdgeSide, T[]>();
  for (const p of points) {
    const side = sideOf(p, b);
    if (!side) continue;
    bySide.set(side, [...(bySide.get(side) ?? []), p]);
  }
  return (Object.keys(SIDE_NAMES) as EdgeSide[])
    .filter((side) => bySide.has(side))
    .map((side) => ({ side, items: bySide.get(side)! }));
}
