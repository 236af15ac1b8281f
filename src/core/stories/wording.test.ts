import { describe, expect, it } from "vitest";
import { contentStems, similarity, stem, tfidfVectors } from "./wording";

describe("wording", () => {
  it("meets word forms at one stem and drops function and date words", () => {
    expect(stem("flooding")).toBe(stem("floods"));
    expect(stem("protesters")).toBe(stem("protest"));
    expect(contentStems("The floods on Tuesday closed it")).toEqual(["flood", "clos"]);
  });

  it("weighs rare stems above common ones, in unit-length vectors", () => {
    const [both, rare, common, self] = tfidfVectors([
      ["bridg", "clos"],
      ["clos", "storm"],
      ["bridg", "paint"],
      ["bridg", "clos"],
      ["bridg", "open"],
    ]);
    // "clos" stands in fewer passages than "bridg", so sharing it counts for more.
    expect(similarity(both!, rare!).cosine).toBeGreaterThan(similarity(both!, common!).cosine);
    expect(similarity(both!, self!)).toEqual({ cosine: expect.closeTo(1, 9), shared: 2 });
  });
});
