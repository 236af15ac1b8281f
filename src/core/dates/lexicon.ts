// Words of English date expressions, as regular-expression sources and lookups. Sources are kept
// without capture groups so recognisers can compose them freely and number their own groups.
import type { DayPart, Season, Unit } from "./types";

export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * Month names, capitalised as a date is written: lower-case "may", "march" are a verb or a noun.
 * Abbreviations need their full stop ("Jan."), or they would match surnames and codes.
 */
export const MONTH_RE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "JANUARY|FEBRUARY|MARCH|APRIL|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)";

export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, "")];
}

export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

export const WEEKDAY_RE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, "").replace(/'s$/, "")];
}

const ONES: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

export const ONES_RE =
  "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)";
const TENS_RE = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)";
const WORD_NUM_RE = `(?:${TENS_RE}(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${ONES_RE}|(?:a |one )?hundred|(?:a |one )?thousand|a dozen|dozen)`;

/** A count: digits, words ("twenty four"), "a"/"an", or a vague amount ("several", "a few"). */
export const COUNT_RE = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|${WORD_NUM_RE}|an?|a few|a couple of|a couple|several|many|some|few)`;

/** Vague counts give an X in the value ("several weeks" → PXW). */
export function parseCount(s: string): number | "X" | undefined {
  const w = s.toLowerCase().trim().replace(/\s+/g, " ");
  if (/^\d{1,3}(,\d{3})+$/.test(w)) return Number(w.replace(/,/g, ""));
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (w === "a" || w === "an") return 1;
  if (w === "a couple of" || w === "a couple") return 2;
  if (w === "a dozen" || w === "dozen") return 12;
  if (/^(a |one )?hundred$/.test(w)) return 100;
  if (/^(a |one )?thousand$/.test(w)) return 1000;
  if (["a few", "several", "many", "some", "few"].includes(w)) return "X";
  const parts = w.split(/[- ]/);
  let total = 0;
  for (const p of parts) {
    const v = ONES[p] ?? TENS[p];
    if (v === undefined) return undefined;
    total += v;
  }
  return total;
}

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
};

/** A day of the month: "3", "3rd", "third", "twenty-first". */
export const DAY_RE =
  "(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|" +
  "(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

/** A day of the month in cardinal words, as some writers say it after the month: "May nine". */
export const CARDINAL_DAY_RE =
  "(?:twenty|thirty)[- ](?:one|two|three|four|five|six|seven|eight|nine)|(?:twenty|thirty)|" +
  ONES_RE;

export function parseDay(s: string): number | undefined {
  const w = s.toLowerCase().trim();
  const digits = /^(\d{1,2})(st|nd|rd|th)?$/.exec(w);
  if (digits) return Number(digits[1]);
  const parts = w.split(/[- ]/);
  if (parts.length === 1) return ORDINAL_WORDS[w];
  const tens = TENS[parts[0] ?? ""];
  const ones = ORDINAL_WORDS[parts[1] ?? ""];
  return tens !== undefined && ones !== undefined ? tens + ones : undefined;
}

export const ORDINAL_RE = "(?:first|second|third|fourth|1st|2nd|3rd|4th)";

export function parseOrdinal(s: string): number | undefined {
  const w = s.toLowerCase();
  return { first: 1, second: 2, third: 3, fourth: 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4 }[w];
}

/** Units of time, singular or plural. */
export const UNIT_RE =
  "(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)";

export function parseUnit(s: string): { unit: Unit; factor: number } | undefined {
  const w = s.toLowerCase().replace(/s$/, "").replace(/ie$/, "y");
  switch (w) {
    case "second":
      return { unit: "S", factor: 1 };
    case "minute":
      return { unit: "MIN", factor: 1 };
    case "hour":
      return { unit: "H", factor: 1 };
    case "day":
      return { unit: "D", factor: 1 };
    case "week":
      return { unit: "W", factor: 1 };
    case "fortnight":
      return { unit: "W", factor: 2 };
    case "month":
      return { unit: "M", factor: 1 };
    case "quarter":
      return { unit: "Q", factor: 1 };
    case "year":
      return { unit: "Y", factor: 1 };
    case "decade":
      return { unit: "DE", factor: 1 };
    case "century":
      return { unit: "CE", factor: 1 };
    default:
      return undefined;
  }
}

// A fraction of a unit in the next smaller one, so values stay whole numbers: 1.5 minutes is PT1M30S.
const SMALLER: Partial<Record<Unit, { unit: Unit; per: number }>> = {
  MIN: { unit: "S", per: 60 },
  H: { unit: "MIN", per: 60 },
  D: { unit: "H", per: 24 },
  W: { unit: "D", per: 7 },
  M: { unit: "D", per: 30 },
  Y: { unit: "M", per: 12 },
  DE: { unit: "Y", per: 10 },
  CE: { unit: "Y", per: 100 },
};

function part(n: number | "X", unit: Unit): { date: string; time: string } {
  const num = String(n);
  switch (unit) {
    case "S":
      return { date: "", time: `${num}S` };
    case "MIN":
      return { date: "", time: `${num}M` };
    case "H":
      return { date: "", time: `${num}H` };
    default:
      return { date: `${num}${unit}`, time: "" };
  }
}

/** The ISO 8601 / TIMEX3 duration for a count of units: P4W, PT24H, PXY, PT1M30S. */
export function durationValue(n: number | "X", unit: Unit): string {
  const parts = [];
  if (n === "X" || Number.isInteger(n)) parts.push(part(n, unit));
  else {
    const whole = Math.floor(n);
    const smaller = SMALLER[unit];
    if (whole > 0) parts.push(part(whole, unit));
    if (smaller) parts.push(part(Math.round((n - whole) * smaller.per), smaller.unit));
    else parts.push(part(Math.round(n * 100) / 100, unit));
  }
  const date = parts.map((p) => p.date).join("");
  const time = parts.map((p) => p.time).join("");
  return `P${date}${time ? `T${time}` : ""}`;
}

export const DAY_PARTS: Record<string, DayPart> = {
  morning: "MO",
  afternoon: "AF",
  evening: "EV",
  night: "NI",
  overnight: "NI",
};
export const DAY_PART_RE = "(?:morning|afternoon|evening|night)";

export const SEASONS: Record<string, Season> = {
  spring: "SP",
  summer: "SU",
  fall: "FA",
  autumn: "FA",
  winter: "WI",
};

/**
 * A quantity of money or of a measure just before "a year", "per second": "$1.76 a year", "15
 * million instructions per second". The unit there is part of a rate of that quantity, not a time
 * (TIMEX2/TimeML leave "miles per hour" untagged).
 */
export const MEASURE_BEFORE =
  /(?:[$£€¥#]\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?|\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars|cents|pounds|euros|yen|marks|francs|pence|barrels|tons|tonnes|miles|kilometers|kilometres|instructions|gallons|liters|litres|bytes|bits)|\b(?:miles|kilometers|kilometres|instructions|barrels|gallons))\s+$/i;

/**
 * "24 hours a day", "seven days a week": around the clock, always. Neither part is a time.
 */
export const AROUND_THE_CLOCK =
  /\b(?:(?:24|twenty-four)\s+hours\s+a\s+day|(?:7|seven)\s+days\s+a\s+week|365\s+days\s+a\s+year)\b/i;
