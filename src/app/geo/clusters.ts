// Groups point places that would overlap when the map is zoomed out (supercluster: a k-d tree per
// zoom level, so regrouping on zoom is a lookup). Only dots are grouped: country shapes and area
// labels keep their own size and place.
import Supercluster from "supercluster";

export interface ClusterablePoint {
  id: string;
  name: string;
  lat: number;
  lon: number;
  weight: number;
}

export interface PlaceCluster {
  /** Stable for one index and zoom; used as the React key and test id. */
  id: string;
  lat: number;
  lon: number;
  /** Places inside, heaviest first. */
  places: { id: string; name: string; weight: number }[];
  /** The zoom at which the cluster falls apart; clicking zooms there. */
  expansionZoom: number;
}

/** Clusters form up to this zoom; from the next one up every place has its own dot. */
export const CLUSTER_MAX_ZOOM = 3;
// Dots up to 30 px wide sit within ~40 px of each other before they visibly overlap.
const CLUSTER_RADIUS_PX = 40;

export interface ClusterIndex {
  /** Clusters and the ids of places left on their own at this zoom. */
  at: (zoom: number) => { clusters: PlaceCluster[]; single: Set<string> };
}

export function buildClusterIndex(points: readonly ClusterablePoint[]): ClusterIndex {
  const index = new Supercluster<ClusterablePoint, Record<string, never>>({
    radius: CLUSTER_RADIUS_PX,
    maxZoom: CLUSTER_MAX_ZOOM,
    minPoints: 2,
  });
  index.load(
    points.map((p) => ({
      type: "Feature" as const,
      properties: p,
      geometry: { type: "Point" as const, coordinates: [p.lon, p.lat] },
    })),
  );
  return {
    at(zoom) {
      const single = new Set<string>();
      const clusters: PlaceCluster[] = [];
      if (zoom > CLUSTER_MAX_ZOOM) {
        for (const p of points) single.add(p.id);
        return { clusters, single };
      }
      for (const feature of index.getClusters([-180, -85, 180, 85], Math.floor(zoom))) {
        const [lon, lat] = feature.geometry.coordinates as [number, number];
        const props = feature.properties;
        if (!("cluster" in props) || !props.cluster) {
          single.add((props as ClusterablePoint).id);
          continue;
        }
        const clusterId = props.cluster_id;
        const places = index
          .getLeaves(clusterId, Infinity)
          .map((leaf) => ({
            id: leaf.properties.id,
            name: leaf.properties.name,
            weight: leaf.properties.weight,
          }))
          .sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
        clusters.push({
          id: `cluster-${places.map((p) => p.id).join("|")}`,
          lat,
          lon,
          places,
          expansionZoom: index.getClusterExpansionZoom(clusterId),
        });
      }
      return { clusters, single };
    },
  };
}

const NAMES_IN_LABEL = 5;

/** "Cluster of 5 places: Kyiv, Kharkiv, Odesa, Lviv, Dnipro" (names beyond five are counted). */
export function clusterLabel(cluster: PlaceCluster): string {
  const names = cluster.places.slice(0, NAMES_IN_LABEL).map((p) => p.name);
  const rest = cluster.places.length - names.length;
  return `Cluster of ${cluster.places.length} places: ${names.join(", ")}${rest > 0 ? ` and ${rest} more` : ""}`;
}
