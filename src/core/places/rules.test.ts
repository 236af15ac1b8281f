// One test for every filter rule: it fires on each of its own examples and on none of its
// non-examples. The candidate judged is the one in square brackets; it must be a candidate at all,
// or the sentence tests nothing.
import { describe, expect, it } from "vitest";
import { findCandidates } from "./candidates";
import { COMMON_WORD_RULES } from "./filterCommonWords";
import { ORGANISATION_RULES } from "./filterOrganisations";
import { PERSON_RULES } from "./filterPersons";
import { HEAD_RULES, readHeadedNames } from "./headedNames";
import { placeContext, runStages } from "./recognize";
import { fires } from "./rules";
import { testWorld } from "./testing";
import type { PlaceRule } from "./types";

// Towns named like given names and ordinary words, as GeoNames has them.
const gaz = testWorld([
  {
    id: "geonames:1",
    name: "Ruth",
    kind: "city",
    country: "US",
    lat: 39,
    lon: -95,
    population: 900,
  },
  {
    id: "geonames:2",
    name: "North",
    kind: "city",
    country: "US",
    lat: 33,
    lon: -81,
    population: 800,
  },
  {
    id: "geonames:3",
    name: "Great Falls",
    kind: "city",
    country: "US",
    lat: 47.5,
    lon: -111.3,
    population: 58000,
  },
  {
    id: "geonames:4",
    name: "Mercury",
    kind: "city",
    country: "FR",
    lat: 45.7,
    lon: 6.3,
    population: 2500,
  },
]);

/** Does the rule fire on the bracketed candidate? Undefined when there is no candidate there. */
function verdict(rule: PlaceRule, marked: string): boolean | undefined {
  const at = marked.indexOf("[");
  const text = marked.replace(/[[\]]/g, "");
  const ctx = placeContext(text, gaz);
  const draft = runStages(ctx, [findCandidates, readHeadedNames]).find(
    (d) => d.candidate && d.mention.start === at,
  );
  return draft?.candidate && fires(rule, draft.candidate, ctx, draft);
}

const STAGES = {
  person: PERSON_RULES,
  organisation: ORGANISATION_RULES,
  "common word": COMMON_WORD_RULES,
};

describe.each(Object.entries(STAGES))("%s rules", (_, rules) => {
  it.each(rules.map((r) => [r.name, r] as const))("%s", (_name, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.nonExamples.length).toBeGreaterThan(0);
    for (const s of rule.examples) expect([s, verdict(rule, s)]).toEqual([s, true]);
    for (const s of rule.nonExamples) expect([s, verdict(rule, s)]).toEqual([s, false]);
  });
});

describe("head-word rules", () => {
  /** The head the rule reads after the bracketed candidate; null when there is no candidate. */
  function head(rule: (typeof HEAD_RULES)[number], marked: string): string | null | undefined {
    const at = marked.indexOf("[");
    const ctx = placeContext(marked.replace(/[[\]]/g, ""), gaz);
    const c = runStages(ctx, [findCandidates]).find((d) => d.mention.start === at)?.candidate;
    return c ? rule.head(c, ctx.tokens)?.kind : null;
  }
  it.each(HEAD_RULES.map((r) => [r.name, r] as const))("%s", (_name, rule) => {
    expect(rule.examples.length).toBeGreaterThan(0);
    expect(rule.nonExamples.length).toBeGreaterThan(0);
    for (const s of rule.examples) expect([s, head(rule, s)]).toEqual([s, rule.name]);
    for (const s of rule.nonExamples) expect([s, head(rule, s)]).toEqual([s, undefined]);
  });
});

describe("rule names", () => {
  it("are unique, so a trace names one rule", () => {
    const names = Object.values(STAGES).flatMap((rules) => rules.map((r) => r.name));
    expect(new Set(names).size).toBe(names.length);
  });
});
