import { describe, expect, it } from "vitest";
import { recogniseVagueTimes } from "./recogniseVagueTimes";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseVagueTimes(ctxOf(text), []).map((d) => [d.text, d.meaning]);

describe("recogniseVagueTimes", () => {
  it("gives the present, past and future references", () => {
    expect(found("The port is now closed and currently guarded.")).toEqual([
      ["now", { k: "fixed", value: "PRESENT_REF" }],
      ["currently", { k: "fixed", value: "PRESENT_REF" }],
    ]);
    expect(found("Rains recently flooded the delta; more will come in the future.")).toEqual([
      ["recently", { k: "fixed", value: "PAST_REF" }],
      ["the future", { k: "fixed", value: "FUTURE_REF" }],
    ]);
  });
  it("does not read 'previously' as a time: it only orders one event before another", () => {
    expect(found("The firm cut the previously announced dividend.")).toEqual([]);
  });
  it("leaves conjunctions and trade terms alone", () => {
    expect(found("as soon as possible; the current account; futures contracts")).toEqual([]);
  });
});

describe("recogniseVagueTimes in narrative", () => {
  it("does not call the story's 'soon' the writer's future", () => {
    expect(
      recogniseVagueTimes(ctxOf("The rebels soon fled.", "2009-12-19", "narrative"), []),
    ).toEqual([]);
    expect(recogniseVagueTimes(ctxOf("The rebels will soon flee."), []).map((d) => d.text)).toEqual(
      ["soon"],
    );
  });
});
