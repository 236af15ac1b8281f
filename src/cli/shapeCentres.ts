// Label points of areas from their shapes. A gazetteer-based reader expects a state where
// GeoNames puts it, at the middle of its area; country-state-city puts some US states at their
// largest city instead (New York at New York City, 280 km from the state's middle).
import { geoCentroid } from "d3-geo";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** The spherical centroid of each named shape of a TopoJSON collection, by name: [lat, lon]. */
export function shapeCentres(
  topology: Topology,
  collection: GeometryCollection<{ name: string }>,
): Map<string, [number, number]> {
  const centres = new Map<string, [number, number]>();
  for (const f of feature(topology, collection).features) {
    const [lon, lat] = geoCentroid(f);
    if (Number.isFinite(lat) && Number.isFinite(lon)) centres.set(f.properties.name, [lat, lon]);
  }
  return centres;
}
