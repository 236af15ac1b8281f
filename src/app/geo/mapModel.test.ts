import { describe, expect, it } from "vitest";
import type { Dataset, DatelineEvent, EventCategory, Place } from "../../core/contract";
import { CATEGORY_COLOURS } from "../data/categories";
import { buildIndex, placeWeights } from "../data/datasetIndex";
import { deriveCompact } from "../data/derive";
import { OUTLET_PALETTE, outletColours } from "../data/outlets";
import { buildClusterIndex } from "./clusters";
import {
  clusterable,
  clusteredAt,
  cullToView,
  edgesOf,
  fitFor,
  framingPoints,
  highlightedPlaces,
  MAX_DRAWN,
  placeColours,
  placeLayers,
  ringOffsets,
  shownPlaces,
  spreadColocated,
  type MarkerSpec,
} from "./mapModel";

// Two invented reports from two outlets. Velmora is named by one military event in the first and
// two humanitarian events in the second; Orsk Point by the first only; Lake Tamm by no event.
const first = "Troops entered Velmora and Orsk Point on 3 May 2031. Lake Tamm was calm.";
const second = "Aid reached Velmora on 4 May 2031. More aid reached Velmora on 5 May 2031.";
const texts: Record<string, string> = { a: first, b: second };

function event(
  id: string,
  doc: string,
  sentence: string,
  day: string,
  category: EventCategory,
  places: string[],
): DatelineEvent {
  const text = texts[doc]!;
  const start = text.indexOf(sentence);
  const dateText = sentence.slice(sentence.indexOf(" on ") + 4, -1);
  const at = text.indexOf(dateText, start);
  return {
    id,
    doc,
    start,
    end: start + sentence.length,
    text: sentence,
    date: {
      start: day,
      end: day,
      granularity: "day",
      text: dateText,
      span: { doc, start: at, end: at + dateText.length },
    },
    places,
    category,
  };
}

function place(id: string, name: string, kind: Place["kind"], lat: number, lon: number): Place {
  const mentions = Object.entries(texts).flatMap(([doc, text]) =>
    [...text.matchAll(new RegExp(name, "g"))].map((m) => ({
      doc,
      start: m.index,
      end: m.index + name.length,
    })),
  );
  return { id, name, kind, country: null, lat, lon, mentions };
}

const dataset: Dataset = {
  schemaVersion: 1,
  documents: [
    { id: "a", outlet: "North Ledger", path: "a.txt", text: first },
    { id: "b", outlet: "Harbour Post", path: "b.txt", text: second },
  ].map((d) => ({
    ...d,
    title: d.id,
    url: null,
    published: "2031-05-06",
    publishedSource: "front-matter",
    genre: "news" as const,
  })),
  places: [
    place("site:orsk-point", "Orsk Point", "site", 10, 20),
    place("city:velmora", "Velmora", "city", 10, 20),
    place("region:lake-tamm", "Lake Tamm", "region", 30, 40),
  ],
  events: [
    event(
      "e1",
      "a",
      "Troops entered Velmora and Orsk Point on 3 May 2031.",
      "2031-05-03",
      "military",
      ["city:velmora", "site:orsk-point"],
    ),
    event("e2", "b", "Aid reached Velmora on 4 May 2031.", "2031-05-04", "humanitarian", [
      "city:velmora",
    ]),
    event("e3", "b", "More aid reached Velmora on 5 May 2031.", "2031-05-05", "humanitarian", [
      "city:velmora",
    ]),
  ],
  dates: [],
};

const index = buildIndex(deriveCompact(dataset));
const weights = placeWeights(index, index.events, false);
const places = shownPlaces(index, weights);
const outlets = outletColours(index.documents);

describe("placeColours", () => {
  it("colours a place by the category most of its events share, and names those in use", () => {
    const colours = placeColours(index, places, index.events, "category", outlets);
    expect(colours.colourOf("city:velmora").colour).toBe(CATEGORY_COLOURS.humanitarian);
    expect(colours.colourOf("site:orsk-point").colour).toBe(CATEGORY_COLOURS.military);
    expect(colours.colourOf("region:lake-tamm").label).toBe("Other");
    expect(colours.legend.map((e) => e.label)).toEqual(["Military", "Humanitarian", "Other"]);
  });

  it("follows the filter: with only the first report's event, Velmora is military", () => {
    const shown = index.events.filter((e) => e.doc === "a");
    const colours = placeColours(index, places, shown, "category", outlets);
    expect(colours.colourOf("city:velmora").colour).toBe(CATEGORY_COLOURS.military);
  });

  it("colours a place by the outlet of most of its events, else of most of its mentions", () => {
    const colours = placeColours(index, places, index.events, "outlet", outlets);
    expect(outlets.outlets).toEqual(["Harbour Post", "North Ledger"]);
    expect(colours.colourOf("city:velmora")).toEqual({
      label: "Harbour Post",
      colour: OUTLET_PALETTE[0],
    });
    expect(colours.colourOf("site:orsk-point").label).toBe("North Ledger");
    expect(colours.colourOf("region:lake-tamm").label).toBe("North Ledger");
    expect(colours.legend).toEqual([
      { label: "Harbour Post", colour: OUTLET_PALETTE[0] },
      { label: "North Ledger", colour: OUTLET_PALETTE[1] },
    ]);
  });
});

describe("placeLayers", () => {
  it("draws points as dots sized by weight and regions as area labels with a disc", () => {
    const colours = placeColours(index, places, index.events, "category", outlets);
    const { markers, areas } = placeLayers(places, colours);
    const velmora = markers.find((m) => m.id === "city:velmora")!;
    expect(velmora).toMatchObject({ variant: "point", showLabel: true, offset: [0, 0] });
    expect(velmora.size).toBeGreaterThan(markers.find((m) => m.id === "site:orsk-point")!.size);
    expect(velmora.title).toBe("Velmora · 3 mentions · Humanitarian");
    expect(markers.find((m) => m.id === "region:lake-tamm")).toMatchObject({ variant: "area" });
    expect(areas.map((a) => a.id)).toEqual(["region:lake-tamm"]);
  });

  it("draws a region's disc with its own reach when the dataset gives one", () => {
    const colours = placeColours(index, places, index.events, "category", outlets);
    const plain = placeLayers(places, colours).areas[0]!;
    const reaching = places.map((p) =>
      p.place.id === "region:lake-tamm" ? { ...p, place: { ...p.place, radiusKm: 1200 } } : p,
    );
    const wide = placeLayers(reaching, colours).areas[0]!;
    expect(plain.radiusKm).toBe(450);
    expect(wide.radiusKm).toBe(1200);
  });
});

function marker(id: string, lat: number, lon: number, extra: Partial<MarkerSpec> = {}): MarkerSpec {
  return {
    id,
    name: id,
    lat,
    lon,
    variant: "point",
    size: 10,
    showLabel: false,
    title: id,
    colour: "#000",
    offset: [0, 0],
    ...extra,
  };
}

describe("spreadColocated", () => {
  it("keeps the largest dot on a shared point and rings the others round it", () => {
    const shared = [
      marker("small", 10, 20),
      marker("big", 10, 20, { size: 24 }),
      marker("area", 10.00001, 20, { variant: "area", size: 0 }),
      ...Array.from({ length: 20 }, (_, i) => marker(`s${i}`, 10, 20)),
    ];
    const alone = marker("alone", 11, 20);
    const out = spreadColocated([...shared, alone]);
    expect(out.map((m) => m.id)).toEqual([...shared, alone].map((m) => m.id));
    expect(out.find((m) => m.id === "big")!.offset).toEqual([0, 0]);
    expect(out.find((m) => m.id === "alone")).toEqual(alone);
    // An area label on the point becomes a dot, so it fits the ring.
    expect(out.find((m) => m.id === "area")).toMatchObject({ variant: "point", size: 10 });
    // No two drawn dots overlap.
    const spread = out.filter((m) => m.id !== "alone");
    for (const a of spread)
      for (const b of spread) {
        if (a === b) continue;
        const gap = Math.hypot(a.offset[0] - b.offset[0], a.offset[1] - b.offset[1]);
        expect(gap).toBeGreaterThanOrEqual((a.size + b.size) / 2);
      }
  });

  it("leaves markers on points of their own where they are", () => {
    const markers = [marker("a", 1, 2), marker("b", 1.01, 2)];
    expect(spreadColocated(markers)).toEqual(markers);
  });
});

describe("ringOffsets", () => {
  it("gives as many offsets as asked, none inside the centre dot", () => {
    const offsets = ringOffsets(30, 20, 14);
    expect(offsets).toHaveLength(30);
    for (const [x, y] of offsets) expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(10 + 7);
  });

  it("leaves the centre's name, due east, clear of every dot", () => {
    // A 14 px name line beside the centre, dots of up to 10 px: no dot centre within 12 px of it.
    for (const count of [1, 2, 3, 4, 8, 12, 30]) {
      const east = ringOffsets(count, 20, 14).filter(([x, y]) => x > 0 && Math.abs(y) < 12);
      expect(east).toEqual([]);
    }
  });
});

describe("clusteredAt", () => {
  it("groups dots on one point when zoomed out and leaves them single when zoomed in", () => {
    const markers = [marker("a", 10, 20), marker("b", 10, 20), marker("c", -40, -60)];
    const clusters = buildClusterIndex(clusterable(markers, new Map(), null, new Set()));
    const out = clusteredAt(markers, clusters, 2);
    expect(out.clusters).toHaveLength(1);
    expect(out.clusters[0]!.placeIds).toEqual(["a", "b"]);
    expect(out.markers.map((m) => m.id)).toEqual(["c"]);
    expect(clusteredAt(markers, clusters, 8).clusters).toHaveLength(0);
  });

  it("never clusters the selection away", () => {
    const markers = [marker("a", 10, 20), marker("b", 10, 20)];
    const clusters = buildClusterIndex(clusterable(markers, new Map(), "a", new Set()));
    expect(clusteredAt(markers, clusters, 2).markers.map((m) => m.id)).toEqual(["a", "b"]);
  });
});

describe("cullToView", () => {
  const view = { south: 0, west: 0, north: 10, east: 10 };
  it("draws everything below the limit", () => {
    const drawn = { markers: [marker("far", 60, 100)], clusters: [] };
    expect(cullToView(drawn, view, () => false)).toBe(drawn);
  });

  it("above the limit, draws only what is near the view, and what must be kept", () => {
    const many = Array.from({ length: MAX_DRAWN }, (_, i) => marker(`m${i}`, 5, 5));
    const drawn = {
      markers: [...many, marker("far", 60, 100), marker("kept", -60, -100)],
      clusters: [],
    };
    const culled = cullToView(drawn, view, (id) => id === "kept");
    expect(culled.markers.map((m) => m.id)).toEqual([...many.map((m) => m.id), "kept"]);
  });
});

describe("fitFor", () => {
  it("frames nothing without a request, and reveals only real places", () => {
    expect(fitFor(null, [], [], index)).toBeNull();
    const reveal = fitFor(
      { target: "reveal", placeIds: ["city:velmora", "nowhere"], seq: 2 },
      [],
      [],
      index,
    );
    expect(reveal).toEqual({
      bounds: { south: 10, west: 20, north: 10, east: 20 },
      seq: 2,
      mode: "reveal",
    });
  });

  it("fits every shown point for 'all'", () => {
    const points = [
      { lat: 1, lon: 2, weight: 1 },
      { lat: 5, lon: 9, weight: 1 },
    ];
    expect(fitFor({ target: "all", seq: 1 }, points, [], index)?.bounds).toEqual({
      south: 1,
      west: 2,
      north: 5,
      east: 9,
    });
  });
});

describe("framing and highlighting", () => {
  it("frames every place by its mentions, an area for a quarter", () => {
    expect(framingPoints(index)).toEqual([
      { lat: 10, lon: 20, weight: 1 },
      { lat: 10, lon: 20, weight: 3 },
      { lat: 30, lon: 40, weight: 0.25 },
    ]);
  });

  it("highlights the places of the selected event only", () => {
    expect([...highlightedPlaces(index, "e1")].sort()).toEqual(["city:velmora", "site:orsk-point"]);
    expect(highlightedPlaces(index, null).size).toBe(0);
  });

  it("counts drawn places outside the view by side, none before the map has a view", () => {
    const markers = [marker("in", 5, 5), marker("north", 50, 5)];
    expect(edgesOf(markers, null)).toEqual([]);
    const edges = edgesOf(markers, { south: 0, west: 0, north: 10, east: 10 });
    expect(edges.map((g) => [g.side, g.items.map((m) => m.id)])).toEqual([["n", ["north"]]]);
  });
});
