import { describe, expect, it } from "vitest";
import { loadProgressText } from "./StatusScreens";

describe("loadProgressText", () => {
  it("counts events of the total with a rate and the time left once it has a rate", () => {
    const progress = { events: 40_000, total: 100_000, startedAt: 0 };
    expect(loadProgressText(progress, 2_000)).toBe(
      "40,000 of 100,000 events · 20,000 a second · about 3 s left",
    );
  });

  it("says only the count while the total and the rate are unknown", () => {
    expect(loadProgressText({ events: 2_000, total: null, startedAt: 0 }, 100)).toBe(
      "2,000 events",
    );
  });

  it("gives no time left when everything is in", () => {
    expect(loadProgressText({ events: 500, total: 500, startedAt: 0 }, 1_000)).toBe(
      "500 of 500 events · 500 a second",
    );
  });
});
