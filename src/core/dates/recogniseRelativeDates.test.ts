import { describe, expect, it } from "vitest";
import { recogniseRelativeDates } from "./recogniseRelativeDates";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseRelativeDates(ctxOf(text), []).map((d) => [d.text, d.meaning]);

describe("recogniseRelativeDates", () => {
  it("finds deictic days and weekdays with their TIMEX3 extent", () => {
    expect(found("The minister said on Thursday that yesterday was calm.")).toEqual([
      ["yesterday", { k: "shift", unit: "D", n: -1, anaphoric: false }],
      ["Thursday", { k: "weekday", dow: 4, rel: 0 }],
    ]);
  });
  it("reads 'a better tomorrow' as the times, not a day", () => {
    const meaning = (text: string) => found(text).map((f) => f[1]);
    expect(meaning("Voters want a brighter tomorrow.")).toEqual([
      { k: "fixed", value: "FUTURE_REF" },
    ]);
    expect(meaning("The skills of tomorrow are taught here.")).toEqual([
      { k: "fixed", value: "FUTURE_REF" },
    ]);
    expect(meaning("As of today, fares rise.")).toEqual([
      { k: "shift", unit: "D", n: 0, anaphoric: false },
    ]);
    expect(meaning("The outcome of today's poll is open.")).toEqual([
      { k: "shift", unit: "D", n: 0, anaphoric: false },
    ]);
  });
  it("finds a weekday written in lower case, as some wires do", () => {
    expect(found("crops were lost in sunday's frost.")).toEqual([
      ["sunday", { k: "weekday", dow: 7, rel: 0 }],
    ]);
    expect(found("The Sundays were quiet.")).toEqual([]);
  });
  it("finds periods relative to the time of writing", () => {
    expect(found("Exports fell last week.")).toContainEqual([
      "last week",
      { k: "shift", unit: "W", n: -1, anaphoric: false },
    ]);
    expect(found("Imports rose three years ago.")).toContainEqual([
      "three years ago",
      { k: "shift", unit: "Y", n: -3, anaphoric: false },
    ]);
  });
  it("marks expressions that lean on the last date as anaphoric", () => {
    expect(found("Two days later the bridge fell.")).toContainEqual([
      "Two days later",
      { k: "shift", unit: "D", n: 2, anaphoric: true },
    ]);
    expect(found("The following month, the siege ended.")).toContainEqual([
      "The following month",
      { k: "shift", unit: "M", n: 1, anaphoric: true },
    ]);
  });
  it("finds quarters, seasons and holidays", () => {
    expect(found("Profit rose in the third quarter.")).toContainEqual([
      "the third quarter",
      { k: "quarter", q: 3 },
    ]);
    expect(found("Snow came last winter.")).toContainEqual([
      "last winter",
      { k: "season", season: "WI", rel: -1 },
    ]);
    expect(found("They met on Christmas Day.")).toContainEqual([
      "Christmas Day",
      { k: "holiday", name: "christmas" },
    ]);
  });
  it("leaves the verb 'fall' and a water 'spring' alone", () => {
    expect(found("Prices may fall. Water rose from a spring.").map((f) => f[0])).toEqual([]);
  });
});

describe("seasons in names", () => {
  it("does not read a season inside a name", () => {
    expect(found("after the Winter Olympics at the Summer Palace").map((f) => f[0])).toEqual([]);
    expect(found("during the Spring Offensive").map((f) => f[0])).toEqual(["the Spring"]);
  });
});

describe("periods followed by 'and'", () => {
  it("keeps 'last month and ...' but not 'the next year or two'", () => {
    expect(found("It started last month and spread.").map((f) => f[0])).toEqual(["last month"]);
    expect(found("within the next year or two").map((f) => f[0])).toEqual([]);
  });
});
