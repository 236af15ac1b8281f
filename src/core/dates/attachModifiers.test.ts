import { describe, expect, it } from "vitest";
import { attachModifiers } from "./attachModifiers";
import { recogniseCalendarDates } from "./recogniseCalendarDates";
import { recogniseDurations } from "./recogniseDurations";
import { resolveOverlaps } from "./resolveOverlaps";
import { ctxOf, runStages } from "./testing";

const found = (text: string) =>
  runStages(ctxOf(text), [
    recogniseCalendarDates,
    recogniseDurations,
    attachModifiers,
    resolveOverlaps,
  ]).map((d) => [d.text, d.mod]);

describe("attachModifiers", () => {
  it("widens the extent and sets the TIMEX3 mod", () => {
    expect(found("The harvest began in early October.")).toEqual([["early October", "START"]]);
    expect(found("by the end of May")).toEqual([["the end of May", "END"]]);
    expect(found("in mid-1996")).toEqual([["mid-1996", "MID"]]);
    expect(found("it took about three years")).toEqual([["about three years", "APPROX"]]);
    expect(found("for more than four hours")).toEqual([["more than four hours", "MORE_THAN"]]);
  });
  it("does not read 'nearly' as 'early'", () => {
    expect(found("nearly two weeks")).toEqual([["nearly two weeks", "APPROX"]]);
  });
});

describe("attachModifiers, extents", () => {
  it("prefers 'no more than' to 'more than' and leaves the preposition 'over' out", () => {
    expect(found("within no more than sixty days")).toEqual([
      ["no more than sixty days", "EQUAL_OR_LESS"],
    ]);
    expect(found("spread over three years")).toEqual([["three years", undefined]]);
  });
  it("reads hyphenated 'late-November'", () => {
    expect(found("talks in late-November")).toEqual([["late-November", "END"]]);
  });
});
