import { describe, expect, it } from "vitest";
import { recogniseClockTimes } from "./recogniseClockTimes";
import { ctxOf } from "./testing";

describe("recogniseClockTimes", () => {
  it("reads 12-hour and 24-hour clock times", () => {
    const found = recogniseClockTimes(ctxOf("At 7:15 p.m. and again at 23:40 and at noon."), []);
    expect(
      found.map((d) => [d.text, d.type, d.meaning.k === "shift" ? d.meaning.clock : null]),
    ).toEqual([
      ["7:15 p.m.", "TIME", "19:15"],
      ["23:40", "TIME", "23:40"],
      ["noon", "TIME", "12:00"],
    ]);
  });
  it("leaves the idiom 'high noon' alone", () => {
    expect(recogniseClockTimes(ctxOf("For the old mill town, high noon has come."), [])).toEqual(
      [],
    );
  });
});
