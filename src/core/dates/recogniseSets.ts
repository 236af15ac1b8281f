// Stage: sets, recurring times — "every Monday", "each season", "daily", "twice a year", "Mondays".
// TIMEX3 type SET; never a range. Values follow TimeML: a recurring weekday is "XXXX-WXX-1",
// a frequency is the period between occurrences ("daily" → "P1D").
import {
  AROUND_THE_CLOCK,
  MEASURE_BEFORE,
  UNIT_RE,
  WEEKDAY_RE,
  durationValue,
  parseUnit,
  weekdayNumber,
  SEASONS,
} from "./lexicon";
import { before, runRules, type Rule } from "./rules";

/** A word before "a week" that makes it a rate: a count, "times", or a plural noun ("flights"). */
const RATE_BEFORE =
  /(?:\b(?:once|twice|thrice|times)|\d(?:[\d,.]*\d)?|\b(?!(?:i|wa|ha|a|thi|hi|it|u|doe|a)s\b)[a-z]+s)\s+$/i;
import type { DateStage } from "./types";

const ADVERBS: Record<string, string> = {
  hourly: "PT1H",
  daily: "P1D",
  nightly: "P1D",
  weekly: "P1W",
  "bi-weekly": "P2W",
  biweekly: "P2W",
  fortnightly: "P2W",
  monthly: "P1M",
  quarterly: "P1Q",
  yearly: "P1Y",
  annually: "P1Y",
  annual: "P1Y",
};

export const RULES: Rule[] = [
  {
    name: "every-unit",
    examples: [{ text: "The council meets every week.", expect: "P1W" }],
    nonExamples: ["Every weekly paper ran it."],
    pattern: `(?<x>(?:every|each)\\s+(?:(other|single|few|(\\d+|two|three|four|five|six|ten))\\s+)?(${UNIT_RE}|season|night|morning|evening|weekend))`,
    build: (m) => {
      const word = (m[3] ?? "").toLowerCase();
      if (word === "season") return { type: "SET", meaning: { k: "fixed", value: "P3M" } };
      if (word === "weekend") return { type: "SET", meaning: { k: "fixed", value: "XXXX-WXX-WE" } };
      if (["night", "morning", "evening"].includes(word)) {
        return {
          type: "SET",
          meaning: {
            k: "fixed",
            value: `XXXX-XX-XXT${{ night: "NI", morning: "MO", evening: "EV" }[word]}`,
          },
        };
      }
      const u = parseUnit(word);
      if (!u) return null;
      const q = (m[1] ?? "").toLowerCase();
      const n =
        q === "other"
          ? 2
          : q === "few"
            ? "X"
            : m[2]
              ? Number(m[2]) ||
                ({ two: 2, three: 3, four: 4, five: 5, six: 6, ten: 10 } as Record<string, number>)[
                  m[2].toLowerCase()
                ] ||
                1
              : 1;
      return {
        type: "SET",
        meaning: { k: "fixed", value: durationValue(n === "X" ? "X" : n * u.factor, u.unit) },
      };
    },
  },
  {
    name: "every-weekday",
    examples: [{ text: "The market opens every Tuesday.", expect: "XXXX-WXX-2" }],
    nonExamples: ["Every Tuesday-born child."],
    pattern: `(?<x>(?:every|each)\\s+(${WEEKDAY_RE})(?:\\s+(morning|afternoon|evening|night))?)`,
    build: (m) => {
      const dow = weekdayNumber(m[1] ?? "");
      if (!dow) return null;
      return { type: "SET", meaning: { k: "fixed", value: `XXXX-WXX-${dow}` } };
    },
  },
  {
    // A plural weekday recurs: "on Mondays".
    name: "weekday-plural",
    examples: [{ text: "The museum closes on Mondays.", expect: "XXXX-WXX-1" }],
    nonExamples: ["Monday's session was short."],
    caseSensitive: true,
    pattern: `(?:[Oo]n\\s+)?(?<x>(${WEEKDAY_RE})s)`,
    build: (m) => {
      const dow = weekdayNumber(m[1] ?? "");
      if (!dow) return null;
      return { type: "SET", meaning: { k: "fixed", value: `XXXX-WXX-${dow}` } };
    },
  },
  {
    name: "every-season",
    examples: [{ text: "The river floods every spring.", expect: "XXXX-SP" }],
    nonExamples: ["Every springboard broke."],
    pattern: "(?<x>(?:every|each)\\s+(spring|summer|fall|autumn|winter))",
    build: (m) => {
      const s = SEASONS[(m[1] ?? "").toLowerCase()];
      return s ? { type: "SET", meaning: { k: "fixed", value: `XXXX-${s}` } } : null;
    },
  },
  {
    name: "frequency-adverb",
    examples: [{ text: "The ferry sails daily.", expect: "P1D" }],
    nonExamples: ["The business daily reported it."],
    pattern:
      "(?<x>(hourly|daily|nightly|weekly|bi-weekly|biweekly|fortnightly|monthly|quarterly|yearly|annually))",
    build: (m, ctx) => {
      const w = (m[1] ?? "").toLowerCase();
      // A newspaper: "the party daily Pravdina", "the business weekly said". Not a recurrence.
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 16);
      if (
        /^(?:daily|weekly|monthly)$/.test(w) &&
        (/^\s+(?!(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Except|From|Until|Through|Between)[a-z]*\b)[A-Z]/.test(
          next,
        ) ||
          (/\bthe\s+$/i.test(before(ctx, m.index, 8)) && /^\s*[,.;]/.test(next)) ||
          (/\b(?:the|a)\s+(?:[a-z]+\s+)?$/i.test(before(ctx, m.index, 24)) &&
            /^\s+(?:said|says|reported|reports|wrote|quoted|cited)\b/.test(next)))
      )
        return null;
      const v = ADVERBS[w];
      return v ? { type: "SET", meaning: { k: "fixed", value: v } } : null;
    },
  },
  {
    // A rate: "twice a year", "four flights a week", "$5 a day", "24 hours a day". The "a week"
    // part is the set.
    name: "per-unit",
    examples: [{ text: "The ferry sails twice a week.", expect: "P1W" }],
    nonExamples: ["A week ago it sailed."],
    pattern: `(?<x>(?:a|an|per)\\s+(${UNIT_RE}))(?!\\s+(?:ago|later|earlier|before|after|or|and|from|of)\\b|[-\\w])`,
    build: (m, ctx) => {
      const head = before(ctx, m.index, 20);
      if (!/^per\s/i.test(m[0]) && !RATE_BEFORE.test(head)) return null;
      // "$1.76 a year", "15 million instructions per second": a rate of a quantity, not a time.
      if (MEASURE_BEFORE.test(before(ctx, m.index, 40))) return null;
      // "24 hours a day": always.
      if (AROUND_THE_CLOCK.test(ctx.text.slice(Math.max(0, m.index - 20), m.index + m[0].length)))
        return null;
      const u = parseUnit(m[1] ?? "");
      if (!u) return null;
      return { type: "SET", meaning: { k: "fixed", value: durationValue(u.factor, u.unit) } };
    },
  },
];

export const recogniseSets: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "set"),
];
