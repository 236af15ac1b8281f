import { describe, expect, it } from "vitest";
import { recogniseDateRanges } from "./recogniseDateRanges";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseDateRanges(ctxOf(text), []).map((d) => [d.text, d.meaning]);

describe("recogniseDateRanges", () => {
  it("tags the years of 'between 2009 and 2011' and 'from 2004 to 2009' as ends", () => {
    expect(found("Sales fell between 2009 and 2011.")).toEqual([
      ["2009", { k: "fixed", value: "2009" }],
      ["2011", { k: "fixed", value: "2011" }],
    ]);
    expect(found("From 2004 to 2009 the yard was idle.").map((f) => f[0])).toEqual([
      "2004",
      "2009",
    ]);
    expect(found("Sales fell between May and June.")).toEqual([]);
  });
  it("tags both ends, the short one taking month and year from the other", () => {
    expect(found("the siege of Orlin (22-25 April 1951)")).toEqual([
      ["22", { k: "calendar", year: 1951, month: 4, day: 22 }],
      ["25 April 1951", { k: "calendar", year: 1951, month: 4, day: 25 }],
    ]);
    expect(found("from August to September 1950")).toEqual([
      ["August", { k: "calendar", year: 1950, month: 8 }],
      ["September 1950", { k: "calendar", year: 1950, month: 9 }],
    ]);
    expect(found("In 1990-94 the fields lay fallow.")).toEqual([
      ["1990", { k: "fixed", value: "1990" }],
      ["94", { k: "fixed", value: "1994" }],
    ]);
  });
  it("ignores score lines and codes", () => {
    expect(found("won 3-1 on route 66-70")).toEqual([]);
  });
});

describe("recogniseDateRanges, repeated months", () => {
  it("gives the first end the year written after the second", () => {
    expect(found("Between January 12 and January 16, 1936 the column advanced.")).toEqual([
      ["January 12", { k: "calendar", year: 1936, month: 1, day: 12 }],
      ["January 16, 1936", { k: "calendar", year: 1936, month: 1, day: 16 }],
    ]);
    expect(found("In August/September 1956 the council met.")).toEqual([
      ["August", { k: "calendar", year: 1956, month: 8 }],
      ["September 1956", { k: "calendar", year: 1956, month: 9 }],
    ]);
  });
});
