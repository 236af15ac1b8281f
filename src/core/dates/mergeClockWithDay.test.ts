import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

describe("mergeClockWithDay", () => {
  it("makes one TIME of a clock time and the day after it", () => {
    const t = tagTimexes("Talks broke off at 10 p.m. Wednesday, officials said.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.type, x.value])).toEqual([
      ["10 p.m. Wednesday", "TIME", "2022-03-23T22:00"],
    ]);
  });
  it("puts a clock time on the day written after a bracketed gloss, as two expressions", () => {
    const t = tagTimexes("The dam gave way at 6:20 a.m. (0320 GMT) Tuesday, police said.", {
      published: "2022-03-24",
      genre: "news",
    });
    expect(t.map((x) => [x.text, x.value])).toContainEqual(["6:20 a.m.", "2022-03-22T06:20"]);
    expect(t.map((x) => [x.text, x.value])).toContainEqual(["Tuesday", "2022-03-22"]);
  });
  it("puts a clock time on the day written after 'on', as two expressions", () => {
    const t = tagTimexes(
      "The truce took effect at midnight on Friday. Polls close at 8 p.m. on 30 June.",
      {
        published: "2022-03-24",
        genre: "news",
      },
    );
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ["midnight", "2022-03-18T24:00"],
      ["Friday", "2022-03-18"],
      ["8 p.m.", "2022-06-30T20:00"],
      ["30 June", "2022-06-30"],
    ]);
  });
});
