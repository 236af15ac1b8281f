import { describe, expect, it } from "vitest";
import { buildClusterIndex, CLUSTER_MAX_ZOOM, clusterLabel } from "./clusters";

const points = [
  { id: "a", name: "Alpha", lat: 50.45, lon: 30.52, weight: 3 },
  { id: "b", name: "Bravo", lat: 50.0, lon: 36.23, weight: 5 },
  { id: "c", name: "Charlie", lat: -33.9, lon: 151.2, weight: 1 },
];

describe("place clusters", () => {
  it("groups nearby places when zoomed out and names them heaviest first", () => {
    const { clusters, single } = buildClusterIndex(points).at(2);
    expect(clusters).toHaveLength(1);
    expect(clusters[0]!.places.map((p) => p.id)).toEqual(["b", "a"]);
    expect(clusters[0]!.expansionZoom).toBeGreaterThan(2);
    expect([...single]).toEqual(["c"]);
    expect(clusterLabel(clusters[0]!)).toBe("Cluster of 2 places: Bravo, Alpha");
  });

  it("leaves every place on its own past the clustering zoom", () => {
    const { clusters, single } = buildClusterIndex(points).at(CLUSTER_MAX_ZOOM + 1);
    expect(clusters).toEqual([]);
    expect(single.size).toBe(3);
  });

  it("counts the names it leaves out of the label", () => {
    const many = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `P${i}`, weight: 1 }));
    expect(clusterLabel({ id: "x", lat: 0, lon: 0, expansionZoom: 3, places: many })).toBe(
      "Cluster of 7 places: P0, P1, P2, P3, P4 and 2 more",
    );
  });
});
