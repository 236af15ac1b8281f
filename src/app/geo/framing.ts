// Chooses what the map shows first: where most of the mentions are, not the box around every
// place. One sentence naming a far capital would otherwise zoom a regional story out to the world.

export interface WeightedPoint {
  lat: number;
  lon: number;
  weight: number;
}

export interface Bounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

const EARTH_RADIUS_KM = 6371;
// Growing neighbourhoods to look for the densest cluster in: city scale, country, region, continent.
const RADII_KM = [150, 400, 800, 1500, 2500, 4000];
// The cluster must hold at least this share of the total weight to be "where most events are".
const MIN_SHARE = 0.6;
// Failing that, a region this wide holding this share is still a better first view than the world.
const REGIONAL_RADIUS_KM = 2500;
const FALLBACK_SHARE = 0.3;
// Candidate centres are the heaviest points; enough to find any cluster that could reach MIN_SHARE.
const MAX_CANDIDATES = 400;

function distanceKm(a: WeightedPoint, b: WeightedPoint): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function boundsOf(points: readonly WeightedPoint[]): Bounds | null {
  if (points.length === 0) return null;
  let south = 90;
  let north = -90;
  let west = 180;
  let east = -180;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
    west = Math.min(west, p.lon);
    east = Math.max(east, p.lon);
  }
  return { south, west, north, east };
}

/**
 * Finds the smallest neighbourhood (from a fixed ladder of radii) around one point that holds most
 * of the weight and returns the bounds of the points near it. When no neighbourhood holds most of
 * the weight, a regional cluster that still holds a fair share is framed; only a story spread
 * evenly over the world gets the bounds of everything.
 */
export function focusBounds(points: readonly WeightedPoint[]): Bounds | null {
  const live = points.filter(
    (p) => p.weight > 0 && Number.isFinite(p.lat) && Number.isFinite(p.lon),
  );
  if (live.length === 0) return null;
  const total = live.reduce((sum, p) => sum + p.weight, 0);
  const candidates = [...live].sort((a, b) => b.weight - a.weight).slice(0, MAX_CANDIDATES);
  // Each candidate's distance to every point, computed once for all the radii tried below: with
  // thousands of places the distances are most of the work.
  const distances = candidates.map((c) => {
    const row = new Float64Array(live.length);
    for (let j = 0; j < live.length; j++) row[j] = distanceKm(c, live[j]!);
    return row;
  });
  const densest = (radius: number) => {
    let centre: WeightedPoint | null = null;
    let weight = 0;
    for (const [i, c] of candidates.entries()) {
      const row = distances[i]!;
      let w = 0;
      for (let j = 0; j < live.length; j++) if (row[j]! <= radius) w += live[j]!.weight;
      if (w > weight) {
        weight = w;
        centre = c;
      }
    }
    return { centre, weight };
  };
  const frame = (centre: WeightedPoint, radius: number) => {
    // A margin beyond the radius keeps the cluster's fringe, and some context, in view.
    const reach = radius + Math.min(radius, 1000);
    return boundsOf(live.filter((p) => distanceKm(centre, p) <= reach));
  };
  for (const radius of RADII_KM) {
    const { centre, weight } = densest(radius);
    if (centre && weight >= MIN_SHARE * total) return frame(centre, radius);
  }
  const { centre, weight } = densest(REGIONAL_RADIUS_KM);
  if (centre && weight >= FALLBACK_SHARE * total) return frame(centre, REGIONAL_RADIUS_KM);
  return boundsOf(live);
}
