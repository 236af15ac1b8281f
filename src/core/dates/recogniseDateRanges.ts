// Stage: both ends of a written range — "22-25 April 1951", "April 24 and 25", "March 19-April 30",
// "August-September 1950", "1990-94". TimeML tags each end as its own timex; the end written
// without its month or year takes them from the other end ("22" → 22 April 1951).
import { isValidYmd, pad } from "./calendar";
import { DAY_RE, MONTH_RE, SEASONS, monthNumber, parseDay } from "./lexicon";
import type { Documented } from "./rules";
import type { DateContext, DateStage, Draft, Meaning } from "./types";

const DASH = "\\s*(?:-|–|—|to|and|through|until|till)\\s*";
const YEAR = "(\\d{4})";

export interface RangeRule extends Documented {
  re: RegExp;
  /** The two ends: group numbers for their spans and their meanings. */
  ends: (
    m: RegExpExecArray,
  ) => [{ group: number; meaning: Meaning }, { group: number; meaning: Meaning }] | null;
  /** The two ends name one span of years, not two times. */
  joint?: boolean;
}

function day(
  month: number | undefined,
  dayWord: string | undefined,
  yearWord: string | undefined,
): Meaning | null {
  const d = parseDay(dayWord ?? "");
  if (!month || !d) return null;
  const year = yearWord ? Number(yearWord) : undefined;
  if (!isValidYmd(year ?? 2000, month, d)) return null;
  return year !== undefined
    ? { k: "calendar", year, month, day: d }
    : { k: "calendar", month, day: d };
}

function month(word: string | undefined, yearWord: string | undefined): Meaning | null {
  const mo = monthNumber(word ?? "");
  if (!mo) return null;
  return yearWord
    ? { k: "calendar", year: Number(yearWord), month: mo }
    : { k: "calendar", month: mo };
}

function yearEnds(
  m: RegExpExecArray,
): [{ group: number; meaning: Meaning }, { group: number; meaning: Meaning }] | null {
  const y1 = Number(m[1]);
  const raw = m[2] ?? "";
  const y2 = raw.length === 2 ? Math.floor(y1 / 100) * 100 + Number(raw) : Number(raw);
  if (y1 < 1000 || y1 > 2099 || y2 <= y1 || y2 - y1 > 50) return null;
  return [
    { group: 1, meaning: { k: "fixed", value: pad(y1, 4) } },
    { group: 2, meaning: { k: "fixed", value: pad(y2, 4) } },
  ];
}

const EDGE_L = "(?<![\\w.$/-])";
const EDGE_R = "(?![\\w%/]|[.,]\\d)";

export const RULES: RangeRule[] = [
  {
    // "22-25 April 1951", "from the 13th to the 19th of October 1950".
    name: "days-month",
    examples: [{ text: "The fair runs 22-25 April 1951.", expect: "1951-04-22" }],
    nonExamples: ["Scores were 22-25 in April."],
    re: new RegExp(
      `${EDGE_L}(?:the\\s+)?(${DAY_RE})${DASH}((?:the\\s+)?(${DAY_RE})(?:\\s+of)?\\s+(${MONTH_RE})(?:,?\\s+${YEAR})?)${EDGE_R}`,
      "gd",
    ),
    ends: (m) => {
      const mo = monthNumber(m[4] ?? "");
      const a = day(mo, m[1], m[5]);
      const b = day(mo, m[3], m[5]);
      return a && b
        ? [
            { group: 1, meaning: a },
            { group: 2, meaning: b },
          ]
        : null;
    },
  },
  {
    // "April 24 and 25, 1999", "July 12-14".
    name: "month-days",
    examples: [{ text: "Talks are set for April 24-25, 2019.", expect: "2019-04-24" }],
    nonExamples: ["April 24-hour service resumed."],
    re: new RegExp(
      `${EDGE_L}((${MONTH_RE})\\s+(${DAY_RE}))${DASH}(${DAY_RE})(?:,?\\s+${YEAR})?${EDGE_R}`,
      "gd",
    ),
    ends: (m) => {
      const mo = monthNumber(m[2] ?? "");
      const a = day(mo, m[3], m[5]);
      const b = day(mo, m[4], m[5]);
      // The year, when written, belongs to the second end's extent only if it follows it.
      return a && b
        ? [
            { group: 1, meaning: a },
            { group: 4, meaning: b },
          ]
        : null;
    },
  },
  {
    // "March 19-April 30", "19 March-30 April 2003".
    name: "day-month-pairs",
    examples: [{ text: "The vote fell on 3 March and 5 April 2019.", expect: "2019-03-03" }],
    nonExamples: ["He scored 3 and 5 points."],
    re: new RegExp(
      `${EDGE_L}((${MONTH_RE})\\s+(${DAY_RE})|(${DAY_RE})\\s+(${MONTH_RE}))\\s*(?:-|–|—|to|and|until|through)\\s*((${MONTH_RE})\\s+(${DAY_RE})|(${DAY_RE})\\s+(${MONTH_RE}))(?:,?\\s+${YEAR})?${EDGE_R}`,
      "gd",
    ),
    ends: (m) => {
      const a = day(monthNumber(m[2] ?? m[5] ?? ""), m[3] ?? m[4], m[11]);
      const b = day(monthNumber(m[7] ?? m[10] ?? ""), m[8] ?? m[9], m[11]);
      return a && b
        ? [
            { group: 1, meaning: a },
            { group: 6, meaning: b },
          ]
        : null;
    },
  },
  {
    // "August-September 1950", "from May to June 1940".
    name: "months-year",
    examples: [{ text: "The survey ran August-September 1950.", expect: "1950-08" }],
    nonExamples: ["August and the team left."],
    re: new RegExp(
      `${EDGE_L}(${MONTH_RE})(?:${DASH}|\\s*/\\s*)((${MONTH_RE})\\s+${YEAR})${EDGE_R}`,
      "gd",
    ),
    ends: (m) => {
      const a = month(m[1], m[4]);
      const b = month(m[3], m[4]);
      return a && b
        ? [
            { group: 1, meaning: a },
            { group: 2, meaning: b },
          ]
        : null;
    },
  },
  {
    // "the spring and early summer of 1943", "summer and autumn 1979": the year written after the
    // second season is the first one's too.
    name: "seasons-year",
    examples: [
      { text: "Troops massed in the spring and early summer of 1943.", expect: "1943-SP" },
    ],
    nonExamples: ["The spring and the summer were dry."],
    re: new RegExp(
      `${EDGE_L}((?:the\\s+)?(spring|summer|autumn|fall|winter))\\s+and\\s+(?:(?:early|late|mid)(?:-|\\s+))?((spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?${YEAR})${EDGE_R}`,
      "gdi",
    ),
    ends: (m) => {
      const a = SEASONS[(m[2] ?? "").toLowerCase()];
      const b = SEASONS[(m[4] ?? "").toLowerCase()];
      const year = Number(m[5]);
      return a && b
        ? [
            { group: 1, meaning: { k: "season", season: a, year } },
            { group: 3, meaning: { k: "season", season: b, year } },
          ]
        : null;
    },
  },
  {
    // "1990-94", "2006-07", "1980-1981", "the 2003/04 season".
    name: "years",
    examples: [{ text: "He served in 1990-94 as mayor.", expect: "1990" }],
    nonExamples: ["The score was 1990-1900."],
    re: /(?<![\w.$/-])(\d{4})\s*(?:-|–|—|\/)\s*(\d{4}|\d{2})(?![\w%/-]|[.,]\d)/dg,
    ends: yearEnds,
    joint: true,
  },
  {
    // "between 2009 and 2011", "from 2004 to 2009": the words are not part of either end.
    name: "between-years",
    examples: [{ text: "Rainfall between 2009 and 2011 was low.", expect: "2009" }],
    nonExamples: ["Between 20 and 30 people came."],
    re: /(?<![\w.$/-])(?:between|from)\s+(\d{4})\s+(?:and|to|until|through)\s+(\d{4})(?![\w%/-]|[.,]\d)/dgi,
    ends: yearEnds,
    joint: true,
  },
];

/** The drafts `rules` make on the text (all of this stage's rules unless told). */
export function runRangeRules(ctx: DateContext, rules: readonly RangeRule[] = RULES): Draft[] {
  const out: Draft[] = [];
  for (const rule of rules) {
    rule.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = rule.re.exec(ctx.text))) {
      const ends = rule.ends(m);
      if (!ends) continue;
      for (const [i, end] of ends.entries()) {
        const span = m.indices?.[end.group];
        if (!span) continue;
        // The second end reaches to the end of the match so that a trailing year is in its extent.
        const stop = i === 1 ? m.index + m[0].length : span[1];
        const draft: Draft = {
          start: span[0],
          end: stop,
          text: ctx.text.slice(span[0], stop),
          type: "DATE",
          value: "",
          by: `range/${rule.name}`,
          meaning: end.meaning,
        };
        if (rule.joint) draft.joint = m.index;
        out.push(draft);
      }
    }
  }
  return out;
}

export const recogniseDateRanges: DateStage = (ctx, drafts) => [...drafts, ...runRangeRules(ctx)];
