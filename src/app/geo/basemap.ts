// The offline basemap: Natural Earth 1:50m country shapes from world-atlas. Imported as a URL so
// the ~750 kB TopoJSON is a separate same-origin asset fetched once, not part of the JS bundle.
import type { Feature, FeatureCollection, Geometry, Position } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import atlasUrl from "world-atlas/countries-50m.json?url";
import { alpha2ForShape } from "./isoNumeric";

export interface CountryProperties {
  name: string;
  /** ISO 3166-1 alpha-2, or null for shapes ISO does not list. */
  alpha2: string | null;
}

export type CountryShapes = FeatureCollection<Geometry, CountryProperties>;

let pending: Promise<CountryShapes> | null = null;

export function loadCountryShapes(): Promise<CountryShapes> {
  const request = (pending ??= fetch(atlasUrl)
    .then((response) => {
      if (!response.ok) throw new Error(`basemap: HTTP ${response.status}`);
      return response.json() as Promise<
        Topology<{ countries: GeometryCollection<{ name: string }> }>
      >;
    })
    .then((topology) => {
      const collection = feature(topology, topology.objects.countries);
      const features = collection.features.map((f): Feature<Geometry, CountryProperties> => ({
        type: "Feature",
        id: f.id,
        geometry: unwrapAntimeridian(f.geometry),
        properties: {
          name: f.properties.name,
          alpha2: alpha2ForShape(f.id, f.properties.name),
        },
      }));
      const shapes: CountryShapes = { type: "FeatureCollection", features };
      return shapes;
    })
    .catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  return request;
}

/**
 * Natural Earth rings that cross the antimeridian (Russia's Chukotka, Fiji) jump from +180 to -180
 * between neighbouring points, which Leaflet draws as a band across the whole map. Unwrapping the
 * longitudes so neighbours never differ by more than 180° draws them past the edge instead.
 * Rings reaching a pole (Antarctica) are left alone: their ±180 edge runs along the map's bottom.
 */
export function unwrapAntimeridian(geometry: Geometry): Geometry {
  if (geometry.type === "Polygon")
    return { ...geometry, coordinates: geometry.coordinates.map(unwrapRing) };
  if (geometry.type === "MultiPolygon")
    return {
      ...geometry,
      coordinates: geometry.coordinates.map((polygon) => polygon.map(unwrapRing)),
    };
  return geometry;
}

function unwrapRing(ring: Position[]): Position[] {
  if (ring.some((p) => Math.abs(p[1] ?? 0) > 89)) return ring;
  let offset = 0;
  let previous: number | null = null;
  const out = ring.map((p): Position => {
    const lon = p[0] ?? 0;
    if (previous !== null) {
      const step = lon + offset - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon + offset;
    return [lon + offset, p[1] ?? 0];
  });
  // Keep the ring on the map's main copy: a ring pushed wholly west of -180 goes east by 360°.
  const west = out.reduce((w, p) => Math.min(w, p[0] ?? 0), Infinity);
  return west < -180 ? out.map((p) => [(p[0] ?? 0) + 360, p[1] ?? 0]) : out;
}
