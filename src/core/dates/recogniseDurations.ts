// Stage: durations — "four weeks", "24 hours", "a month", "two-year", "the past two months",
// "the first nine months", "several years", "for years". TIMEX3 type DURATION; never a range.
import { COUNT_RE, UNIT_RE, durationValue, parseCount, parseUnit } from "./lexicon";
import { after, before, runRules, type Rule } from "./rules";
import type { DateStage } from "./types";

const RULES: Rule[] = [
  {
    // The determiner phrase belongs to the extent ("the past two months", "the first nine months").
    name: "count-unit",
    pattern: `(?<x>(?:the\\s+(?:past|last|next|previous|first|coming|following|final|remaining|latest|same|initial|full)\\s+|the\\s+)?(${COUNT_RE})(?:[- ](?:more|additional|full|straight|consecutive|trading|business|calendar))?[- ](${UNIT_RE})(?:[- ]long|[- ]old)?)`,
    build: (m, ctx) => {
      const n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      if (n === undefined || !u) return null;
      const count = (m[1] ?? "").toLowerCase();
      // "some years" / "many days" with no determiner are rarely durations worth tagging; "a" + unit
      // needs care: "a day" after "twice"/"per" is a set, found by the sets stage.
      if ((count === "some" || count === "many" || count === "few") && !/^the\s/i.test(m[0]))
        return null;
      // "the first day" is an ordinal day, not a duration of one.
      if (/^the\s+(a|an)\s/i.test(m[0])) return null;
      // "years of age" is an age.
      if (/^\s+of\s+age\b/.test(after(ctx, m.index + m[0].length, 10))) return null;
      // "the 1990 season"? no: a four-digit count is a year, and the year stage takes it.
      if (/^\d{4}$/.test(count)) return null;
      if (
        /\b(once|twice|times|per)\s+$/i.test(before(ctx, m.index, 10)) &&
        (count === "a" || count === "an")
      )
        return null;
      return {
        type: "DURATION",
        meaning: { k: "fixed", value: durationValue(n === "X" ? "X" : n * u.factor, u.unit) },
      };
    },
  },
  {
    // A bare plural unit after "for"/"in"/"within"/"over": "for years", "within weeks".
    name: "bare-plural",
    pattern:
      "(?:for|in|within|over|after|took|lasted|spent)\\s+(?:the\\s+past\\s+|the\\s+last\\s+|the\\s+coming\\s+|the\\s+next\\s+)?(?<x>(seconds|minutes|hours|days|weeks|months|years|decades|centuries))",
    build: (m) => {
      const u = parseUnit(m[1] ?? "");
      if (!u) return null;
      return { type: "DURATION", meaning: { k: "fixed", value: durationValue("X", u.unit) } };
    },
  },
  {
    // "a minute and a half", "two and a half years", "an hour and a half".
    name: "and-a-half",
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
];

export const recogniseDurations: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "duration"),
];
