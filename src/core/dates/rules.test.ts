import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";
import { type Rule, runRules } from "./rules";
import { ctxOf } from "./testing";

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

describe("runRules scanning rules together", () => {
  // Each rule scanned alone, the way the rules are defined to match: the reference to compare with.
  function alone(text: string, rules: Rule[]): [string, number, string][] {
    return rules.flatMap((rule) => {
      const re = new RegExp(
        `(?<![\\w.$€£/]|\\w\\.)(?:${rule.pattern})(?![\\w%/]|-\\w|[.,]\\d)`,
        rule.caseSensitive ? "g" : "gi",
      );
      const out: [string, number, string][] = [];
      for (const m of text.matchAll(re)) if (m[0].length > 0) out.push([rule.name, m.index, m[0]]);
      return out;
    });
  }
  const rule = (name: string, pattern: string, caseSensitive = false): Rule => ({
    name,
    pattern,
    caseSensitive,
    // Scanning only: what these rules are for is not the point here.
    examples: [],
    nonExamples: [],
    build: () => ({ type: "DATE", meaning: { k: "fixed", value: "2000" } }),
  });
  // Overlapping rules, a rule that can match nothing, mixed case modes, a back-reference.
  const rules = [
    rule("spring", "(?<x>spring(?:\\s+(\\d{4}))?)"),
    rule("year", "(?<x>(\\d{4}))"),
    rule("years", "(?:\\d{4}(?:-\\d{2})?)(?:\\s+and\\s+\\d{4})?"),
    rule("maybe", "(?:early\\s+)?"),
    rule("Month", "(?<x>May|June)", true),
    rule("twice", "(\\d{1,2})/\\1"),
    rule("spring-year", "spring\\s+\\d{4}(?:\\s+and\\s+\\d{4})?"),
  ];
  it("finds for each rule exactly what scanning with it alone finds", () => {
    const text =
      "In spring 2019 and 2020, early May, 1999-00 and 2001, may 2003; 12/12 or 12/13; " +
      "SPRING 2021 June 2022x 2023. Spring spring 2024-25 and 2026";
    // Every extent here is the whole match, so drafts and matches compare one to one.
    const got = runRules(ctxOf(text, null), rules, "t").map((d) => [
      d.by.slice(2),
      d.start,
      d.text,
    ]);
    expect(got).toEqual(alone(text, rules));
    expect(got.length).toBeGreaterThan(12);
  });
});
