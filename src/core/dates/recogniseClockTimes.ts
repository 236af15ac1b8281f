// Stage: times of day — "7:15 p.m.", "10 a.m.", "noon", "midnight". TIMEX3 type TIME, anchored on
// the day in context (publication day in news) by the anchoring stage.
import { runRules, type Rule } from "./rules";
import type { DateStage } from "./types";
import { pad } from "./calendar";
import { ONES_RE, parseCount } from "./lexicon";

function hour24(h: number, ampm: string | undefined): number | null {
  const a = (ampm ?? "").toLowerCase().replace(/[.\s]/g, "");
  if (h > 24) return null;
  if (a === "pm" && h < 12) return h + 12;
  if (a === "am" && h === 12) return 0;
  return h;
}

export const RULES: Rule[] = [
  {
    name: "clock",
    examples: [{ text: "The polls closed at 10 p.m.", expect: "2022-03-24T22:00" }],
    nonExamples: ["He scored 10 points."],
    pattern:
      "(?<x>(\\d{1,2})(?::(\\d{2}))?\\s*(a\\.m\\.|p\\.m\\.|am|pm|AM|PM|A\\.M\\.|P\\.M\\.)|(\\d{1,2}):(\\d{2})(?:\\s*(?:hours|hrs|hr|GMT|EST|EDT|UTC))?)",
    build: (m) => {
      const h = hour24(Number(m[1] ?? m[4]), m[3]);
      const min = Number(m[2] ?? m[5] ?? 0);
      if (h === null || min > 59) return null;
      // A bare "10:30" is read as a clock time, as news and histories write times that way; a
      // sports score in that form would be misread (two-digit minutes make it rare).
      return {
        type: "TIME",
        meaning: {
          k: "shift",
          unit: "D",
          n: 0,
          anaphoric: true,
          clock: `${pad(h, 2)}:${pad(min, 2)}`,
        },
      };
    },
  },
  {
    // "at 4 in the morning", "six o'clock in the evening": the hour and the part of the day say
    // together which half of the clock is meant.
    name: "hour-in-daypart",
    examples: [
      { text: "The convoy left at 4 in the morning.", expect: "2022-03-24T04:00" },
      { text: "The polls closed at eight o'clock in the evening.", expect: "2022-03-24T20:00" },
    ],
    nonExamples: ["He ran 4 miles in the morning.", "Bring 10 in the morning."],
    pattern: `at\\s+(?<x>(\\d{1,2}|${ONES_RE})(?::(\\d{2}))?\\s+(?:o'clock\\s+)?in\\s+the\\s+(morning|afternoon|evening))`,
    build: (m) => {
      const h = parseCount(m[1] ?? "");
      const min = Number(m[2] ?? 0);
      if (typeof h !== "number" || !Number.isInteger(h) || h < 1 || h > 12 || min > 59) return null;
      const pm = m[3]?.toLowerCase() !== "morning" && h < 12;
      const h24 = pm ? h + 12 : m[3]?.toLowerCase() === "morning" && h === 12 ? 0 : h;
      return {
        type: "TIME",
        meaning: {
          k: "shift",
          unit: "D",
          n: 0,
          anaphoric: true,
          clock: `${pad(h24, 2)}:${pad(min, 2)}`,
        },
      };
    },
  },
  {
    name: "noon",
    examples: [{ text: "The talks resumed at noon.", expect: "2022-03-24T12:00" }],
    nonExamples: ["High noon came for the sheriff."],
    pattern: "(?<x>noon|midnight|midday)",
    build: (m, ctx) => {
      const t = m[0].toLowerCase();
      // "high noon" is the idiom (a showdown, or the film), not twelve o'clock.
      if (t === "noon" && /\bhigh\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 6), m.index)))
        return null;
      return {
        type: "TIME",
        meaning: {
          k: "shift",
          unit: "D",
          n: 0,
          anaphoric: true,
          clock: t === "midnight" ? "24:00" : "12:00",
        },
      };
    },
  },
];

export const recogniseClockTimes: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "clock"),
];
