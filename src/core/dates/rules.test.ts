import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

describe("rules", () => {
  it("tags the extent only, not the preposition before it", () => {
    const t = tagTimexes("The port reopened on Thursday.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => x.text)).toEqual(["Thursday"]);
  });
  it("records which rule produced each timex", () => {
    const t = tagTimexes("It closed in 2019.", { published: "2022-03-24", genre: "news" });
    expect(t[0]?.by).toBe("calendar/year");
  });
});

describe("extents of time adjectives", () => {
  it("leaves 'the' to the noun a hyphenated time adjective modifies", () => {
    const t = tagTimexes("They signed the eight-year deal after the third-quarter loss.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => x.text)).toEqual(["eight-year", "third-quarter"]);
  });
});
