// Chooses what the map shows first: where most of the mentions are, not the box around every
// place. One sentence naming a far capital would otherwise zoom a regional story out to the world.
// A corpus reporting from two continents is the exception: framing either one alone would hide the
// other behind an edge indicator, so every continent-sized area with a real share is framed.

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
// Continent-sized areas: 2,500 km around a centre holds Europe from Lisbon to Moscow, or the
// contiguous United States, but not both sides of an ocean.
const AREA_RADIUS_KM = 2500;
// When no area holds this share of the weight, the corpus has no single home...
const DOMINANT_SHARE = 2 / 3;
// ...and every other area holding this share, and lying this far from the heaviest (beyond a
// neighbouring area, on another continent), is framed with it.
const SECOND_AREA_SHARE = 1 / 5;
const FAR_APART_KM = 4000;

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
 * The smallest box holding every box, going either way round the globe: an east edge past 180°
 * means the box crosses the antimeridian (Leaflet frames such bounds the short way round).
 */
export function unionBounds(boxes: readonly Bounds[]): Bounds | null {
  if (boxes.length === 0) return null;
  const spans = boxes.map((b) => [b.west, b.east] as const).sort((a, b) => a[0] - b[0]);
  // Merge overlapping longitude spans, then leave out the widest gap between them: the box runs
  // from the span after that gap round to the span before it.
  const merged: [number, number][] = [];
  for (const [west, east] of spans) {
    const last = merged[merged.length - 1];
    if (last && west <= last[1]) last[1] = Math.max(last[1], east);
    else merged.push([west, east]);
  }
  let gapAfter = merged.length - 1;
  let widest = merged[0]![0] + 360 - merged[gapAfter]![1];
  for (let i = 0; i + 1 < merged.length; i++) {
    const gap = merged[i + 1]![0] - merged[i]![1];
    if (gap > widest) {
      widest = gap;
      gapAfter = i;
    }
  }
  const first = merged[(gapAfter + 1) % merged.length]!;
  const last = merged[gapAfter]!;
  return {
    south: Math.min(...boxes.map((b) => b.south)),
    north: Math.max(...boxes.map((b) => b.north)),
    west: first[0],
    east: last[1] < first[0] ? last[1] + 360 : last[1],
  };
}

/**
 * When no continent-sized area holds two thirds of the weight and another, far from it, holds a
 * fifth or more, the bounds of all such areas; otherwise the smallest neighbourhood (from a fixed ladder of radii) around one point that holds most
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
  const areas = continentalAreas(candidates.length, (c) => rows[c]!, live, within(AREA_RADIUS_KM), {
    minWeight: SECOND_AREA_SHARE * total,
    dominantWeight: DOMINANT_SHARE * total,
  });
  const heaviest = areas[0];
  if (heaviest && heaviest.weight < DOMINANT_SHARE * total) {
    const far = within(FAR_APART_KM);
    const others = areas.filter(
      (a) =>
        a !== heaviest &&
        a.weight >= SECOND_AREA_SHARE * total &&
        rows[heaviest.centre]![candidates[a.centre]!]! >= far,
    );
    if (others.length > 0) {
      // Each framed area takes the points nearer its centre than any other's, out to the reach
      // of a continent (a centre on one coast, a city on the other): a large area's fringe stays
      // in view, a third continent with a small share does not pull the frame across the globe.
      const framed = [heaviest, ...others].map((a) => rows[a.centre]!);
      const reach = within(2 * AREA_RADIUS_KM);
      const groups = framed.map((): WeightedPoint[] => []);
      for (let j = 0; j < n; j++) {
        let nearest = 0;
        for (let a = 1; a < framed.length; a++)
          if (framed[a]![j]! < framed[nearest]![j]!) nearest = a;
        if (framed[nearest]![j]! <= reach) groups[nearest]!.push(live[j]!);
      }
      return unionBounds(groups.flatMap((g) => boundsOf(g) ?? []));
    }
  }
  for (const radius of RADII_KM) {
    const { centre, weight } = densest(radius);
    if (centre >= 0 && weight >= MIN_SHARE * total) return frame(centre, radius);
  }
  const { centre, weight } = densest(REGIONAL_RADIUS_KM);
  if (centre >= 0 && weight >= FALLBACK_SHARE * total) return frame(centre, REGIONAL_RADIUS_KM);
  return boundsOf(live);
}

/**
 * Continent-sized areas, heaviest first: the densest neighbourhood of `limit` around a candidate
 * centre, then the densest of what is left, and so on, so no point counts for two areas. `row(c)`
 * gives candidate c's haversine terms to every point. Each area weighs no more than the one before
 * it, so the search stops at the first below `minWeight` (no later one could count) or at one that
 * dominates (the others do not matter): a few passes, not one per area of a world-wide corpus.
 */
function continentalAreas(
  candidates: number,
  row: (c: number) => Float64Array,
  points: readonly WeightedPoint[],
  limit: number,
  stop: { minWeight: number; dominantWeight: number },
): { centre: number; weight: number }[] {
  const n = points.length;
  const taken = new Uint8Array(n);
  const areas: { centre: number; weight: number }[] = [];
  for (;;) {
    let centre = -1;
    let weight = 0;
    for (let c = 0; c < candidates; c++) {
      const r = row(c);
      let w = 0;
      for (let j = 0; j < n; j++) if (!taken[j] && r[j]! <= limit) w += points[j]!.weight;
      if (w > weight) {
        weight = w;
        centre = c;
      }
    }
    if (centre < 0) return areas;
    const r = row(centre);
    for (let j = 0; j < n; j++) if (r[j]! <= limit) taken[j] = 1;
    areas.push({ centre, weight });
    if (weight < stop.minWeight || weight >= stop.dominantWeight) return areas;
  }
}
