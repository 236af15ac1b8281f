import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

describe("joinPeriodAndYear", () => {
  it("joins a season or month to the year written after it", () => {
    const t = tagTimexes("Prices last fell in the winter of nineteen ninety-four.", {
      published: "1998-02-23",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ["the winter of nineteen ninety-four", "1994-WI"],
    ]);
  });
});
