import { describe, expect, it } from "vitest";
import type { DatelineEvent, EventCategory } from "../../core/contract";
import { categoryCounts, filterByCategory, normaliseCategories } from "./categories";

function event(id: string, category?: EventCategory): DatelineEvent {
  const span = { doc: "d", start: 0, end: 1 };
  return {
    id,
    doc: "d",
    start: 0,
    end: 1,
    text: "x",
    date: { start: "2031-01-01", end: "2031-01-01", granularity: "day", text: "x", span },
    places: [],
    ...(category ? { category } : {}),
  };
}

const events = [
  event("a", "military"),
  event("b", "diplomacy"),
  event("c"),
  event("d", "military"),
];

describe("category facet", () => {
  it("counts every event once, an uncategorised one as other", () => {
    expect(categoryCounts(events)).toEqual({
      military: 2,
      diplomacy: 1,
      economy: 0,
      humanitarian: 0,
      other: 1,
    });
  });

  it("keeps everything for an empty selection and the union of the chosen ones otherwise", () => {
    expect(filterByCategory(events, [])).toBe(events);
    expect(filterByCategory(events, ["military", "other"]).map((e) => e.id)).toEqual([
      "a",
      "c",
      "d",
    ]);
  });

  it("normalises a selection to facet order and drops unknown values", () => {
    expect(normaliseCategories(["other", "bogus", "military", "military"])).toEqual([
      "military",
      "other",
    ]);
  });
});
