// Stage: vague references to the present, past and future — "now", "currently", "recently",
// "the past", "the future", "soon". TIMEX3 gives them PRESENT_REF, PAST_REF and FUTURE_REF.
import { after, before, runRules, type Rule } from "./rules";
import type { DateStage } from "./types";

const RULES: Rule[] = [
  {
    name: "present",
    pattern:
      "(?<x>now|currently|presently|nowadays|these\\s+days|at\\s+present|the\\s+present(?:\\s+time|\\s+day)?|right\\s+now|for\\s+now|as\\s+of\\s+now)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      // "now" as a discourse marker after a full stop ("Now, ...") still refers to the present in news;
      // "the present" followed by "of" ("the present of") is a noun.
      if (
        t.startsWith("the present") &&
        /^\s+(?:of|to|for)\b/.test(after(ctx, m.index + m[0].length, 6))
      )
        return null;
      // "now-defunct", "now that": still the present; keep.
      return { type: "DATE", meaning: { k: "fixed", value: "PRESENT_REF" } };
    },
  },
  {
    // "current" as an adjective before a noun: "the current crisis". Not "the current" (a stream) nor
    // "current account", a term of trade statistics.
    name: "current",
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
    pattern:
      "(?<x>recently|lately|previously|formerly|(?:the\\s+)?recent\\s+(?:years|months|weeks|days|times|decades|past)|recent|the\\s+past|in\\s+the\\s+past|once\\s+upon\\s+a\\s+time)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      if (t === "in the past") return null; // the pattern below catches "the past" without "in"
      // "the past" governing a count is the start of a duration: "the past two years".
      if (
        t === "the past" &&
        /^\s+(?:\d|[a-z]+\s+(?:years?|months?|weeks?|days?|decades?|hours?))/.test(
          after(ctx, m.index + m[0].length, 25),
        )
      )
        return null;
      if (
        t === "the past" &&
        /^\s+(?:year|month|week|decade|century|quarter|weekend|few|several)\b/.test(
          after(ctx, m.index + m[0].length, 12),
        )
      )
        return null;
      // "recent" before a noun: "a recent survey", "recent weeks".
      return { type: "DATE", meaning: { k: "fixed", value: "PAST_REF" } };
    },
  },
  {
    name: "future",
    pattern:
      "(?<x>(?:the\\s+)?(?:near\\s+|distant\\s+|foreseeable\\s+)?future|soon|shortly|(?:in\\s+)?the\\s+coming\\s+(?:days|weeks|months|years))",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      // "futures" (contracts) are excluded by the word edge; "future" as an adjective still points forward.
      if (
        /^\s*(?:contracts?|markets?|exchange|trading|prices?)\b/.test(
          after(ctx, m.index + m[0].length, 12),
        ) &&
        t === "future"
      )
        return null;
      if (t.startsWith("in ")) return null;
      // "as soon as" is a conjunction.
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
