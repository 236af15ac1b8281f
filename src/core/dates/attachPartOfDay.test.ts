import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

describe("attachPartOfDay", () => {
  it("makes 'the evening of' a dated day a time of that day", () => {
    const t = tagTimexes("Riots began on the evening of January 29, 1960 in Velm.", {
      published: null,
      genre: "narrative",
    });
    expect(t.map((x) => [x.text, x.type, x.value, x.range?.start])).toEqual([
      ["the evening of January 29, 1960", "TIME", "1960-01-29TEV", "1960-01-29"],
    ]);
  });
  it("joins a holiday to its year", () => {
    const t = tagTimexes("Troops were home by Christmas 2007.", {
      published: "2009-12-19",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value])).toEqual([["Christmas 2007", "2007-12-25"]]);
  });
});
