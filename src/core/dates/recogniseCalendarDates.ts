// Stage: explicit calendar expressions — ISO dates, "March 3, 2022", "3 March", "March 2022",
// "June", "1990", "490 BC", "the 1990s", "the 19th century", "3/24/2022". Their value needs
// context only for a missing year, which the anchoring stage supplies.
import { isValidYmd, pad } from "./calendar";
import {
  CARDINAL_DAY_RE,
  DAY_RE,
  MONTH_RE,
  WEEKDAY_RE,
  monthNumber,
  parseCount,
  parseDay,
} from "./lexicon";
import { before, runRules, type Rule } from "./rules";
import type { DateStage } from "./types";

/** Words that, right after a four-digit number, show it is a count and not a year. */
const COUNT_NOUNS =
  /^\s*(?:men|troops|soldiers|people|persons|workers|employees|prisoners|casualties|dead|killed|wounded|tons?|tonnes|miles?|kilometers?|kilometres?|km|feet|ft|meters?|metres?|yards|acres|pounds|dollars|shares|units|cars|vehicles|aircraft|planes|tanks|guns|ships|boats|rifles|horses|cavalry|infantry|sailors|marines|civilians|refugees|votes|members|delegates|students|children|women|families|homes|houses|jobs|cases|deaths|points|hours|minutes|seconds|days|weeks|months|years|words|pages|calories|barrels|rounds)\b/i;

/** Nouns that a number labels rather than dates: "Room 1204", "Flight 2001", "Route 1812". */
const IDENTIFIER_BEFORE =
  /\b(?:room|flight|gate|box|route|no\.?|number|nos?\.|highway|interstate|apartment|suite|page|pages|p\.|pp\.|model|platform|bus|train|item|code|ext\.?|channel|chapter|article|section|paragraph|resolution|order|vol\.?|volume|issue|hill|height|unit|batch|version|flat|lot|seat|row|pier|berth|exit)\s+$/i;

const STRONG_MONTH_CONTEXT =
  /(?:\b(?:in|since|until|till|by|of|during|through|throughout|from|to|early|late|mid|last|next|this|before|after|between|and|or|until|that|each|every|starting|beginning|end|until)\s+|mid-)$/;

/**
 * "the March accession", "a May deadline": a capitalised month between a determiner and a noun is
 * the month. Not "the March on Rome", a noun followed by its preposition.
 */
function attributiveMonth(text: string, start: number, end: number): boolean {
  return (
    /\b(?:the|a|its|their|his|her|this|that)\s+$/i.test(
      text.slice(Math.max(0, start - 8), start),
    ) &&
    /^\s+(?!(?:on|to|of|from|through|for|in|at|past|against|by|and|or|was|is|were|are|will|would|may|can|could|should|might|must)\b)[a-z]{3,}/.test(
      text.slice(end, end + 16),
    )
  );
}

function yearOk(y: number): boolean {
  return y >= 1000 && y <= 2099;
}

export const RULES: Rule[] = [
  {
    name: "iso-datetime",
    examples: [{ text: "Logged at 2021-06-04T10:15 by the clerk.", expect: "2021-06-04T10:15" }],
    nonExamples: ["Call 2021-0604 today."],
    pattern: "(?<x>(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}:\\d{2}(?::\\d{2})?))?)",
    build: (m) => {
      const y = Number(m[1]);
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (!isValidYmd(y, mo, d)) return null;
      const day = `${m[1]}-${m[2]}-${m[3]}`;
      return m[4]
        ? { type: "TIME", meaning: { k: "fixed", value: `${day}T${m[4]}` } }
        : { type: "DATE", meaning: { k: "fixed", value: day } };
    },
  },
  {
    // Numeric dates with a four-digit year: 3/24/2022 (month first, US) or 24/3/2022 and
    // 24.03.2022 (day first). When both readings are valid days ("03/04/2022"), the order is
    // unknowable from the text, so nothing is claimed.
    name: "numeric-date",
    examples: [{ text: "The deed is dated 24/3/2019 in the register.", expect: "2019-03-24" }],
    nonExamples: ["Ratio 3/4/2019 units.", "It is dated 03/04/2019."],
    pattern: "(?<x>(\\d{1,2})([/.])(\\d{1,2})\\3(\\d{4}))",
    build: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = Number(m[4]);
      const mdy = isValidYmd(y, a, b);
      const dmy = isValidYmd(y, b, a);
      if (mdy === dmy && a !== b) return null;
      const [mo, d] = mdy ? [a, b] : [b, a];
      return {
        type: "DATE",
        meaning: { k: "fixed", value: `${pad(y, 4)}-${pad(mo, 2)}-${pad(d, 2)}` },
      };
    },
  },
  {
    // Quarters and halves in business shorthand: "Q1 2022", "Q3", "H2 2021", "2Q 2022".
    name: "quarter-shorthand",
    examples: [{ text: "Profit rose in Q1 2021.", expect: "2021-Q1" }],
    nonExamples: ["The Q5 model sold well."],
    caseSensitive: true,
    pattern: "(?<x>(?:([QH])([1-4])|([1-4])([QH]))(?:\\s*(?:of\\s+)?'?(\\d{4}|\\d{2}))?)",
    build: (m) => {
      const kind = m[1] ?? m[4];
      const n = Number(m[2] ?? m[3]);
      if (kind === "H" && n > 2) return null;
      const yy = m[5];
      const year = yy ? (yy.length === 2 ? 2000 + Number(yy) : Number(yy)) : undefined;
      if (kind === "H") {
        return {
          type: "DATE",
          meaning: { k: "half", h: n, ...(year !== undefined ? { year } : {}) },
        };
      }
      if (year !== undefined)
        return { type: "DATE", meaning: { k: "fixed", value: `${pad(year, 4)}-Q${n}` } };
      return { type: "DATE", meaning: { k: "quarter", q: n } };
    },
  },
  {
    // Abbreviated months without their full stop, before a day: "Mar 24, 2022", "Sept 30".
    name: "abbrev-month-day",
    examples: [{ text: "Shares fell on Mar 3, 2021.", expect: "2021-03-03" }],
    nonExamples: ["Mar the surface."],
    caseSensitive: true,
    pattern:
      "(?<x>(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\s+(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?)",
    build: (m) => buildDay(m[1], m[2], m[3]),
  },
  {
    // "Tuesday, March 3, 2022", "March 3rd", "March eighth", "Sept. 30, 1989".
    name: "month-day-year",
    examples: [{ text: "The bridge opened on March 3, 2019.", expect: "2019-03-03" }],
    nonExamples: ["March onward, comrades."],
    caseSensitive: true,
    pattern: `(?<x>(?:(${WEEKDAY_RE}),?\\s+)?(${MONTH_RE})\\s+(${DAY_RE})(?:,?\\s+(\\d{4}))?)`,
    build: (m) => buildDay(m[2], m[3], m[4]),
  },
  {
    // "May nine", "on March twenty-one, 2024". A cardinal after "May" is often the modal's
    // object ("May one day return"), so the day must end the phrase.
    name: "month-cardinal-day",
    examples: [{ text: "The envoy arrived on May nine, 2019.", expect: "2019-05-09" }],
    nonExamples: ["They May one day return."],
    caseSensitive: true,
    pattern: `(?<x>(${MONTH_RE})\\s+(${CARDINAL_DAY_RE})(?:,?\\s+(\\d{4}))?)(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:and|at|in|on|to|when|after|before|the|a|this|last|next)\\b)`,
    build: (m) => {
      const n = parseCount(m[2] ?? "");
      return typeof n === "number" ? buildDay(m[1], String(n), m[3]) : null;
    },
  },
  {
    // "Tuesday, 3 March 2022", "3 March", "the 3rd of March, 1990".
    name: "day-month-year",
    examples: [{ text: "The bridge opened on 3 March 2019.", expect: "2019-03-03" }],
    nonExamples: ["He bought 3 marches for the band."],
    caseSensitive: true,
    pattern: `(?<x>(?:(${WEEKDAY_RE}),?\\s+)?(?:the\\s+)?(${DAY_RE})(?:\\s+of)?\\s+(${MONTH_RE})(?:,?\\s+(\\d{4}))?)`,
    build: (m) => buildDay(m[3], m[2], m[4]),
  },
  {
    name: "month-year",
    examples: [
      { text: "The mill closed in June 2019.", expect: "2019-06" },
      { text: "The fleet sailed in August 480 BC.", expect: "BC0480-08" },
    ],
    nonExamples: ["June Carter sang in 2019."],
    caseSensitive: true,
    pattern: `(?<x>(${MONTH_RE}),?\\s+(?:of\\s+)?(?:(\\d{1,4})\\s*(?:BCE|BC|B\\.C\\.)(?!\\w)|(\\d{4})))`,
    build: (m) => {
      const mo = monthNumber(m[1] ?? "");
      if (mo && m[2])
        return {
          type: "DATE",
          meaning: { k: "fixed", value: `BC${pad(Number(m[2]), 4)}-${pad(mo, 2)}` },
        };
      const y = Number(m[3]);
      if (!mo || !yearOk(y)) return null;
      return { type: "DATE", meaning: { k: "calendar", year: y, month: mo } };
    },
  },
  {
    // A month alone. "May" and "March" are also a verb and a noun: alone they need a word that
    // introduces a time before them ("in May", "last March").
    name: "month",
    examples: [{ text: "The mill closed in June.", expect: "2021-06" }],
    nonExamples: ["You may go now.", "Troops march on."],
    caseSensitive: true,
    pattern: `(?<x>(${MONTH_RE}))`,
    build: (m, ctx) => {
      const word = m[1] ?? "";
      const mo = monthNumber(word);
      if (!mo) return null;
      if (
        /^(May|March|MARCH)$/.test(word) &&
        !STRONG_MONTH_CONTEXT.test(before(ctx, m.index, 20)) &&
        !attributiveMonth(ctx.text, m.index, m.index + m[0].length)
      )
        return null;
      return { type: "DATE", meaning: { k: "calendar", month: mo } };
    },
  },
  {
    // "July of that year", "25 July of the same year", "March of the following year": the month
    // is in a year the text named before, whatever the genre, so the phrase is one expression.
    name: "month-of-that-year",
    examples: [
      { text: "The mill opened in 2019 and closed in July of that year.", expect: "2019-07" },
      {
        text: "The dam broke in 1911; it was rebuilt by May 3 of the next year.",
        expect: "1912-05-03",
      },
    ],
    nonExamples: ["In July, that year's harvest failed.", "The next year was dry."],
    caseSensitive: true,
    pattern: `(?<x>(?:(${DAY_RE})\\s+(?:of\\s+)?)?(${MONTH_RE})(?:\\s+(${DAY_RE}))?\\s+(?:of\\s+)?(that|the\\s+same|the\\s+(?:following|next)|the\\s+(?:previous|preceding|prior))\\s+year)(?!['’]s)`,
    build: (m) => {
      const day = m[1] ?? m[3];
      const built = day ? buildDay(m[2], day, undefined) : buildMonth(m[2]);
      if (!built) return null;
      const which = m[4] ?? "";
      const yearOfLast: -1 | 0 | 1 = /following|next/.test(which)
        ? 1
        : /previous|preceding|prior/.test(which)
          ? -1
          : 0;
      return { ...built, meaning: { ...built.meaning, yearOfLast } };
    },
  },
  {
    name: "year-bc",
    examples: [{ text: "The city fell in 146 BC.", expect: "BC0146" }],
    nonExamples: ["The BC Lions won."],
    pattern: "(?<x>(\\d{1,4})\\s*(?:BC|B\\.C\\.|BCE|B\\.C\\.E\\.))",
    caseSensitive: true,
    build: (m) => ({ type: "DATE", meaning: { k: "fixed", value: `BC${pad(Number(m[1]), 4)}` } }),
  },
  {
    name: "year-ad",
    examples: [{ text: "The abbey was built in AD 1120.", expect: "1120" }],
    nonExamples: ["The ad ran 1120 times."],
    pattern: "(?<x>(?:AD|A\\.D\\.)\\s*(\\d{1,4})|(\\d{1,4})\\s*(?:AD|A\\.D\\.|CE))",
    caseSensitive: true,
    build: (m) => ({ type: "DATE", meaning: { k: "fixed", value: pad(Number(m[1] ?? m[2]), 4) } }),
  },
  {
    // "1990", "fiscal 1989". A four-digit number is a year unless a count noun follows or it sits
    // in a list of figures.
    name: "year",
    examples: [
      { text: "The mill closed in 2019.", expect: "2019" },
      { text: "Sales beat fiscal 2019 sales.", expect: "2019" },
    ],
    nonExamples: ["They unloaded 1200 crates.", "Call room 1204 now."],
    pattern: "(?<x>(?:fiscal\\s+(?:year\\s+)?)?(\\d{4}))",
    build: (m, ctx) => {
      const y = Number(m[1]);
      if (!yearOk(y)) return null;
      const end = m.index + m[0].length;
      if (COUNT_NOUNS.test(ctx.text.slice(end, end + 20))) return null;
      const head = before(ctx, m.index, 16);
      // "unloaded 1200 crates": a figure right before a plural noun counts things, unless a
      // preposition of time puts it on the calendar ("in 1990 elections were held"), or
      // "fiscal" does ("fiscal 1989 sales").
      if (
        !/^fiscal/i.test(m[0]) &&
        /^\s+[a-z]{3,}s\b/.test(ctx.text.slice(end, end + 24)) &&
        !/\b(?:in|since|by|of|from|until|till|before|after|during|through|to|between|and|or|year|mid|early|late|fiscal|the|its|their|his|her|our|this|that|whose)\s+$/i.test(
          head,
        )
      )
        return null;
      // "about 1500", "more than 2000": amounts. "Room 1204", "flight 2001", "555-1990": labels.
      if (/\b(?:about|some|nearly|almost|over|than|only|just)\s$/i.test(head)) return null;
      if (IDENTIFIER_BEFORE.test(head) || /\d-$/.test(head)) return null;
      // Model and part numbers glue letters to the figure: "EF-2000", "A-1000", "2000-XL", "T2000".
      // ("mid-1990", "pre-2000" are periods, not models.)
      const gluedBefore =
        /[A-Za-z]-?$/.test(head) && !/\b(?:mid|early|late|pre|post)-$/i.test(head);
      if (gluedBefore || /^-?[A-Za-z]/.test(ctx.text.slice(end, end + 2))) return null;
      return { type: "DATE", meaning: { k: "fixed", value: String(y) } };
    },
  },
  {
    // Years said aloud, as broadcast transcripts write them: "nineteen ninety-four", "eighteen
    // twelve", "nineteen hundred". "Two thousand" alone is a count, so the 2000s need "two thousand
    // and/-" plus a number ("two thousand and four").
    name: "spoken-year",
    examples: [
      { text: "It opened in nineteen ninety-four.", expect: "1994" },
      { text: "It opened in nineteen hundred.", expect: "1900" },
      { text: "Jobless rates are to halve by the year two thousand.", expect: "2000" },
    ],
    // "twelve hundred" is a count unless a word of time introduces it.
    nonExamples: ["She counted to nineteen, then ninety.", "The school has twelve hundred pupils."],
    pattern: `(?<x>(eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)[- ]((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|oh[- ](?:one|two|three|four|five|six|seven|eight|nine))|the\\s+year\\s+two\\s+thousand|two thousand(?: and)?[- ](one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?))`,
    build: (m, ctx) => {
      if (/^the\s+year/i.test(m[0]))
        return { type: "DATE", meaning: { k: "fixed", value: "2000" } };
      if (
        /hundred$/i.test(m[0]) &&
        !/\b(?:in|by|since|until|till|from|to|of|year|around|before|after)\s+$/.test(
          before(ctx, m.index, 12),
        )
      )
        return null;
      const century = m[1] ? parseCount(m[1]) : 20;
      const restWord = (m[2] ?? m[3] ?? "").toLowerCase().replace(/^oh[- ]/, "");
      const rest = restWord === "hundred" ? 0 : parseCount(restWord);
      if (typeof century !== "number" || typeof rest !== "number" || rest > 99) return null;
      return { type: "DATE", meaning: { k: "fixed", value: String(century * 100 + rest) } };
    },
  },
  {
    // Decades: "the 1990s", "1980s", "the '80s", "the nineties", "the early 1980s" (mod by the modifier stage).
    name: "decade",
    examples: [{ text: "Prices soared in the 1990s.", expect: "199" }],
    nonExamples: ["She is in her forties."],
    pattern:
      "(?<x>(?:the\\s+)?(?:(\\d{3})0'?s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)))",
    build: (m, ctx) => {
      let dec: string | undefined;
      if (m[1]) dec = m[1];
      else if (m[2]) dec = `19${m[2]}`;
      else if (m[3]) {
        const n = [
          "twenties",
          "thirties",
          "forties",
          "fifties",
          "sixties",
          "seventies",
          "eighties",
          "nineties",
        ].indexOf(m[3].toLowerCase());
        // "the nineties" is a decade only with "the"; "in his forties" is an age.
        if (!/^the\s/i.test(m[0]) || /\b(?:his|her|their|its)\s+$/i.test(before(ctx, m.index)))
          return null;
        dec = `19${n + 2}`;
      }
      if (!dec) return null;
      return { type: "DATE", meaning: { k: "fixed", value: dec } };
    },
  },
  {
    name: "century",
    examples: [{ text: "The fort dates from the 18th century.", expect: "17" }],
    nonExamples: ["The century mark was passed by the batsman."],
    pattern:
      "(?<x>(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)\\s+century(?:\\s+(BC|B\\.C\\.))?|(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century)",
    build: (m) => {
      const n = m[1] ? Number(m[1]) : parseDay(m[3] ?? "");
      if (!n) return null;
      const value = m[2] ? `BC${pad(n - 1, 2)}` : pad(n - 1, 2);
      return { type: "DATE", meaning: { k: "fixed", value } };
    },
  },
];

function buildDay(
  monthWord: string | undefined,
  dayWord: string | undefined,
  yearWord: string | undefined,
) {
  const mo = monthNumber(monthWord ?? "");
  const d = parseDay(dayWord ?? "");
  if (!mo || !d) return null;
  if (yearWord) {
    const y = Number(yearWord);
    if (!yearOk(y) || !isValidYmd(y, mo, d)) return null;
    return {
      type: "DATE" as const,
      meaning: { k: "calendar" as const, year: y, month: mo, day: d },
    };
  }
  if (!isValidYmd(2000, mo, d)) return null;
  return { type: "DATE" as const, meaning: { k: "calendar" as const, month: mo, day: d } };
}

function buildMonth(monthWord: string | undefined) {
  const mo = monthNumber(monthWord ?? "");
  return mo ? { type: "DATE" as const, meaning: { k: "calendar" as const, month: mo } } : null;
}

export const recogniseCalendarDates: DateStage = (ctx, drafts) => [
  ...drafts,
  ...runRules(ctx, RULES, "calendar"),
];
