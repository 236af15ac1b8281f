import { describe, expect, it } from "vitest";
import { recogniseSets } from "./recogniseSets";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseSets(ctxOf(text), []).map((d) => [d.text, d.type, d.meaning]);

describe("recogniseSets", () => {
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
