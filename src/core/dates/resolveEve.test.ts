import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

describe("resolveEve", () => {
  it("makes 'the eve of' a dated expression the day before it", () => {
    const t = tagTimexes("Crowds gathered on the eve of March 3 in the square.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value, x.range?.start])).toEqual([
      ["the eve of March 3", "2022-03-02", "2022-03-02"],
    ]);
  });
  it("leaves the eve of an undated event alone", () => {
    expect(
      tagTimexes("on the eve of the vote", { published: "2022-03-24", genre: "news" }),
    ).toEqual([]);
  });
});
