import { describe, expect, it } from "vitest";
import type { DatelineEvent } from "../../core/contract";
import { filterByPlayback, playbackStops, stepFrom } from "./playback";

function event(id: string, start: string, end = start): DatelineEvent {
  const span = { doc: "d", start: 0, end: 1 };
  return {
    id,
    doc: "d",
    start: 0,
    end: 1,
    text: "x",
    date: { start, end, granularity: start === end ? "day" : "range", text: "x", span },
    places: [],
  };
}

const events = [
  event("a", "2022-03-01"),
  event("b", "2022-03-05"),
  event("c", "2022-03-05"),
  event("d", "2022-03-20"),
  event("y", "2022-01-01", "2022-12-31"),
];

describe("playback", () => {
  it("stops at each distinct start day, in order", () => {
    expect(playbackStops(events)).toEqual(["2022-01-01", "2022-03-01", "2022-03-05", "2022-03-20"]);
  });

  it("steps forward and back, and past the ends gives null", () => {
    const stops = playbackStops(events);
    expect(stepFrom(stops, null, 1)).toBe("2022-01-01");
    expect(stepFrom(stops, "2022-03-02", 1)).toBe("2022-03-05");
    expect(stepFrom(stops, "2022-03-05", -1)).toBe("2022-03-01");
    expect(stepFrom(stops, "2022-03-20", 1)).toBeNull();
  });

  it("shows a moving window of days, a range while it overlaps, or everything so far", () => {
    const ids = (xs: readonly DatelineEvent[]) => xs.map((e) => e.id);
    expect(ids(filterByPlayback(events, "2022-03-07", "window", 7))).toEqual(["a", "b", "c", "y"]);
    expect(ids(filterByPlayback(events, "2022-03-20", "window", 7))).toEqual(["d", "y"]);
    expect(ids(filterByPlayback(events, "2022-03-05", "cumulative", 7))).toEqual([
      "a",
      "b",
      "c",
      "y",
    ]);
    expect(filterByPlayback(events, null, "window", 7)).toBe(events);
  });
});
