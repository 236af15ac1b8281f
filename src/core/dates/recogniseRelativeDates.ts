// Stage: dates named relative to a reference — deictic ones ("yesterday", "last week", "Thursday",
// "three years ago", "this summer") that lean on the publication date in news, and anaphoric ones
// ("the next day", "two days later", "that year") that lean on the last date the text mentioned.
// Only the meaning is recorded here; `anchorDates` computes values.
import {
  COUNT_RE,
  DAY_PART_RE,
  DAY_PARTS,
  MONTH_RE,
  ORDINAL_RE,
  SEASONS,
  UNIT_RE,
  WEEKDAY_RE,
  monthNumber,
  parseCount,
  parseOrdinal,
  parseUnit,
  weekdayNumber,
} from "./lexicon";
import { pad } from "./calendar";
import { after, before, runRules, type Built, type Rule } from "./rules";
import type { DateContext, DateStage, DayPart, Meaning, Unit } from "./types";

function rel(word: string | undefined): -1 | 0 | 1 {
  const w = (word ?? "").toLowerCase().replace(/\s+/g, " ");
  if (/^(last|past|this past|the past|previous|the previous|preceding|the preceding)$/.test(w))
    return -1;
  if (/^(next|this coming|the coming|coming|following|the following|the next)$/.test(w)) return 1;
  return 0;
}

function part(word: string | undefined): DayPart | undefined {
  return word ? DAY_PARTS[word.toLowerCase()] : undefined;
}

const PERIOD_UNIT: Record<string, Unit> = {
  week: "W",
  month: "M",
  year: "Y",
  quarter: "Q",
  decade: "DE",
  century: "CE",
};

function shift(unit: Unit, n: number, anaphoric: boolean, extra: Partial<Built> = {}): Built {
  return { type: "DATE", meaning: { k: "shift", unit, n, anaphoric }, ...extra };
}

/** Right after a date and a comma or dash: "on Oct. 12, the day before the crash". */
function besideDate(ctx: DateContext, start: number): boolean {
  return /(?:\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)\s*(?:,|[-–—])\s*$/.test(
    before(ctx, start, 24),
  );
}

/** A shift from the event in focus: see `focus` in types.ts. */
function focused(unit: Unit, n: number): Built {
  return { type: "DATE", meaning: { k: "shift", unit, n, anaphoric: true, focus: true } };
}

const ENDED_MONTH = new RegExp(`^\\s+(?:ended|ending)\\s+(${MONTH_RE})`);

export const RULES: Rule[] = [
  {
    name: "today",
    examples: [{ text: "The port reopened today.", expect: "2022-03-24" }],
    nonExamples: ["The day-to-day work goes on."],
    pattern: `(?<x>(today|tonight|yesterday|tomorrow)(?:\\s+(${DAY_PART_RE}))?)`,
    build: (m, ctx) => {
      const w = (m[1] ?? "").toLowerCase();
      const n = w === "yesterday" ? -1 : w === "tomorrow" ? 1 : 0;
      // "a better tomorrow", "the people of tomorrow": the word as a noun for the times, no day.
      // Not "as of today" nor "the result of today's vote", which name the day.
      const head = before(ctx, m.index);
      const noun =
        /\b(?:a|an|better|brighter)\s+$/.test(head) ||
        (/(?<!\bas\s)\bof\s+$/.test(head) &&
          !/^['’]s\b/.test(after(ctx, m.index + m[0].length, 3)));
      if (noun && !m[2])
        return {
          type: "DATE",
          meaning: { k: "fixed", value: ["PAST_REF", "PRESENT_REF", "FUTURE_REF"][n + 1]! },
        };
      const p = w === "tonight" ? "NI" : part(m[2]);
      return {
        type: p ? "TIME" : "DATE",
        meaning: { k: "shift", unit: "D", n, anaphoric: false, ...(p ? { part: p } : {}) },
      };
    },
  },
  {
    name: "day-before-yesterday",
    examples: [{ text: "The ferry left the day before yesterday.", expect: "2022-03-22" }],
    nonExamples: ["They left yesterday."],
    pattern: "(?<x>the\\s+day\\s+(before\\s+yesterday|after\\s+tomorrow))",
    build: (m) => shift("D", /before/i.test(m[1] ?? "") ? -2 : 2, false),
  },
  {
    // "this morning", "last night", "this evening".
    name: "this-daypart",
    examples: [{ text: "The port reopened this morning.", expect: "2022-03-24TMO" }],
    nonExamples: ["The Morning Star reported it."],
    pattern: `(?<x>(this|last)\\s+(${DAY_PART_RE}))`,
    build: (m) => {
      const p = part(m[2]);
      const n = (m[1] ?? "").toLowerCase() === "last" ? -1 : 0;
      // "last night" is yesterday's night; "last morning" is not idiomatic and means nothing firm.
      if (n === -1 && p !== "NI" && p !== "EV") return null;
      return {
        type: "TIME",
        meaning: { k: "shift", unit: "D", n, anaphoric: false, ...(p ? { part: p } : {}) },
      };
    },
  },
  {
    // "Thursday", "last Friday", "this coming Sunday", "Friday morning".
    name: "weekday",
    examples: [
      { text: "The port reopened on Tuesday.", expect: "2022-03-22" },
      { text: "The envoy flies out Tuesday.", expect: "2022-03-29" },
      { text: "The verdict is due Monday.", expect: "2022-03-28" },
    ],
    nonExamples: ["Fridays are quiet."],
    caseSensitive: true,
    // Lower-case wire copy writes "thursday's earthquake": the name in lower case is a day too.
    pattern: `(?<x>(?:([Ll]ast|[Nn]ext|[Tt]his(?: coming| past)?|[Cc]oming|[Pp]ast)\\s+)?(${WEEKDAY_RE}|${WEEKDAY_RE.toLowerCase()})(?:\\s+(${DAY_PART_RE}))?)`,
    build: (m) => {
      const dow = weekdayNumber(m[2] ?? "");
      if (!dow) return null;
      const p = part(m[3]);
      return {
        type: "DATE",
        meaning: { k: "weekday", dow, rel: rel(m[1]), ...(p ? { part: p } : {}) },
      };
    },
  },
  {
    // "Friday next week", "Monday this week": one day, in the week named.
    name: "weekday-of-week",
    examples: [{ text: "The vote is on Friday next week.", expect: "2022-04-01" }],
    nonExamples: ["Friday was a good week."],
    caseSensitive: true,
    pattern: `(?<x>(${WEEKDAY_RE})\\s+(last|this|next)\\s+week)`,
    build: (m) => {
      const dow = weekdayNumber(m[1] ?? "");
      if (!dow) return null;
      return { type: "DATE", meaning: { k: "weekday", dow, week: rel(m[2]) } };
    },
  },
  {
    // "last week", "this month", "next year", "the past year", "the coming week".
    name: "this-period",
    examples: [
      { text: "The port reopened last week.", expect: "2022-W11" },
      { text: "The plants will close over the next year or so.", expect: "2023" },
    ],
    nonExamples: ["This week-long festival began.", "Costs may fall in the next year or two."],
    pattern:
      "(?<x>(last|this|next|this past|the past|past|the coming|coming|the current|current|the previous|previous|the following|following|the next|the same|that same|that|the last)\\s+(week|month|year|quarter|decade|century))",
    build: (m, ctx) => {
      const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const unit = PERIOD_UNIT[(m[2] ?? "").toLowerCase()];
      if (!unit) return null;
      const next = after(ctx, m.index + m[0].length, 12);
      // "the last week of March", "the next year or two" name other things ("the next year or
      // so" is that year, give or take).
      if (/^\s+(?:of\b|or\b(?!\s+so\b))/.test(next)) return null;
      // "this quarter", "the last quarter": counted from the publication date, not from context.
      if (unit === "Q" && /^(this|the current|current|the last|last|the past|past)$/.test(w)) {
        return {
          type: "DATE",
          meaning: { k: "quarter", rel: /last|past/.test(w) ? -1 : 0, latest: true },
        };
      }
      if (unit === "Q") return { type: "DATE", meaning: { k: "quarter", rel: rel(w) } };
      const anaphoric =
        /^(the previous|previous|the following|following|the next|the same|that same|that)$/.test(
          w,
        );
      const n = /^(the same|that same|that|this|the current|current)$/.test(w)
        ? 0
        : rel(w.replace(/^the last$/, "last"));
      return shift(unit, n, anaphoric);
    },
  },
  {
    // "the next day", "the following morning", "that night", "the same day", "the previous evening".
    name: "anaphoric-day",
    examples: [
      { text: "The bridge opened on 3 March 2019. The next day it closed.", expect: "2019-03-04" },
    ],
    nonExamples: ["The next day-trip is full."],
    pattern: `(?<x>(the\\s+next|the\\s+following|the\\s+previous|the\\s+preceding|the\\s+same|that\\s+same|that|the\\s+very\\s+same)\\s+(day|${DAY_PART_RE}))`,
    build: (m) => {
      const w = (m[1] ?? "").toLowerCase().replace(/\s+/g, " ");
      const n = /next|following/.test(w) ? 1 : /previous|preceding/.test(w) ? -1 : 0;
      const p = part(m[2]);
      return {
        type: p ? "TIME" : "DATE",
        meaning: { k: "shift", unit: "D", n, anaphoric: true, ...(p ? { part: p } : {}) },
      };
    },
  },
  {
    // "On Monday the troops arrived. In the afternoon they left.": a part of the day in focus.
    // "the morning of May 3" and "the morning hours" are left to the stages that join them.
    name: "in-daypart",
    examples: [
      {
        text: "The talks resumed on Tuesday. In the afternoon the envoy left.",
        expect: "2022-03-22TAF",
      },
      {
        text: "Shelling began on Tuesday. By mid afternoon the town was cut off.",
        expect: "2022-03-22TAF",
      },
    ],
    nonExamples: ["The afternoon tea was cold.", "By late evening gowns were worn."],
    // "by mid afternoon", "in the late evening": a limit, or a part of a part, of that day too.
    pattern:
      "(?:in\\s+(?=the\\b)|(?:by|until|till|since)\\s+)(?<x>(?:the\\s+)?(?:(?:early|late|mid)(?:-|\\s+))?(morning|afternoon|evening))(?!\\s+(?:of|hours|gowns?|dress|wear|news|papers?|editions?|shifts?|classes|prayers?|sessions?|trading|tea)\\b)",
    build: (m, ctx) => {
      const p = part(m[1]);
      // "at 4 in the morning" is a clock time.
      if (
        !p ||
        /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s+$/.test(
          before(ctx, m.index),
        )
      )
        return null;
      return { type: "TIME", meaning: { k: "shift", unit: "D", n: 0, anaphoric: true, part: p } };
    },
  },
  {
    // "On Oct. 12, the day before the crash, ...": "the day" in apposition to a date is that date.
    name: "apposed-day",
    examples: [
      { text: "Trading stopped on 2 March, the day before the flood.", expect: "2022-03-02" },
    ],
    nonExamples: ["It was the day of days."],
    pattern: "(?<x>the\\s+day)(?=\\s+(?:before|after)\\s+[\\w'])",
    build: (m, ctx) => (besideDate(ctx, m.index) ? shift("D", 0, true) : null),
  },
  {
    // "the day before", "the year after" — anaphoric when nothing follows that they would govern.
    name: "unit-before-after",
    examples: [
      {
        text: "The bridge opened on 3 March 2019. The day after, it closed.",
        expect: "2019-03-04",
      },
    ],
    nonExamples: ["The day after tomorrow is film."],
    pattern:
      "(?<x>the\\s+(day|week|month|year)\\s+(before|after|earlier|later))(?=\\s*[,.;:)]|\\s+(?:and|but|when|as|while)\\b)",
    build: (m) => {
      const unit =
        (m[1] ?? "").toLowerCase() === "day" ? "D" : PERIOD_UNIT[(m[1] ?? "").toLowerCase()];
      if (!unit) return null;
      return shift(unit, /before|earlier/i.test(m[2] ?? "") ? -1 : 1, true);
    },
  },
  {
    // "the day after the vote", "the week before his arrest": a day (or week...) beside an event
    // the text is about, not a duration. The event's day is the one in focus, so the value leans
    // on the last date mentioned. A lower-case word after the determiner keeps dates out ("the day
    // after March 3" is resolveEve's).
    name: "unit-before-after-event",
    examples: [
      {
        text: "Voters went to the polls on Sunday. The day after the vote, riots began.",
        expect: "2022-03-21",
      },
    ],
    nonExamples: ["The day after March 3 was calm."],
    pattern:
      "(?<x>the\\s+(day|week|month|year)\\s+(before|after))(?=\\s+(?:the|his|her|its|their|this|that)\\s+[a-z])",
    build: (m, ctx) => {
      const unit =
        (m[1] ?? "").toLowerCase() === "day" ? "D" : PERIOD_UNIT[(m[1] ?? "").toLowerCase()];
      // Beside a date, "the day" names that date (apposed-day).
      if (!unit || besideDate(ctx, m.index)) return null;
      return focused(unit, /before/i.test(m[2] ?? "") ? -1 : 1);
    },
  },
  {
    // "Five days after the fall of the town, the garrison surrendered": opening its sentence, a
    // count before an event dates what the sentence tells, from the event in focus (the last date
    // mentioned). Inside a clause ("it lasted two days after the vote") it stays a length.
    name: "count-after-event",
    examples: [
      {
        text: "The town fell on 5 February 1939. Five days after the fall of the town, the garrison surrendered.",
        expect: "1939-02-10",
      },
    ],
    nonExamples: [
      "Talks lasted two days after the vote.",
      "It left at 6 a.m. ten days before the vote.",
    ],
    pattern: `(?<=(?:^|[.!?]["'’”]?\\s+|\\n\\s*))(?<x>(${COUNT_RE})[- ](${UNIT_RE})\\s+(after|before))(?=\\s+(?:the|his|her|its|their|this|that|[a-z]+ing)\\s)`,
    build: (m) => {
      const n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      // A sentence opens with a capital: after "a.m." the full stop ends an abbreviation.
      if (n === undefined || n === "X" || !u || !/^[A-Z\d]/.test(m[0])) return null;
      return focused(u.unit, (/after/i.test(m[3] ?? "") ? 1 : -1) * n * u.factor);
    },
  },
  {
    // "The death comes a day after her friend died": the time in focus follows the other event by
    // that much, so the expression dates the other event, counted back (or on, for "before").
    name: "comes-after",
    examples: [
      {
        text: "The closure was announced this morning and comes a day after a fire broke out.",
        expect: "2022-03-23",
      },
    ],
    nonExamples: ["The fire came after a day of heat."],
    pattern: `(?:comes?|came|coming|follows|followed)\\s+(?<x>(${COUNT_RE})[- ](${UNIT_RE})\\s+(after|before))(?=\\s+\\S)`,
    build: (m) => {
      const n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      if (n === undefined || n === "X" || !u) return null;
      return focused(u.unit, (/after/i.test(m[3] ?? "") ? -1 : 1) * n * u.factor);
    },
  },
  {
    // "three years ago", "a week ago", "more than four decades ago" (modifier stage adds the mod).
    name: "ago",
    examples: [
      { text: "The mine flooded three years ago.", expect: "2019" },
      { text: "The mine flooded a week or so ago.", expect: "2022-W11" },
    ],
    nonExamples: ["The mine flooded years before.", "The mine will flood in a week or so."],
    // "or so" inside the phrase: the whole of "a week or so ago" is the date, not a length.
    pattern: `(?<x>(${COUNT_RE})[- ](${UNIT_RE})(\\s+or\\s+so)?\\s+(ago|from\\s+now|hence))`,
    build: (m) => {
      const n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      if (n === undefined || !u) return null;
      const built = shiftFrom(n, u, /ago/i.test(m[4] ?? "") ? -1 : 1, false);
      return m[3] ? { ...built, mod: "APPROX" } : built;
    },
  },
  {
    // "two days later", "a year earlier", "six months afterward" lean on the last date mentioned.
    name: "later-earlier",
    examples: [
      {
        text: "The bridge opened on 3 March 2019. Two days later, it closed.",
        expect: "2019-03-05",
      },
      {
        text: "The bridge opened in March 2019. A month or so later, it closed.",
        expect: "2019-04",
      },
    ],
    nonExamples: ["Two days before the vote, it closed."],
    pattern: `(?<x>(${COUNT_RE})[- ](${UNIT_RE})(\\s+or\\s+so)?\\s+(later|earlier|afterwards?|previously|before|after))`,
    build: (m, ctx) => {
      const n = parseCount(m[1] ?? "");
      const u = parseUnit(m[2] ?? "");
      if (n === undefined || !u) return null;
      const w = (m[4] ?? "").toLowerCase();
      // "two days before the vote" relates to an event, not to the last date: leave it a duration.
      if (
        (w === "before" || w === "after") &&
        !/^\s*([,.;:)]|$|and\b|but\b)/.test(after(ctx, m.index + m[0].length, 6))
      )
        return null;
      const built = shiftFrom(n, u, /later|after/.test(w) ? 1 : -1, true);
      return m[3] ? { ...built, mod: "APPROX" } : built;
    },
  },
  {
    // "year-earlier", "the year-ago quarter", "the year-earlier period": the same period a year before
    // the one in context.
    name: "year-ago-adjective",
    examples: [{ text: "Sales rose from the year-ago quarter.", expect: "2020-Q4" }],
    nonExamples: ["A year-long dispute ended."],
    pattern:
      "(?<x>(?:the\\s+)?year[- ](?:ago|earlier)(?:\\s+(?:(first|second|third|fourth)\\s+)?(quarter|period|month|week))?)",
    build: (m) => {
      const q = parseOrdinal(m[1] ?? "");
      const noun = (m[2] ?? "").toLowerCase();
      if (noun === "quarter" || noun === "period")
        return { type: "DATE", meaning: { k: "quarter", ...(q ? { q } : {}), yearShift: -1 } };
      return {
        type: "DATE",
        meaning: { k: "shift", unit: "Y", n: -1, anaphoric: true, inherit: true },
      };
    },
  },
  {
    // "earlier this year", "later this month", "early next week" (the modifier stage handles "early").
    name: "earlier-this",
    examples: [{ text: "The mill closed earlier this year.", expect: "2022" }],
    nonExamples: ["Earlier, this year's crop failed."],
    pattern: "(?<x>(earlier|later)\\s+(this|last|next)\\s+(week|month|year|quarter))",
    build: (m) => {
      const unit = PERIOD_UNIT[(m[3] ?? "").toLowerCase()];
      if (!unit) return null;
      const earlier = /earlier/i.test(m[1] ?? "");
      const n = rel(m[2]);
      if (unit === "Q")
        return { type: "DATE", meaning: { k: "quarter", rel: n }, mod: earlier ? "START" : "END" };
      return shift(
        unit,
        n,
        false,
        n === 0
          ? { mod: earlier ? "START" : "END", clip: earlier ? "to-ref" : "from-ref" }
          : { mod: earlier ? "START" : "END" },
      );
    },
  },
  {
    // "earlier today", "late yesterday" and "earlier Sunday" — an earlier part of that day.
    name: "earlier-day",
    examples: [{ text: "The minister resigned earlier today.", expect: "2022-03-24" }],
    nonExamples: ["The earlier daylight helped."],
    pattern: `(?<x>(?:earlier|later)\\s+(today|tonight|yesterday|${WEEKDAY_RE}))`,
    build: (m) => {
      const w = (m[1] ?? "").toLowerCase();
      const dow = weekdayNumber(w);
      if (dow)
        return {
          type: "DATE",
          meaning: { k: "weekday", dow },
          mod: /earlier/i.test(m[0]) ? "START" : "END",
        };
      const n = w === "yesterday" ? -1 : 0;
      return shift("D", n, false, { mod: /earlier/i.test(m[0]) ? "START" : "END" });
    },
  },
  {
    // "last November", "this March", "next January".
    name: "rel-month",
    examples: [{ text: "The mill closed last November.", expect: "2021-11" }],
    nonExamples: ["At last, May brought rain."],
    caseSensitive: true,
    pattern: `(?<x>([Ll]ast|[Tt]his|[Nn]ext|[Tt]his past|[Tt]his coming)\\s+(${MONTH_RE}))`,
    build: (m) => {
      const mo = monthNumber(m[2] ?? "");
      if (!mo) return null;
      return { type: "DATE", meaning: { k: "calendar", month: mo, rel: rel(m[1]) } };
    },
  },
  {
    // "this summer", "last fall", "the winter of 1941", "spring 1943", "winter".
    name: "season",
    examples: [
      { text: "The mill closed last summer.", expect: "2021-SU" },
      { text: "The mill will close in the spring of next year.", expect: "2023-SP" },
      { text: "The army gathered in the autumn of 481 BC.", expect: "BC0481-FA" },
    ],
    nonExamples: ["The Winter Palace was stormed.", "Cheaper fuel is behind the fall."],
    pattern:
      "(?<x>(?:(last|this|next|this past|this coming|the|that)\\s+)?(spring|summer|fall|autumn|winter)(?:\\s+(?:of\\s+)?(\\d{4})|\\s+of\\s+(last|this|next)\\s+year|\\s+(?:of\\s+)?(\\d{1,4})\\s*(?:BCE|BC|B\\.C\\.)(?!\\w))?)",
    build: (m, ctx) => {
      const det = (m[1] ?? "").toLowerCase();
      const word = (m[2] ?? "").toLowerCase();
      const season = SEASONS[word];
      if (!season) return null;
      const year = m[3] ? Number(m[3]) : undefined;
      if (m[5])
        return {
          type: "DATE",
          meaning: { k: "fixed", value: `BC${pad(Number(m[5]), 4)}-${season}` },
        };
      const ofYear = (m[4] ?? "").toLowerCase();
      if (ofYear)
        return {
          type: "DATE",
          meaning: {
            k: "season",
            season,
            yearRel: ofYear === "last" ? -1 : ofYear === "next" ? 1 : 0,
          },
        };
      // A capitalised season before another capitalised word is part of a name: "the Winter
      // Olympics", "Summer Palace". A named campaign still happened in that season.
      const next = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (
        !year &&
        /^[A-Z]/.test(m[2] ?? "") &&
        /^\s+[A-Z]/.test(next) &&
        !/^\s+(?:Offensive|Campaign)\b/.test(next)
      )
        return null;
      // "fall" and "spring" are also a verb and a water source: alone they need a determiner or year.
      if ((word === "fall" || word === "spring") && !det && !year) {
        // ... unless a seasonal undertaking follows: "a spring offensive", "spring elections".
        if (
          !/^\s+(?:offensives?|campaigns?|elections?|semesters?|terms?|harvest|planting|session|thaw|rains?)\b/i.test(
            after(ctx, m.index + m[0].length, 14),
          )
        )
          return null;
      }
      // "The fall" is also a decline: "the fall of the wall", "the major factors behind the fall".
      // As the season it follows a preposition of time: "in the fall", "until the fall".
      if (
        word === "fall" &&
        det === "the" &&
        !year &&
        (/^\s+(of|in|from)\s+(?!\d)/.test(after(ctx, m.index + m[0].length, 10)) ||
          !/\b(?:in|during|by|until|till|through|throughout|over|into|for|since|early|late|mid)\s+$/.test(
            before(ctx, m.index, 14),
          ))
      )
        return null;
      const built: Built = {
        type: "DATE",
        meaning: {
          k: "season",
          season,
          ...(year !== undefined ? { year } : {}),
          ...(det === "last" || det === "this past"
            ? { rel: -1 }
            : det === "next" || det === "this coming"
              ? { rel: 1 }
              : det === "this"
                ? { rel: 0 }
                : {}),
        },
      };
      return built;
    },
  },
  {
    // "the third quarter", "third-quarter", "the first quarter of 1990", "the fourth quarter of last year".
    name: "ordinal-quarter",
    examples: [{ text: "Profit rose in the third quarter.", expect: "2021-Q3" }],
    nonExamples: ["The third quarterback threw."],
    pattern: `(?<x>(?:the\\s+)?(?:(fiscal)\\s+)?(?:(\\d{4})\\s+)?(${ORDINAL_RE})[- ]quarter(?:\\s+of\\s+(?:(\\d{4})|(this|last|next)\\s+year|fiscal\\s+(\\d{4})))?)`,
    build: (m) => {
      const q = parseOrdinal(m[3] ?? "");
      if (!q) return null;
      const y = m[2] ?? m[4] ?? m[6];
      if (y) return { type: "DATE", meaning: { k: "fixed", value: `${y}-Q${q}` } };
      return {
        type: "DATE",
        meaning: { k: "quarter", q, ...(m[5] ? { yearRel: rel(m[5]) } : {}) },
      };
    },
  },
  {
    // "the quarter", "the latest quarter", "the most recent quarter": the quarter in context.
    name: "the-quarter",
    examples: [
      { text: "Profit rose 5% in the quarter.", expect: "2021-Q4" },
      { text: "The latest quarter's results were weak.", expect: "2021-Q4" },
    ],
    // "the quarter's end" is left to the stages that read the end of a period.
    nonExamples: ["The French Quarter flooded.", "By the quarter's end, sales fell."],
    pattern:
      "(?<x>the\\s+(?:(latest|last|most\\s+recent|recent|just-ended|just\\s+ended|current|fiscal)\\s+)?quarter)",
    build: (m, ctx) => {
      if (
        /^\s+of\b/.test(after(ctx, m.index + m[0].length, 6)) ||
        /^\s*'s\s+(?:end|close|start|beginning|middle)\b/.test(
          after(ctx, m.index + m[0].length, 16),
        )
      )
        return null;
      const w = (m[1] ?? "").toLowerCase();
      // "the quarter ended July 31": the quarter that holds most of the three months to that day
      // (May-July is the second), whatever quarter the story was in.
      const end = m.index + m[0].length;
      const ended = ENDED_MONTH.exec(ctx.text.slice(end, end + 24));
      const endMonth = ended ? monthNumber(ended[1] ?? "") : undefined;
      if (endMonth && w !== "current")
        return {
          type: "DATE",
          meaning: { k: "quarter", q: Math.floor(((endMonth + 10) % 12) / 3) + 1 },
        };
      return {
        type: "DATE",
        meaning: {
          k: "quarter",
          rel: w === "current" ? 0 : -1,
          ...(w && w !== "fiscal" ? { latest: true } : {}),
        },
      };
    },
  },
  {
    name: "half-year",
    examples: [{ text: "Profit rose in the first half.", expect: "2022-H1" }],
    nonExamples: ["The first half-time show began."],
    pattern: "(?<x>(?:the\\s+)?(first|second|last|latter)[- ]half(?:\\s+of\\s+(\\d{4}))?)",
    build: (m, ctx) => {
      // "the first half of the match" is not a year's half.
      if (!m[2] && /^\s+of\b/.test(after(ctx, m.index + m[0].length, 5))) return null;
      const h = (m[1] ?? "").toLowerCase() === "first" ? 1 : 2;
      // "the last half" reads as the second only with a year: "the last half of 1989".
      if (h === 2 && !/second/i.test(m[1] ?? "") && !m[2]) return null;
      return { type: "DATE", meaning: { k: "half", h, ...(m[2] ? { year: Number(m[2]) } : {}) } };
    },
  },
  {
    name: "weekend",
    examples: [{ text: "The port reopened over the weekend.", expect: "2022-W11-WE" }],
    nonExamples: ["Weekend Edition aired."],
    pattern: "(?<x>(the|this|last|next|that|this past|this coming)\\s+weekend)",
    build: (m) => {
      const w = (m[1] ?? "").toLowerCase();
      const meaning: Meaning = { k: "weekend", rel: rel(w), anaphoric: w === "that" };
      if (w === "this") meaning.current = true;
      return { type: "DATE", meaning };
    },
  },
  {
    // "the end of the year", "the rest of the month": the period in context. The modifier stage
    // then takes in "the end of".
    name: "the-period-of",
    examples: [{ text: "The mill will close by the end of the year.", expect: "2022" }],
    nonExamples: ["The end of the road is near."],
    pattern:
      "(?:end|start|beginning|middle|rest|close|remainder|balance|course|half)\\s+of\\s+(?<x>the\\s+(year|month|week|decade|century))",
    build: (m) => {
      const unit = PERIOD_UNIT[(m[1] ?? "").toLowerCase()];
      return unit ? shift(unit, 0, false) : null;
    },
  },
  {
    name: "year-end",
    examples: [{ text: "The deal should close by year-end.", expect: "2022" }],
    nonExamples: ["The year-ending gala was fun."],
    pattern: "(?<x>year[- ]end|year's\\s+end|the\\s+year's\\s+end)",
    build: () => shift("Y", 0, false, { mod: "END" }),
  },
  {
    // "October this year", "April next year", "March of last year": a month in a year named relative
    // to the publication date.
    name: "month-rel-year",
    examples: [{ text: "The mill reopens in October this year.", expect: "2022-10" }],
    nonExamples: ["October, this year's harvest month."],
    caseSensitive: true,
    pattern: `(?<x>(${MONTH_RE})\\s+(?:of\\s+)?([Tt]his|[Nn]ext|[Ll]ast)\\s+year)`,
    build: (m) => {
      const mo = monthNumber(m[1] ?? "");
      if (!mo) return null;
      return { type: "DATE", meaning: { k: "calendar", month: mo, yearRel: rel(m[2]) } };
    },
  },
  {
    // "next year's first quarter", "last year's fourth quarter".
    name: "rel-year-quarter",
    examples: [{ text: "Profit should rise in next year's first quarter.", expect: "2023-Q1" }],
    nonExamples: ["Next year's first quarterback starts."],
    pattern: `(?<x>(this|next|last)\\s+year's\\s+(${ORDINAL_RE})[- ]quarter)`,
    build: (m) => {
      const q = parseOrdinal(m[2] ?? "");
      return q ? { type: "DATE", meaning: { k: "quarter", q, yearRel: rel(m[1]) } } : null;
    },
  },
  {
    // "the year", "the fiscal year", "the full year" after "for"/"in"/"during": the year in
    // context. "the year ended Sept. 30" is a twelve-month span ending then, a duration.
    name: "the-year",
    examples: [{ text: "Profit rose 5% for the year.", expect: "2022" }],
    nonExamples: ["The Year of the Tiger began."],
    pattern:
      "(?:for|in|during|over)\\s+(?<x>the\\s+(?:(fiscal|full|current|calendar)\\s+)?year)(?![-\\w'])",
    build: (m, ctx) => {
      if (
        /^\s+(?:ended|ending|to|through|before|after|of|that|when|in\s+which|since)\b/.test(
          after(ctx, m.index + m[0].length, 12),
        )
      ) {
        return { type: "DURATION", meaning: { k: "fixed", value: "P1Y" } };
      }
      return shift("Y", 0, false);
    },
  },
  {
    // "the latest period", "the year-ago period": a reporting period, the quarter in financial news.
    name: "the-period",
    examples: [{ text: "Profit rose in the latest period.", expect: "2021-Q4" }],
    nonExamples: ["The Edo period art."],
    pattern:
      "(?<x>the\\s+(?:(latest|most\\s+recent|recent|current)\\s+)(?:period|three\\s+months))",
    build: () => ({ type: "DATE", meaning: { k: "quarter", rel: -1, latest: true } }),
  },
  {
    // "earlier in the day", "later in the week", "earlier in the year": the period in context.
    name: "earlier-in-the",
    examples: [
      {
        text: "The port reopened on Tuesday. Earlier in the day, crews cleared it.",
        expect: "2022-03-22",
      },
    ],
    nonExamples: ["Earlier in the debate he spoke."],
    pattern: "(?<x>(earlier|later)\\s+in\\s+the\\s+(day|week|month|year))",
    build: (m) => {
      const w = (m[2] ?? "").toLowerCase();
      const unit = w === "day" ? "D" : PERIOD_UNIT[w];
      if (!unit) return null;
      return shift(unit, 0, true, { mod: /earlier/i.test(m[1] ?? "") ? "START" : "END" });
    },
  },
  {
    // "at month's end", "by year's end" is handled by "year-end"; a month's end is the end of the
    // month in context.
    name: "month-end",
    examples: [{ text: "The accounts close at month's end.", expect: "2022-03" }],
    nonExamples: ["The monthly end-of-season sale."],
    pattern: "(?<x>(?:the\\s+)?month's\\s+end|(?:the\\s+)?month[- ]end)",
    build: () => shift("M", 0, true, { mod: "END" }),
  },
  {
    // "at night", "by night": the night of the day in context, as a recurring or unanchored time.
    name: "at-night",
    examples: [{ text: "The patrols move at night.", expect: "XXXX-XX-XXTNI" }],
    nonExamples: ["The Night Watch hangs here."],
    pattern: "(?:at|by|during\\s+the)\\s+(?<x>night|daytime|nighttime)",
    build: (m) => ({
      type: "TIME",
      meaning: { k: "fixed", value: /day/i.test(m[0]) ? "XXXX-XX-XXTDT" : "XXXX-XX-XXTNI" },
    }),
  },
  {
    // "hours later", "moments later", "days later": shortly after the date in context.
    name: "units-later",
    examples: [
      { text: "The bridge opened on 3 March 2019. Hours later, it closed.", expect: "2019-03-03" },
    ],
    nonExamples: ["Later hours suited him."],
    pattern: "(?<x>(hours|moments|minutes|days|weeks|months|years)\\s+(later|earlier|afterwards?))",
    build: (m) => {
      const w = (m[1] ?? "").toLowerCase();
      const later = !/earlier/i.test(m[2] ?? "");
      if (w === "hours" || w === "moments" || w === "minutes")
        return { type: "TIME", meaning: { k: "shift", unit: "D", n: 0, anaphoric: true } };
      return { type: "DATE", meaning: { k: "fixed", value: later ? "FUTURE_REF" : "PAST_REF" } };
    },
  },
  {
    name: "holiday",
    examples: [
      { text: "The port reopens on Christmas Day.", expect: "2022-12-25" },
      { text: "Shops close on Labor Day.", expect: "2022-09-05" },
    ],
    nonExamples: ["Christmas Island is remote."],
    pattern:
      "(?<x>Christmas(?:\\s+(Day|Eve))?|New\\s+Year's\\s+(Day|Eve)|Thanksgiving(?:\\s+Day)?|Halloween|(?:the\\s+)?Fourth\\s+of\\s+July|July\\s+Fourth|Labou?r\\s+Day|Memorial\\s+Day)(?!\\s+Island)",
    caseSensitive: true,
    build: (m) => {
      const t = m[0].toLowerCase();
      // The US holidays that close a season (Labor Day, Memorial Day) are named days too.
      if (t.startsWith("labo") || t.startsWith("memorial"))
        return {
          type: "DATE",
          meaning: { k: "holiday", name: t.startsWith("labo") ? "labor-day" : "memorial-day" },
        };
      const name = t.startsWith("christmas")
        ? m[1] === "Eve"
          ? "christmas-eve"
          : "christmas"
        : t.startsWith("new year")
          ? m[2] === "Eve"
            ? "new-year-eve"
            : "new-year"
          : t.startsWith("thanksgiving")
            ? "thanksgiving"
            : t.startsWith("halloween")
              ? "halloween"
              : "july4";
      return { type: "DATE", meaning: { k: "holiday", name } };
    },
  },
];

/**
 * "three days ago" (from the publication date) or "three days later" (from the last date
 * mentioned): a shift by a counted unit. An unknown count ("some years ago") only says past or
 * future. "A year ago" after a quarter's figures inherits that quarter a year before.
 */
function shiftFrom(
  n: number | "X",
  u: NonNullable<ReturnType<typeof parseUnit>>,
  sign: 1 | -1,
  anaphoric: boolean,
): { type: "DATE"; meaning: Meaning } {
  if (n === "X")
    return { type: "DATE", meaning: { k: "fixed", value: sign < 0 ? "PAST_REF" : "FUTURE_REF" } };
  // Figures are compared with "a year earlier"; "a year later" tells what followed a dated event.
  const inherit = u.unit === "Y" && n === 1 && sign < 0;
  return {
    type: "DATE",
    meaning: {
      k: "shift",
      unit: u.unit,
      n: sign * n * u.factor,
      anaphoric,
      ...(inherit ? { inherit } : {}),
    },
  };
}

export const recogniseRelativeDates: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "relative"),
];
