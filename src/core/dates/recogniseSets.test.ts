import { describe, expect, it } from "vitest";
import { recogniseSets } from "./recogniseSets";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseSets(ctxOf(text), []).map((d) => [d.text, d.type, d.meaning]);

describe("recogniseSets", () => {
  it("leaves the unit of a rate of money or of a measure, and 'around the clock', alone", () => {
    expect(found("The preferred pays $2.40 a year.")).toEqual([]);
    expect(found("The new chip runs 20 million instructions per second.")).toEqual([]);
    expect(found("Pickets stand outside 24 hours a day.")).toEqual([]);
    expect(found("The ferry sails three times a week.")).toEqual([
      ["a week", "SET", { k: "fixed", value: "P1W" }],
    ]);
  });
  it("does not read a newspaper called a daily or a weekly as a recurrence", () => {
    expect(found("The party daily Morgenlicht printed the speech.")).toEqual([]);
    expect(found("The business weekly said sales fell.")).toEqual([]);
    expect(found("She walks the dog daily.")).toEqual([
      ["daily", "SET", { k: "fixed", value: "P1D" }],
    ]);
    expect(found("Buses run daily, rain or shine.")).toEqual([
      ["daily", "SET", { k: "fixed", value: "P1D" }],
    ]);
    expect(found("Buses run daily Monday to Friday.")).toEqual([
      ["daily", "SET", { k: "fixed", value: "P1D" }],
    ]);
  });
  it("types recurring times as SET", () => {
    expect(found("The market opens every Monday.")).toEqual([
      ["every Monday", "SET", { k: "fixed", value: "XXXX-WXX-1" }],
    ]);
    expect(found("Ferries run daily.")).toEqual([["daily", "SET", { k: "fixed", value: "P1D" }]]);
    expect(found("Herders move each season.")).toEqual([
      ["each season", "SET", { k: "fixed", value: "P3M" }],
    ]);
    expect(found("The council meets twice a year.")).toEqual([
      ["a year", "SET", { k: "fixed", value: "P1Y" }],
    ]);
  });
});
