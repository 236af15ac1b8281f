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
  const order = live.map((_, i) => i).sort((a, b) => live[b]!.weight - live[a]!.weight);
  const candidates = order.slice(0, MAX_CANDIDATES);
  // Distances by the haversine term h = sin²(Δφ/2) + cos φ1 cos φ2 sin²(Δλ/2), which grows with
  // the distance, so "within r" is "h within sin²(r / 2R)" and no arcsine is needed. The half-angle
  // sines and cosines are worked out once per point, so a pair costs a few multiplications: with
  // thousands of places there are millions of pairs.
  const n = live.length;
  const sinLat = new Float64Array(n);
  const cosLat = new Float64Array(n);
  const cosFull = new Float64Array(n);
  const sinLon = new Float64Array(n);
  const cosLon = new Float64Array(n);
  const rad = Math.PI / 180;
  for (let j = 0; j < n; j++) {
    const p = live[j]!;
    sinLat[j] = Math.sin((p.lat * rad) / 2);
    cosLat[j] = Math.cos((p.lat * rad) / 2);
    cosFull[j] = Math.cos(p.lat * rad);
    sinLon[j] = Math.sin((p.lon * rad) / 2);
    cosLon[j] = Math.cos((p.lon * rad) / 2);
  }
  const haversine = (i: number, j: number) => {
    const dLat = sinLat[j]! * cosLat[i]! - cosLat[j]! * sinLat[i]!;
    const dLon = sinLon[j]! * cosLon[i]! - cosLon[j]! * sinLon[i]!;
    return dLat * dLat + cosFull[i]! * cosFull[j]! * dLon * dLon;
  };
  const within = (km: number) => Math.sin(Math.min(Math.PI / 2, km / (2 * EARTH_RADIUS_KM))) ** 2;
  const rows = candidates.map((i) => {
    const row = new Float64Array(n);
    for (let j = 0; j < n; j++) row[j] = haversine(i, j);
    return row;
  });
  const densest = (radius: number) => {
    const limit = within(radius);
    let centre = -1;
    let weight = 0;
    candidates.forEach((_, c) => {
      const row = rows[c]!;
      let w = 0;
      for (let j = 0; j < n; j++) if (row[j]! <= limit) w += live[j]!.weight;
      if (w > weight) {
        weight = w;
        centre = c;
      }
    });
    return { centre, weight };
  };
  const frame = (c: number, radius: number) => {
    // A margin beyond the radius keeps the cluster's fringe, and some context, in view.
    const limit = within(radius + Math.min(radius, 1000));
    const row = rows[c]!;
    return boundsOf(live.filter((_, j) => row[j]! <= limit));
  };
  for (const radius of RADII_KM) {
    const { centre, weight } = densest(radius);
    if (centre >= 0 && weight >= MIN_SHARE * total) return frame(centre, radius);
  }
  const { centre, weight } = densest(REGIONAL_RADIUS_KM);
  if (centre >= 0 && weight >= FALLBACK_SHARE * total) return frame(centre, REGIONAL_RADIUS_KM);
  return boundsOf(live);
}
