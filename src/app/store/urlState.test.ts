import { describe, expect, it } from "vitest";
import { parseUrlView, serializeUrlView, type UrlView } from "./urlState";

describe("url view", () => {
  it("round-trips a full view", () => {
    const view: UrlView = {
      from: "2031-05-01",
      to: "2031-05-31",
      categories: ["military", "economy"],
      query: 'grain "black sea"',
      docs: ["d0a1", "d0b2"],
      outlets: ["Harbour Gazette", "Smith, Jones & Co"],
      playhead: "2031-05-07",
      playbackMode: "cumulative",
      windowDays: 30,
      inView: true,
      place: "geonames:123",
      event: "e-7",
      story: "story:1a2b",
      map: { lat: 50.1234, lon: -20.5, zoom: 6 },
      onlineTiles: true,
      markerColouring: "outlet",
    };
    expect(parseUrlView(serializeUrlView(view))).toEqual(view);
  });

  it("drops malformed parts and keeps the rest", () => {
    const view = parseUrlView(
      "?from=2031-02-30&to=2031-05-31&cat=economy,bogus,military&play=2031-13-01&pwin=5&map=91,0,3&place=&colour=purple",
    );
    expect(view).toEqual({
      from: null,
      to: "2031-05-31",
      categories: ["military", "economy"],
      query: "",
      docs: [],
      outlets: [],
      playhead: null,
      playbackMode: "window",
      windowDays: 7,
      inView: false,
      place: null,
      event: null,
      story: null,
      map: null,
      onlineTiles: false,
      markerColouring: "category",
    });
  });

  it("writes a centre past the antimeridian as the same meridian in range", () => {
    const view = parseUrlView("?map=10,20,3");
    const query = serializeUrlView({ ...view, map: { lat: 10, lon: 190, zoom: 3 } });
    expect(parseUrlView(query).map).toEqual({ lat: 10, lon: -170, zoom: 3 });
  });

  it("reads articles and outlets sorted, once each, an outlet's comma kept", () => {
    const view = parseUrlView("?docs=,d2,d1,d2&outlets=Post&outlets=Smith%2C+Jones&outlets=Post");
    expect(view.docs).toEqual(["d1", "d2"]);
    expect(view.outlets).toEqual(["Post", "Smith, Jones"]);
  });

  it("writes nothing for the default view", () => {
    expect(
      serializeUrlView({
        from: null,
        to: null,
        categories: [],
        query: "  ",
        docs: [],
        outlets: [],
        playhead: null,
        playbackMode: "window",
        windowDays: 7,
        inView: false,
        place: null,
        event: null,
        story: null,
        map: null,
        onlineTiles: false,
        markerColouring: "category",
      }),
    ).toBe("");
  });
});
