// Stage: vague references to the present, past and future — "now", "currently", "recently",
// "the past", "the future", "soon". TIMEX3 gives them PRESENT_REF, PAST_REF and FUTURE_REF.
// "Previously" is not one: like "before", it only orders an event before another ("a previously
// announced plan"), it names no time of its own.
import { after, before, runRules, type Rule } from "./rules";
import type { DateStage } from "./types";

export const RULES: Rule[] = [
  {
    name: "present",
    examples: [{ text: "Rents are now rising.", expect: "PRESENT_REF" }],
    nonExamples: ["The present to the mayor was a clock."],
    pattern:
      "(?<x>now|currently|presently|nowadays|these\\s+days|at\\s+present|the\\s+present(?:\\s+time|\\s+day)?|right\\s+now|as\\s+of\\s+now|the\\s+time\\s+being|to\\s+date)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      // "the present" followed by "of"/"to" is a noun (a gift), not the time.
      if (
        t.startsWith("the present") &&
        /^\s+(?:of|to|for)\b/.test(after(ctx, m.index + m[0].length, 6))
      )
        return null;
      return { type: "DATE", meaning: { k: "fixed", value: "PRESENT_REF" } };
    },
  },
  {
    // "current" as an adjective before a noun: "the current crisis". Not "current account", a term
    // of trade statistics, nor an electric or sea current.
    name: "current",
    examples: [{ text: "The current crisis deepened.", expect: "PRESENT_REF" }],
    nonExamples: ["The current account deficit grew."],
    pattern: "(?<x>current)(?=\\s+[a-z])",
    build: (m, ctx) => {
      if (
        /^\s+(?:account|accounts|affairs|events|flows?|density|carrying)\b/.test(
          after(ctx, m.index + m[0].length, 12),
        )
      )
        return null;
      return { type: "DATE", meaning: { k: "fixed", value: "PRESENT_REF" } };
    },
  },
  {
    name: "past",
    examples: [{ text: "Rents rose in recent years.", expect: "PAST_REF" }],
    nonExamples: ["The past two years were hard."],
    pattern:
      "(?<x>recently|lately|formerly|(?:the\\s+)?(?:recent|past)\\s+(?:years|months|weeks|days|times|decades|quarters)|recent|the\\s+past|once\\s+upon\\s+a\\s+time)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      const next = after(ctx, m.index + m[0].length, 25);
      // "the past" governing a count or a unit starts a duration or a date: "the past two years".
      if (
        t === "the past" &&
        /^\s+(?:\d|(?:[a-z]+[- ])?(?:years?|months?|weeks?|days?|decades?|hours?|quarters?)\b)/.test(
          next,
        )
      )
        return null;
      if (
        t === "the past" &&
        /^\s+(?:year|month|week|decade|century|quarter|weekend|few|several)\b/.test(next)
      )
        return null;
      return { type: "DATE", meaning: { k: "fixed", value: "PAST_REF" } };
    },
  },
  {
    name: "future",
    examples: [{ text: "Rents will rise in the future.", expect: "FUTURE_REF" }],
    nonExamples: ["Future contracts fell."],
    pattern:
      "(?<x>(?:the\\s+)?(?:near\\s+|distant\\s+|foreseeable\\s+)?future|soon|shortly|(?:the\\s+)?coming\\s+(?:days|weeks|months|years|quarters|decades)|a\\s+later\\s+date)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      // "future" before "contracts" or "markets" names a financial instrument, not a time.
      if (
        t === "future" &&
        /^\s*(?:contracts?|markets?|exchange|trading|prices?)\b/.test(
          after(ctx, m.index + m[0].length, 12),
        )
      )
        return null;
      // In a narrative, "soon" and "shortly" mean soon after the story's time, which FUTURE_REF (the
      // future of the writer) would misstate; no TIMEX3 value says "shortly after the anchor".
      if ((t === "soon" || t === "shortly") && ctx.genre === "narrative") return null;
      // "as soon as" is a conjunction; "shortly after X" leans on X, not on the present.
      if (t === "soon" && /\bas\s+$/.test(before(ctx, m.index, 4))) return null;
      if (t === "shortly" && /^\s+(?:after|before)\b/.test(after(ctx, m.index + m[0].length, 8)))
        return null;
      return { type: "DATE", meaning: { k: "fixed", value: "FUTURE_REF" } };
    },
  },
];

export const recogniseVagueTimes: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "vague"),
];
