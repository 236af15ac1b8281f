import { describe, expect, it } from "vitest";
import { matchesAllTerms, searchTerms, splitByTerms } from "./textSearch";

describe("text search", () => {
  it("reads words and quoted phrases, lower-cased, without repeats", () => {
    expect(searchTerms('  Ceasefire "grain corridor" ceasefire ')).toEqual([
      "ceasefire",
      "grain corridor",
    ]);
    expect(searchTerms("   ")).toEqual([]);
  });

  it("matches a passage only when it holds every term, ignoring case", () => {
    expect(matchesAllTerms("Talks on the Grain Corridor resumed.", ["grain", "talks"])).toBe(true);
    expect(matchesAllTerms("Talks resumed.", ["grain", "talks"])).toBe(false);
    expect(matchesAllTerms("anything", [])).toBe(true);
  });

  it("treats regular-expression characters in a term literally", () => {
    expect(matchesAllTerms("costs rose (sharply)", ["(sharply)"])).toBe(true);
    expect(matchesAllTerms("costs rose sharply", ["s.arply"])).toBe(false);
  });

  it("splits text into runs that rebuild it, hits keeping their original case", () => {
    const text = "Grain talks: grain exports and Grain Corridor.";
    const runs = splitByTerms(text, ["grain corridor", "grain"]);
    expect(runs.map((r) => r.text).join("")).toBe(text);
    expect(runs.filter((r) => r.hit).map((r) => r.text)).toEqual([
      "Grain",
      "grain",
      "Grain Corridor",
    ]);
  });

  it("keeps markup-looking text as plain runs", () => {
    const runs = splitByTerms("<img src=x onerror=alert(1)> said", ["said"]);
    expect(runs).toEqual([
      { text: "<img src=x onerror=alert(1)> ", hit: false },
      { text: "said", hit: true },
    ]);
  });
});
