import { describe, expect, it } from "vitest";
import { contentStems, documentFrequencies, stem, tfidfVectors } from "./wording";

describe("wording", () => {
  it("meets word forms at one stem and drops function and date words", () => {
    expect(stem("flooding")).toBe(stem("floods"));
    expect(stem("protesters")).toBe(stem("protest"));
    expect(contentStems("The floods on Tuesday closed it")).toEqual(["flood", "clos"]);
  });

  it("weighs rare stems above common ones, in unit-length vectors", () => {
    const lists = [
      ["bridg", "clos"],
      ["bridg", "open"],
      ["bridg", "paint"],
    ];
    const [v] = tfidfVectors(lists, documentFrequencies(lists));
    expect(v!.get("clos")!).toBeGreaterThan(v!.get("bridg")!);
    expect([...v!.values()].reduce((s, w) => s + w * w, 0)).toBeCloseTo(1);
  });
});
