// Stage: durations — "four weeks", "24 hours", "a month", "two-year", "the past two months",
// "the first nine months", "2 1/2 years", "for years", "for a while". TIMEX3 type DURATION; never
// a range. Ages ("6-year-old", "52 years old") are not durations of anything and are skipped.
import {
  AROUND_THE_CLOCK,
  COUNT_RE,
  MEASURE_BEFORE,
  UNIT_RE,
  durationValue,
  parseCount,
  parseUnit,
} from "./lexicon";
import { after, before, runRules, type Rule } from "./rules";
import type { DateStage } from "./types";

/** A word before "a week" that makes it a rate ("four flights a week"), a set and not a duration. */
const RATE_BEFORE =
  /(?:\b(?:once|twice|thrice|times|per)|\d(?:[\d,.]*\d)?|\b(?!(?:i|wa|ha|a|thi|hi|it|u|doe)s\b)[a-z]+s)\s+$/i;

export const RULES: Rule[] = [
  {
    // The determiner phrase belongs to the extent ("the past two months", "the first nine months").
    name: "count-unit",
    examples: [{ text: "The strike lasted three weeks.", expect: "P3W" }],
    // "300,000 last year" is a figure and a date, not a length of 300,000 years.
    nonExamples: ["A 6-year-old boy spoke.", "Visits rose to 300,000 last year."],
    pattern: `(?<x>(?:the\\s+(?:past|last|next|previous|first|coming|following|final|remaining|latest|same|initial|full|entire|whole)\\s+|the\\s+)?(${COUNT_RE})(?:\\s+1/2)?(?:[- ](?:more|additional|full|straight|consecutive|trading|business|calendar|previous|preceding|following|succeeding|remaining))?[- ](${UNIT_RE})(?:[- ]long)?)`,
    build: (m, ctx) => {
      let n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      if (n === undefined || !u) return null;
      if (/\s1\/2/.test(m[0]) && n !== "X") n += 0.5;
      const count = (m[1] ?? "").toLowerCase();
      const end = m.index + m[0].length;
      const next = after(ctx, end, 12);
      // "a" or "one" never counts a plural unit: "a decades-long feud", "in a years' time".
      if (/^(a|an|one)$/.test(count) && /s$/i.test(m[2] ?? "")) return null;
      // In "a day-long meeting" the article belongs to the noun; "day-long" is found alone.
      if (/^(a|an)$/.test(count) && /-long$/i.test(m[0])) return null;
      // "some years" / "many days" without "the" are too loose to tag.
      if ((count === "some" || count === "many" || count === "few") && !/^the\s/i.test(m[0]))
        return null;
      // "She hopes to one day lead the party": "one day" after a subject, "to" or a modal is
      // "some day", a vague future, not a length of one day.
      if (
        count === "one" &&
        /^days?$/i.test(m[2] ?? "") &&
        m[0].toLowerCase() === "one day" &&
        /\b(?:to|will|would|could|might|may|can|shall|should|must|he|she|they|we|i|you|who)\s+$/i.test(
          before(ctx, m.index, 12),
        )
      )
        return null;
      // Ages: "6-year-old", "52 years old", "25 years of age".
      if (/^(?:-|\s+)old\b/.test(next) || /^\s+of\s+age\b/.test(next)) return null;
      // "three-quarters of" is a fraction.
      if (u.unit === "Q" && /^\s+of\b/.test(next)) return null;
      // "a second group" is an ordinal, not a moment.
      if (
        u.unit === "S" &&
        (count === "a" || count === "an") &&
        /^\s+(?!later|earlier|ago|or|and|to|in|of|after|before)[a-z]/i.test(next)
      )
        return null;
      // A four-digit count is a year ("the 1990 quarter"), for the calendar stage.
      if (/^\d{4}$/.test(count)) return null;
      // "$2 million a year", "24 hours a day": a rate of a quantity, or "always"; no time.
      if ((count === "a" || count === "an") && MEASURE_BEFORE.test(before(ctx, m.index, 40)))
        return null;
      if (AROUND_THE_CLOCK.test(ctx.text.slice(m.index, m.index + m[0].length + 12))) return null;
      if (AROUND_THE_CLOCK.test(ctx.text.slice(Math.max(0, m.index - 20), m.index + m[0].length)))
        return null;
      // "four flights a week" is a rate, found by the sets stage.
      if ((count === "a" || count === "an") && RATE_BEFORE.test(before(ctx, m.index, 20)))
        return null;
      // TIMEX3 durations have no quarter unit: a quarter is three months.
      if (u.unit === "Q")
        return {
          type: "DURATION",
          meaning: { k: "fixed", value: durationValue(n === "X" ? "X" : n * 3, "M") },
        };
      return {
        type: "DURATION",
        meaning: { k: "fixed", value: durationValue(n === "X" ? "X" : n * u.factor, u.unit) },
      };
    },
  },
  {
    // Adjectives of length without a count: "decades-long", "a day-long meeting".
    name: "unit-long",
    examples: [{ text: "A decades-long feud ended.", expect: "PXDE" }],
    nonExamples: ["The long decade of reform."],
    pattern:
      "(?<x>(seconds|minutes|hours|days|weeks|months|years|decades|centuries|day|week|month|year|hour)[- ]long)",
    build: (m) => {
      const word = (m[1] ?? "").toLowerCase();
      const u = parseUnit(word);
      if (!u) return null;
      const value =
        /s$/.test(word) || word === "centuries"
          ? durationValue("X", u.unit)
          : durationValue(1, u.unit);
      return { type: "DURATION", meaning: { k: "fixed", value } };
    },
  },
  {
    // A bare plural unit after "for"/"in"/"within"/"over": "for years", "within weeks".
    name: "bare-plural",
    examples: [{ text: "The dispute has run for years.", expect: "PXY" }],
    nonExamples: ["Years of plenty."],
    pattern:
      "(?:for|in|within|over|after|took|lasted|spent)\\s+(?<x>(seconds|minutes|hours|days|weeks|months|years|decades|centuries))(?!\\s+(?:of\\s+age|old|ago|later|earlier|before|after))",
    build: (m) => {
      const u = parseUnit(m[1] ?? "");
      if (!u) return null;
      return { type: "DURATION", meaning: { k: "fixed", value: durationValue("X", u.unit) } };
    },
  },
  {
    // "a minute and a half", "two and a half years", "an hour and a half".
    name: "and-a-half",
    examples: [{ text: "The trial lasted two and a half years.", expect: "P2Y6M" }],
    nonExamples: ["Two and a half men."],
    pattern: `(?<x>(${COUNT_RE})\\s+and\\s+a\\s+half\\s+(${UNIT_RE})|(an?|one)\\s+(${UNIT_RE})\\s+and\\s+a\\s+half)`,
    build: (m) => {
      const n = parseCount(m[1] ?? m[3] ?? "");
      const u = parseUnit(m[2] ?? m[4] ?? "");
      if (n === undefined || n === "X" || !u) return null;
      return {
        type: "DURATION",
        meaning: { k: "fixed", value: durationValue((n + 0.5) * u.factor, u.unit) },
      };
    },
  },
  {
    // "the following days", "the succeeding months", "the first years": an unmeasured stretch.
    name: "the-next-units",
    examples: [
      { text: "In the following days, aid arrived.", expect: "PXD" },
      { text: "Prices may fall in the weeks ahead.", expect: "PXW" },
    ],
    nonExamples: ["The following day-trip sold out.", "The weeks went by."],
    pattern:
      "(?<x>the\\s+(?:following|next|previous|preceding|succeeding|past|last|coming|first|early|final|remaining)\\s+(?:few\\s+|several\\s+)?(days|weeks|months|years|decades)(?!\\s+(?:of|ago|later|earlier)\\b)|the\\s+(days|weeks|months|years)\\s+ahead)",
    build: (m) => {
      const u = parseUnit(m[1] ?? m[2] ?? "");
      if (!u) return null;
      return { type: "DURATION", meaning: { k: "fixed", value: durationValue("X", u.unit) } };
    },
  },
  {
    // An unmeasured stretch of time: "for a while", "for some time", "for a long time".
    name: "a-while",
    examples: [{ text: "The talks stalled for a while.", expect: "PXX" }],
    nonExamples: ["He ran a while loop."],
    pattern:
      "(?:for|in|after)\\s+(?<x>a\\s+while|some\\s+time|a\\s+long\\s+time|a\\s+short\\s+time|quite\\s+some\\s+time)",
    build: () => ({ type: "DURATION", meaning: { k: "fixed", value: "PXX" } }),
  },
];

export const recogniseDurations: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "duration"),
];
