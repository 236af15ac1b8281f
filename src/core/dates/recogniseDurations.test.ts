import { describe, expect, it } from "vitest";
import { recogniseDurations } from "./recogniseDurations";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseDurations(ctxOf(text), []).map((d) => [d.text, d.type, d.meaning]);

describe("recogniseDurations", () => {
  it("types counted spans as DURATION with ISO 8601 values", () => {
    expect(found("The strike lasted four weeks.")).toEqual([
      ["four weeks", "DURATION", { k: "fixed", value: "P4W" }],
    ]);
    expect(found("Shelling continued for 24 hours.")).toEqual([
      ["24 hours", "DURATION", { k: "fixed", value: "PT24H" }],
    ]);
    expect(found("a two-year deal")).toEqual([
      ["two-year", "DURATION", { k: "fixed", value: "P2Y" }],
    ]);
    expect(found("over the past two months")).toEqual([
      ["the past two months", "DURATION", { k: "fixed", value: "P2M" }],
    ]);
  });
  it("writes fractions in the next smaller unit and vague counts with X", () => {
    // "a minute" inside it is also found here; overlap resolution keeps the longer one.
    expect(found("It took a minute and a half.")).toContainEqual([
      "a minute and a half",
      "DURATION",
      { k: "fixed", value: "PT1M30S" },
    ]);
    expect(found("They lived there for 2 1/2 years.")).toEqual([
      ["2 1/2 years", "DURATION", { k: "fixed", value: "P2Y6M" }],
    ]);
    expect(found("for several weeks")).toEqual([
      ["several weeks", "DURATION", { k: "fixed", value: "PXW" }],
    ]);
    expect(found("unrest went on for years")).toEqual([
      ["years", "DURATION", { k: "fixed", value: "PXY" }],
    ]);
  });
  it("reads 'one day' after a subject or 'to' as 'some day', not a length", () => {
    expect(found("The striker hopes to one day coach the side.")).toEqual([]);
    expect(found("She said she would one day return.")).toEqual([]);
    expect(found("The fair lasted one day.")).toEqual([
      ["one day", "DURATION", { k: "fixed", value: "P1D" }],
    ]);
  });
  it("skips the unit of a rate of money and 'around the clock'", () => {
    expect(found("The deal saves Harlow Press about $3 million a year.")).toEqual([]);
    expect(found("Pickets stand outside 24 hours a day.")).toEqual([]);
  });
  it("skips ages, fractions and rates", () => {
    expect(found("a 6-year-old boy, 52 years old, with three-quarters of the vote")).toEqual([]);
    expect(found("four flights a week")).toEqual([]);
  });
});

describe("recogniseDurations, unmeasured spans", () => {
  it("reads 'the following days' and 'the four previous weeks'", () => {
    expect(found("Fighting went on over the following days.")).toEqual([
      ["the following days", "DURATION", { k: "fixed", value: "PXD" }],
    ]);
    expect(found("down from 90 in the four previous weeks")).toContainEqual([
      "the four previous weeks",
      "DURATION",
      { k: "fixed", value: "P4W" },
    ]);
  });
});

describe("recogniseDurations, large counts", () => {
  it("reads thousands separators", () => {
    expect(found("the first emperor in 1,460 years")).toEqual([
      ["1,460 years", "DURATION", { k: "fixed", value: "P1460Y" }],
    ]);
  });
});

describe("recogniseDurations, length adjectives", () => {
  it("reads 'decades-long' and 'day-long'", () => {
    expect(found("a decades-long feud and a day-long meeting")).toEqual([
      ["decades-long", "DURATION", { k: "fixed", value: "PXDE" }],
      ["day-long", "DURATION", { k: "fixed", value: "P1D" }],
    ]);
  });
});
