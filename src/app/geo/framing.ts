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
 * of the weight and returns the bounds of the points within twice that radius; the bounds of
 * everything when no neighbourhood holds most of the weight.
 */
export function focusBounds(points: readonly WeightedPoint[]): Bounds | null {
  const live = points.filter(
    (p) => p.weight > 0 && Number.isFinite(p.lat) && Number.isFinite(p.lon),
  );
  if (live.length === 0) return null;
  const total = live.reduce((sum, p) => sum + p.weight, 0);
  const candidates = [...live].sort((a, b) => b.weight - a.weight).slice(0, MAX_CANDIDATES);
  for (const radius of RADII_KM) {
    let best: WeightedPoint | null = null;
    let bestWeight = 0;
    for (const centre of candidates) {
      let weight = 0;
      for (const p of live) if (distanceKm(centre, p) <= radius) weight += p.weight;
      if (weight > bestWeight) {
        bestWeight = weight;
        best = centre;
      }
    }
    if (best && bestWeight >= MIN_SHARE * total) {
      // Twice the radius keeps the cluster's fringe (and some context around it) in view.
      const centre = best;
      return boundsOf(live.filter((p) => distanceKm(centre, p) <= 2 * radius));
    }
  }
  return boundsOf(live);
}
