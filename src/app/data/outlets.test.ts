import { describe, expect, it } from "vitest";
import {
  OTHER_OUTLET_COLOUR,
  OUTLET_PALETTE,
  UNKNOWN_OUTLET,
  outletColours,
  outletOf,
} from "./outlets";

describe("outletColours", () => {
  it("ranks outlets by article count, then name, whatever the document order", () => {
    const docs = [{ outlet: "b.example" }, { outlet: "a.example" }, { outlet: "b.example" }, {}];
    const one = outletColours(docs);
    const two = outletColours([...docs].reverse());
    expect(one.outlets).toEqual(["b.example", UNKNOWN_OUTLET, "a.example"]);
    expect(two.outlets).toEqual(one.outlets);
    expect(one.colourOf("b.example")).toBe(OUTLET_PALETTE[0]);
    expect(one.colourOf("a.example")).toBe(two.colourOf("a.example"));
  });

  it("gives outlets past the palette, and unknown names, the shared colour", () => {
    const docs = Array.from({ length: OUTLET_PALETTE.length + 2 }, (_, i) => ({ outlet: `o${i}` }));
    const { outlets, colourOf } = outletColours(docs);
    expect(new Set(outlets.slice(0, OUTLET_PALETTE.length).map(colourOf)).size).toBe(
      OUTLET_PALETTE.length,
    );
    expect(colourOf(outlets.at(-1)!)).toBe(OTHER_OUTLET_COLOUR);
    expect(colourOf("never seen")).toBe(OTHER_OUTLET_COLOUR);
  });

  it("names articles without an outlet", () => {
    expect(outletOf({ outlet: "  " })).toBe(UNKNOWN_OUTLET);
    expect(outletOf({ outlet: "wire" })).toBe("wire");
  });
});
