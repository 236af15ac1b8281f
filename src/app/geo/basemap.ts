// The offline basemap: Natural Earth 1:50m country shapes from world-atlas. Imported as a URL so
// the ~750 kB TopoJSON is a separate same-origin asset fetched once, not part of the JS bundle.
import type { Feature, FeatureCollection, Geometry } from "geojson";
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
        geometry: f.geometry,
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
