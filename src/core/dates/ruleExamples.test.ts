// One check for every date rule: its examples yield what they say, its non-examples never make
// it fire. A rule added without examples fails here, so each rule shows what it is for.
import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";
import { RULES as CALENDAR } from "./recogniseCalendarDates";
import { RULES as CLOCK } from "./recogniseClockTimes";
import { RULES as RANGE, runRangeRules } from "./recogniseDateRanges";
import { RULES as DURATION } from "./recogniseDurations";
import { RULES as RELATIVE } from "./recogniseRelativeDates";
import { RULES as SET } from "./recogniseSets";
import { RULES as VAGUE } from "./recogniseVagueTimes";
import { type Documented, runRules, type Rule } from "./rules";
import { ctxOf } from "./testing";
import type { DateContext, Draft } from "./types";

// Each stage's rules, under the prefix their expressions carry in `by`, with a way to run one.
interface Shelf {
  stage: string;
  rules: Documented[];
  fireAt: (ctx: DateContext, k: number) => Draft[];
}

function shelf<R extends Documented>(
  stage: string,
  rules: R[],
  fire: (ctx: DateContext, rule: R) => Draft[],
): Shelf {
  return { stage, rules, fireAt: (ctx, k) => fire(ctx, rules[k]!) };
}

const scan = (stage: string) => (ctx: DateContext, rule: Rule) => runRules(ctx, [rule], stage);

const BOOK: Shelf[] = [
  shelf("range", RANGE, (ctx, rule) => runRangeRules(ctx, [rule])),
  shelf("calendar", CALENDAR, scan("calendar")),
  shelf("relative", RELATIVE, scan("relative")),
  shelf("duration", DURATION, scan("duration")),
  shelf("set", SET, scan("set")),
  shelf("vague", VAGUE, scan("vague")),
  shelf("clock", CLOCK, scan("clock")),
];

const PUBLISHED = "2022-03-24";

describe.each(BOOK)("$stage rules", ({ stage, rules, fireAt }) => {
  describe.each(rules.map((rule, k) => ({ name: rule.name, rule, k })))("$name", ({ rule, k }) => {
    const id = `${stage}/${rule.name}`;
    it("has examples and non-examples", () => {
      expect(rule.examples.length).toBeGreaterThan(0);
      expect(rule.nonExamples.length).toBeGreaterThan(0);
    });
    it.each(rule.examples)("reads $text as $expect", ({ text, expect: value }) => {
      const made = tagTimexes(text, { published: PUBLISHED, genre: "news" }).filter(
        // Later stages mark what they add to an expression: "relative/weekday+eve".
        (t) => t.by === id || t.by.startsWith(`${id}+`),
      );
      expect(made.map((t) => t.value)).toContain(value);
    });
    it.each(rule.nonExamples)("does not fire on %s", (text) => {
      expect(fireAt(ctxOf(text, PUBLISHED), k)).toEqual([]);
    });
  });
});
