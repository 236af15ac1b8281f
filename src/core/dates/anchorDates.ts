// Stage: turn each expression's meaning into a TIMEX3 value, in text order.
//   News: deictic expressions ("yesterday", "last week", "Thursday") lean on the publication day,
//   with the tense of the clause choosing past or future; anaphoric ones ("the next day", "two days
//   later", "a year earlier") lean on the last date the text mentioned.
//   Narrative: everything leans on the last date mentioned (a history's "the following month").
// With nothing to lean on, values keep X placeholders ("XXXX-WXX-4") and get no range later.
import {
  addDays,
  addMonths,
  daysInMonth,
  formatMonth,
  formatWeek,
  formatYmd,
  isoWeekday,
  isValidYmd,
  pad,
  parseIsoDay,
  rangeOfValue,
  toEpochDay,
} from "./calendar";
import { asNorthern } from "./hemisphere";
import {
  firmFutureBefore,
  futureMarkerBefore,
  looksAhead,
  pastEventBefore,
  tenseAround,
} from "./tense";
import type { DateContext, DateStage, DayPart, Draft, Meaning, Season, Tense, Ymd } from "./types";

/** What the text last pinned down, at the precision it gave. */
interface Anchor {
  y: number;
  m?: number;
  d?: number;
  q?: number;
}

// Seasons in the order they follow each other within a TIMEX3 season-year (winter YYYY starts in
// December of YYYY).
const SEASON_ORDER: Season[] = ["SP", "SU", "FA", "WI"];

function anchorOfValue(value: string): Anchor | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value))) return { y: +m[1]!, m: +m[2]!, d: +m[3]! };
  if ((m = /^(\d{4})-W(\d{2})/.exec(value))) {
    // A week anchors on its Monday's month, and on that day.
    const day = parseIsoDay(
      formatYmd(
        addDays(
          { y: +m[1]!, m: 1, d: 4 },
          (+m[2]! - 1) * 7 + 1 - isoWeekday({ y: +m[1]!, m: 1, d: 4 }),
        ),
      ),
    );
    return day ? { y: day.y, m: day.m, d: day.d } : null;
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) return { y: +m[1]!, m: +m[2]! };
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) return { y: +m[1]!, q: +m[2]!, m: +m[2]! * 3 - 2 };
  if ((m = /^(\d{4})(?:-(?:SP|SU|FA|WI|H[12]))?$/.exec(value))) return { y: +m[1]! };
  return null;
}

/** Whether the period a value names ends after `day`. */
function endsAfter(value: string, day: Ymd): boolean {
  const r = rangeOfValue(value);
  return !!r && r.end > formatYmd(day);
}

/** Whether the period a value names begins after `day`. */
function startsAfter(value: string, day: Ymd): boolean {
  const a = anchorOfValue(value);
  return !!a && toEpochDay({ y: a.y, m: a.m ?? 1, d: a.d ?? 1 }) > toEpochDay(day);
}

function dayOf(a: Anchor | null): Ymd | null {
  return a && a.m !== undefined && a.d !== undefined ? { y: a.y, m: a.m, d: a.d } : null;
}

function withPart(value: string, part?: DayPart, clock?: string): string {
  if (clock) return `${value}T${clock}`;
  return part ? `${value}T${part}` : value;
}

/** The year in which month-day (or month, with day 1 and month ends) falls nearest `base` in the tense's direction. */
function yearFor(base: Ymd, month: number, day: number | undefined, tense: Tense): number {
  const candidates = [base.y - 1, base.y, base.y + 1];
  const dist = (y: number) => {
    if (day !== undefined)
      return (
        toEpochDay({ y, m: month, d: Math.min(day, daysInMonth(y, month)) }) - toEpochDay(base)
      );
    // A month: 0 when base lies inside it, else the signed distance in months.
    return y * 12 + month - (base.y * 12 + base.m);
  };
  let best = base.y;
  let bestScore = Infinity;
  for (const y of candidates) {
    const d = dist(y);
    if (tense === "past" && d > 0) continue;
    if (tense === "future" && d < 0) continue;
    if (Math.abs(d) < bestScore) {
      best = y;
      bestScore = Math.abs(d);
    }
  }
  return best;
}

function weekdayFrom(
  base: Ymd,
  dow: number,
  direction: "back" | "forward" | "strict-back" | "strict-forward",
): Ymd {
  const delta = dow - isoWeekday(base);
  switch (direction) {
    case "back":
      return addDays(base, delta > 0 ? delta - 7 : delta);
    case "strict-back":
      return addDays(base, delta >= 0 ? delta - 7 : delta);
    case "forward":
      return addDays(base, delta < 0 ? delta + 7 : delta);
    case "strict-forward":
      return addDays(base, delta <= 0 ? delta + 7 : delta);
  }
}

function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** A season's TIMEX3 year: the one `rel` or the tense points to from `day`. */
function seasonYear(day: Ymd, season: Season, rel: -1 | 0 | 1 | undefined, tense: Tense): number {
  const curKey =
    day.m <= 2 ? (day.y - 1) * 4 + 3 : day.y * 4 + (day.m === 12 ? 3 : Math.floor(day.m / 3) - 1);
  const idx = SEASON_ORDER.indexOf(season);
  const years = [-2, -1, 0, 1].map((k) => Math.floor(curKey / 4) + k);
  const keyed = years.map((y) => ({ y, diff: y * 4 + idx - curKey }));
  const pick = (ok: (diff: number) => boolean, score: (diff: number) => number) =>
    keyed.filter((c) => ok(c.diff)).sort((a, b) => score(a.diff) - score(b.diff))[0]?.y ?? day.y;
  if (rel === -1)
    return pick(
      (x) => x < 0,
      (x) => -x,
    );
  if (rel === 1)
    return pick(
      (x) => x > 0,
      (x) => x,
    );
  if (rel === undefined && tense === "past")
    return pick(
      (x) => x <= 0,
      (x) => -x,
    );
  if (rel === undefined && tense === "future")
    return pick(
      (x) => x >= 0,
      (x) => x,
    );
  return pick(
    () => true,
    (x) => Math.abs(x),
  );
}

/** The `n`th weekday `dow` (ISO, Monday 1) of a month. */
function nthWeekday(y: number, m: number, dow: number, n: number): Ymd {
  const first = { y, m, d: 1 };
  return addDays(first, ((dow - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
}

function holidayDay(name: string, y: number): Ymd {
  switch (name) {
    case "christmas":
      return { y, m: 12, d: 25 };
    case "christmas-eve":
      return { y, m: 12, d: 24 };
    case "new-year":
      return { y, m: 1, d: 1 };
    case "new-year-eve":
      return { y, m: 12, d: 31 };
    case "thanksgiving":
      return nthWeekday(y, 11, 4, 4);
    case "halloween":
      return { y, m: 10, d: 31 };
    case "labor-day":
      return nthWeekday(y, 9, 1, 1);
    case "memorial-day":
      return addDays(nthWeekday(y, 6, 1, 1), -7);
    default:
      return { y, m: 7, d: 4 };
  }
}

const LASTED_UNTIL =
  /\b(?:held|lasted|stayed|remained|continued|ran|fought|waited|worked|lived|served|persisted|raged|went\s+on|carried\s+on)\s+(?:[a-z]+\s+){0,3}(?:until|till)\s/i;

/**
 * "postponed until Tuesday", "extended its deadline until 9 a.m. Tuesday", "adjourned to Monday": a
 * limit set in the past for a day still ahead. Not so with a past perfect ("Until Thursday, they
 * had not called").
 */
function deadline(text: string, start: number): boolean {
  const head = text.slice(Math.max(0, start - 40), start);
  // "adjourned to Monday", "pushed back to Friday": a day something was put off to.
  // "until midday on Saturday": the time of day may stand between.
  if (
    !/\b(?:until|till)\s+(?:(?:midday|noon|midnight|\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?)\s+on\s+)?$/i.test(
      head,
    ) &&
    !/\b(?:adjourned|postponed|deferred|delayed|put\s+off|pushed\s+back|rescheduled)\s+(?:to|for)\s+(?:next\s+)?$/i.test(
      head,
    )
  )
    return false;
  // "held until Wednesday", "fighting lasted until Sunday": a past that went on up to the day
  // reports that day, it sets no limit ahead.
  if (LASTED_UNTIL.test(head)) return false;
  // The sentence around it, within a bounded window (a long line must not be scanned whole).
  const from = Math.max(0, start - 400);
  const after = text.slice(start, start + 400);
  const sentenceEnd = after.search(/[.!?](?:\s|$)/);
  // The sentence starts after the last full stop, question mark, exclamation or line break.
  const left = text.slice(from, start);
  const stop = Math.max(
    left.lastIndexOf(". "),
    left.lastIndexOf(".\n"),
    left.lastIndexOf("\n"),
    left.lastIndexOf("? "),
    left.lastIndexOf("! "),
  );
  const sentence = text.slice(
    from + stop + 1,
    sentenceEnd < 0 ? start + after.length : start + sentenceEnd,
  );
  return !/\bhad\b/i.test(sentence);
}

/**
 * "the year ended March 31", "fiscal 1988 ended June 30", "unchanged since Jan. 4": a period that
 * has ended, or a starting point counted up to now, lies in the past however far back.
 */
function closedBy(text: string, start: number): boolean {
  return /\b(?:ended|since)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 12), start));
}

function limitBefore(text: string, start: number): boolean {
  return /\b(?:by|effective|until|till|through)\s+$/i.test(
    text.slice(Math.max(0, start - 12), start),
  );
}

interface State {
  ctx: DateContext;
  ref: Ymd | null;
  last: Anchor | null;
  /**
   * The last quarter mentioned that had begun by the reference day: what "a year earlier" and "the
   * year-ago quarter" compare with. A forecast ("the third quarter of 1990") is not a reported period.
   */
  lastReportedQuarter: Anchor | null;
  /** The last date mentioned to the day: what "two days later" counts from. */
  lastDay: Anchor | null;
  /** Set by `resolve` when the value read is the period of writing, up to the day of writing. */
  endsAtRef: boolean;
  /** The last month the text wrote out with its year, and where it ends. */
  writtenMonth: { y: number; m: number; end: number } | null;
  /** The last date mentioned, when it is a day on which the text narrates a past happening. */
  scene: { day: Anchor; end: number } | null;
  /** What the value being resolved leaned on, in words, for `explain` (set by `resolve`). */
  anchor: string | null;
  /**
   * The last date mentioned is before the Common Era ("480 BC"): the story's own dates have no
   * year this calendar arithmetic can count from, so they keep X values rather than lean on the
   * year of writing ("the following year" is not the year after publication).
   */
  beforeEra: boolean;
}

function formatAnchor(a: Anchor): string {
  if (a.q !== undefined) return `${pad(a.y, 4)}-Q${a.q}`;
  if (a.m === undefined) return pad(a.y, 4);
  return a.d === undefined ? formatMonth(a.y, a.m) : formatYmd({ y: a.y, m: a.m, d: a.d });
}

/** Records what a value leaned on, and returns that anchor, so a lookup and its record stay one step. */
function leanOn<T extends Anchor | null>(st: State, what: string, a: T): T {
  if (a) st.anchor = `${what} ${formatAnchor(a)}`;
  return a;
}

// How far a narrated day sets the scene for a bare weekday: a few sentences of text, and only a
// day a month or more before publication. Nearer days leave the weekday in the week of writing, as
// TimeBank reads "... killing 247 people on Aug. 7. On Wednesday, ..." in a story of Aug. 26.
const SCENE_CHARS = 400;
const SCENE_MIN_AGE_DAYS = 30;

/**
 * "The ferry left port on 9 May ... on Tuesday night it sank": news that narrates a past happening
 * on a day long before publication puts the next weekday in the story's week, not the week of
 * writing.
 */
function storyDay(st: State, start: number): Ymd | null {
  const day = dayOf(st.scene?.day ?? null);
  if (!day || !st.ref || start - (st.scene?.end ?? 0) > SCENE_CHARS) return null;
  return toEpochDay(st.ref) - toEpochDay(day) >= SCENE_MIN_AGE_DAYS ? day : null;
}

// How far a written month and year carry over to the month-days after them.
const STORY_MONTH_CHARS = 3000;
// A yearless date within this many days before publication is the current news, whatever year
// the text wrote before it (TimeBank: "the August 1988 cease-fire ... Iraq's invasion of Kuwait
// on Aug. 2" in a story of 15 August 1990).
const RECENT_DAYS = 60;

/**
 * News about an earlier time ("the July 2021 riots ... a long time before July 8"; "on June 29
 * 2021 ... on June 30") gives a yearless date in the written month or next to it that year, not
 * the year of writing. Only a month-and-year before publication's year; a bare year says too
 * little (TimeBank's "since 1980. In September, ..." is the September of writing).
 */
function storyYear(st: State, start: number, month: number): number | null {
  const w = st.writtenMonth;
  if (!w || !st.ref || w.y >= st.ref.y || start - w.end > STORY_MONTH_CHARS) return null;
  return Math.abs(month - w.m) <= 1 ? w.y : null;
}

/** The base a deictic or anaphoric expression leans on, per genre. */
function baseFor(st: State, anaphoric: boolean): Anchor | null {
  if ((st.ctx.genre === "narrative" || anaphoric) && st.beforeEra) return null;
  if ((st.ctx.genre === "narrative" || anaphoric) && st.last)
    return leanOn(st, "last date mentioned", st.last);
  // News, or nothing mentioned yet: the publication date is the only clue left.
  return leanOn(st, "publication", st.ref ? { ...st.ref } : null);
}

/**
 * A day-level base for counting days or weeks: the anchor itself when it names a day, else the
 * last day mentioned if it lies inside the anchor ("In March 1940 ... on 3 March ... in 1940, two
 * days later" counts from 3 March). A day outside the anchor is stale.
 */
function dayBase(st: State, base: Anchor | null): Anchor | null {
  if (!base || base.d !== undefined) return base;
  const day = st.lastDay;
  if (day && day.y === base.y && (base.m === undefined || base.m === day.m))
    return leanOn(st, "last day mentioned", day);
  return base;
}

// TIMEX3 values have four-digit years: a shift that leaves years 1–9999, or a fraction of a
// unit that has no smaller one here ("1.5 quarters"), keeps the X value instead.
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

function shiftValue(base: Anchor | null, unit: string, n: number): string | null {
  if (!base || !Number.isFinite(n) || Math.abs(n) > 100_000) return null;
  if (["M", "Q", "Y", "DE", "CE"].includes(unit) && !Number.isInteger(n)) return null;
  const value = shiftValueUnchecked(base, unit, n);
  const year = value === null ? NaN : Number(/^-?\d+/.exec(value)?.[0]);
  const yearOf: Record<string, number> = { DE: year * 10, CE: year * 100 };
  const y = yearOf[unit] ?? year;
  return Number.isFinite(y) && y >= FIRST_YEAR && y <= LAST_YEAR ? value : null;
}

function shiftValueUnchecked(base: Anchor, unit: string, n: number): string | null {
  switch (unit) {
    case "D": {
      const d = dayOf(base);
      return d ? formatYmd(addDays(d, n)) : null;
    }
    case "W": {
      const d = dayOf(base);
      return d ? formatWeek(addDays(d, 7 * n)) : null;
    }
    case "M": {
      if (base.m === undefined) return null;
      const t = addMonths({ y: base.y, m: base.m, d: 1 }, n);
      return formatMonth(t.y, t.m);
    }
    case "Q": {
      if (base.m === undefined) return null;
      const idx = base.y * 4 + quarterOf(base.m) - 1 + n;
      return `${pad(Math.floor(idx / 4), 4)}-Q${(idx % 4) + 1}`;
    }
    case "Y":
      return pad(base.y + n, 4);
    case "DE":
      return String(Math.floor(base.y / 10) + n);
    case "CE":
      return pad(Math.floor(base.y / 100) + n, 2);
    default:
      // Hours, minutes: the day in context.
      return dayOf(base) ? formatYmd(dayOf(base)!) : null;
  }
}

/**
 * "some 36 hours ago" counts back from the time of publication: the day it lands on, with the
 * time when the publication gave one. Without a time, publication is taken at midday, so that
 * "36 hours ago" is the day before and "ten hours ago" the same day.
 */
function hoursFrom(day: Ymd, time: string | null, minutes: number): string {
  const [h, m] = (time ?? "12:00").split(":").map(Number);
  const total = (h ?? 12) * 60 + (m ?? 0) + Math.round(minutes);
  const at = addDays(day, Math.floor(total / 1440));
  if (!time) return formatYmd(at);
  const clock = ((total % 1440) + 1440) % 1440;
  return `${formatYmd(at)}T${pad(Math.floor(clock / 60), 2)}:${pad(clock % 60, 2)}`;
}

const X_SHIFT: Record<string, string> = {
  D: "XXXX-XX-XX",
  W: "XXXX-WXX",
  M: "XXXX-XX",
  Q: "XXXX-QX",
  Y: "XXXX",
  DE: "XXX",
  CE: "XX",
};

function resolve(st: State, d: Draft): string {
  const mean: Meaning = d.meaning;
  const tense = (): Tense => {
    const t = tenseAround(st.ctx.text, d.start, d.end);
    if (st.anchor && !st.anchor.includes(", tense ")) st.anchor += `, tense ${t}`;
    return t;
  };
  const narrative = st.ctx.genre === "narrative";
  switch (mean.k) {
    case "fixed":
      return mean.value;
    case "calendar": {
      const tail =
        mean.day !== undefined
          ? `-${pad(mean.month, 2)}-${pad(mean.day, 2)}`
          : `-${pad(mean.month, 2)}`;
      if (mean.year !== undefined)
        return withPart(`${pad(mean.year, 4)}${tail}`, mean.part, mean.clock);
      if (mean.yearOfLast !== undefined) {
        const last = st.last ? leanOn(st, "last date mentioned", st.last) : null;
        return last
          ? withPart(`${pad(last.y + mean.yearOfLast, 4)}${tail}`, mean.part, mean.clock)
          : `XXXX${tail}`;
      }
      if (mean.yearRel !== undefined) {
        return st.ref
          ? withPart(
              `${pad(leanOn(st, "publication", { y: st.ref.y }).y + mean.yearRel, 4)}${tail}`,
              mean.part,
              mean.clock,
            )
          : `XXXX${tail}`;
      }
      const base = baseFor(st, false);
      if (!base) return withPart(`XXXX${tail}`, mean.part, mean.clock);
      const story = storyYear(st, d.start, mean.month);
      let y: number;
      if (narrative && mean.rel === undefined) y = base.y;
      else {
        const b: Ymd = { y: base.y, m: base.m ?? 6, d: base.d ?? 15 };
        if (mean.rel === 0) y = b.y;
        else {
          // A bare "March 3" or "June": "last"/"next" choose a side; otherwise the clause's tense
          // does, when a date on that side lies within half a year, and else the nearest one wins.
          if (mean.rel === -1 || mean.rel === 1)
            y = yearFor(b, mean.month, mean.day, mean.rel === -1 ? "past" : "future");
          else if (closedBy(st.ctx.text, d.start)) y = yearFor(b, mean.month, mean.day, "past");
          else {
            const t = tense();
            const near = yearFor(b, mean.month, mean.day, "none");
            const sided = t === "none" ? near : yearFor(b, mean.month, mean.day, t);
            const months = Math.abs(sided * 12 + mean.month - (b.y * 12 + b.m));
            // A clause that reports the past reaches further back (news reports the last year
            // more than it previews it), but not to a limit set in it ("pay down the loan by
            // February", "effective Feb. 1").
            const window =
              t === "past" &&
              !looksAhead(st.ctx.text, d.start) &&
              !limitBefore(st.ctx.text, d.start)
                ? 9
                : 6;
            // "will close in December", said in March, is the coming December however far.
            y =
              months <= window ||
              pastEventBefore(st.ctx.text, d.start) ||
              (t === "future" && firmFutureBefore(st.ctx.text, d.start))
                ? sided
                : near;
          }
          // "last March" said in March is the March a year before.
          if (mean.rel === -1 && mean.day === undefined && y === b.y && mean.month === b.m) y -= 1;
          if (mean.rel === 1 && mean.day === undefined && y === b.y && mean.month === b.m) y += 1;
        }
      }
      // The story's year wins over the year of writing unless that reading is recent news.
      if (
        story !== null &&
        mean.rel === undefined &&
        !narrative &&
        st.ref &&
        toEpochDay(st.ref) -
          toEpochDay({ y, m: mean.month, d: Math.min(mean.day ?? 1, daysInMonth(y, mean.month)) }) >
          RECENT_DAYS
      )
        y = leanOn(st, "story's month", { y: story }).y;
      // "February 29" anchored in a common year names no day: keep the month and day, not a
      // value no calendar has.
      if (mean.day !== undefined && !isValidYmd(y, mean.month, mean.day)) return `XXXX${tail}`;
      return withPart(`${pad(y, 4)}${tail}`, mean.part, mean.clock);
    }
    case "weekday": {
      const base = dayOf(baseFor(st, false));
      if (!base) return withPart(`XXXX-WXX-${mean.dow}`, mean.part, mean.clock);
      const story = storyDay(st, d.start);
      let day: Ymd;
      if (mean.week !== undefined) day = addDays(base, 7 * mean.week + mean.dow - isoWeekday(base));
      else if (mean.rel === -1) day = weekdayFrom(base, mean.dow, "strict-back");
      else if (mean.rel === 1) day = weekdayFrom(base, mean.dow, "strict-forward");
      else if (narrative) day = weekdayFrom(base, mean.dow, "forward");
      else if (story && tense() !== "future")
        day = weekdayFrom(leanOn(st, "story's day", story), mean.dow, "strict-forward");
      else
        day = weekdayFrom(
          base,
          mean.dow,
          deadline(st.ctx.text, d.start) || tense() === "future" ? "forward" : "back",
        );
      return withPart(formatYmd(day), mean.part, mean.clock);
    }
    case "shift": {
      const lastQ = narrative ? st.last : st.lastReportedQuarter;
      if (
        mean.inherit &&
        st.last?.q !== undefined &&
        lastQ?.q !== undefined &&
        (mean.anaphoric || !narrative)
      ) {
        return `${pad(leanOn(st, "last reported quarter", lastQ).y + mean.n, 4)}-Q${lastQ.q}`;
      }
      // News compares figures with "a year earlier" than the time of writing when no quarter is in
      // play; a year mentioned in passing is not what they are compared with.
      const base0 = mean.inherit && !narrative ? baseFor(st, false) : baseFor(st, mean.anaphoric);
      const base =
        mean.unit === "D" || mean.unit === "W" || mean.unit === "H" || mean.clock
          ? dayBase(st, base0)
          : base0;
      if (mean.clock && !mean.anaphoric) {
        const day = dayOf(base);
        return day ? `${formatYmd(day)}T${mean.clock}` : `XXXX-XX-XXT${mean.clock}`;
      }
      if (mean.clock) {
        const day = dayOf(narrative ? st.last : st.ref ? { ...st.ref } : null);
        return day ? `${formatYmd(day)}T${mean.clock}` : `XXXX-XX-XXT${mean.clock}`;
      }
      if ((mean.unit === "H" || mean.unit === "MIN") && !mean.anaphoric && st.ref) {
        const at = leanOn(st, "publication time", { ...st.ref });
        return hoursFrom(at, st.ctx.ref.time, mean.unit === "H" ? mean.n * 60 : mean.n);
      }
      if (mean.focus && !st.last) return X_SHIFT[mean.unit] ?? "XXXX";
      const v = shiftValue(base, mean.unit, mean.n);
      // "Nearly a month later, peace talks have agreed": a later time in a clause that reports,
      // not foresees, lands no later than publication. Counted past it, it is the time of writing
      // itself (the event it counts from may be undated, the base then only the time of writing);
      // reaching past it, it is cut there ("3 February ... nearly a month later", written 24 March).
      if (
        v &&
        !narrative &&
        mean.anaphoric &&
        mean.n > 0 &&
        st.ref &&
        endsAfter(v, st.ref) &&
        tense() !== "future"
      ) {
        st.endsAtRef = true;
        st.anchor = `publication ${formatYmd(st.ref)} (a report lands no later than it)`;
        return startsAfter(v, st.ref) ? (shiftValue({ ...st.ref }, mean.unit, 0) ?? v) : v;
      }
      if (!v) {
        // No base: "today" still means the present, the rest keep X.
        if (mean.unit === "D" && mean.n === 0 && !mean.anaphoric) return "PRESENT_REF";
        // "three years ago" with nothing to count from is only "in the past"; "last week" keeps
        // the shape of its value.
        if (!base && Math.abs(mean.n) > 1) return mean.n < 0 ? "PAST_REF" : "FUTURE_REF";
        if (!base) return withPart(X_SHIFT[mean.unit] ?? "XXXX", mean.part);
        // A base too coarse for the unit ("the next day" after "1940"): keep what is known.
        if (mean.unit === "D" || mean.unit === "W")
          return `${pad(base.y, 4)}${base.m !== undefined ? `-${pad(base.m, 2)}` : "-XX"}-XX`;
        return `${pad(base.y, 4)}-XX`;
      }
      return withPart(v, mean.part, mean.clock);
    }
    case "season": {
      if (mean.year !== undefined) return `${pad(mean.year, 4)}-${mean.season}`;
      const base = baseFor(st, false);
      if (!base) return `XXXX-${mean.season}`;
      if (mean.yearRel !== undefined) return `${pad(base.y + mean.yearRel, 4)}-${mean.season}`;
      if (narrative && mean.rel === undefined) return `${pad(base.y, 4)}-${mean.season}`;
      const b: Ymd = { y: base.y, m: base.m ?? 6, d: base.d ?? 15 };
      const twin = asNorthern(mean.season, st.ctx.hemisphere);
      const y = seasonYear(b, twin, mean.rel, mean.rel === undefined ? tense() : "none");
      return `${pad(y, 4)}-${mean.season}`;
    }
    case "quarter": {
      const shiftY = mean.yearShift ?? 0;
      // A year-ago comparison in news looks back from the last reported quarter.
      const last = mean.latest
        ? null
        : mean.yearShift !== undefined && !narrative
          ? st.lastReportedQuarter
          : st.last;
      if (mean.yearRel !== undefined && mean.q !== undefined) {
        return st.ref ? `${pad(st.ref.y + mean.yearRel, 4)}-Q${mean.q}` : `XXXX-Q${mean.q}`;
      }
      if (mean.q === undefined) {
        // "the quarter": the one in context, else the last full quarter before publication.
        if (last?.q !== undefined) return `${pad(last.y + shiftY, 4)}-Q${last.q}`;
        const base = mean.latest && st.ref ? { ...st.ref } : baseFor(st, false);
        if (!base || base.m === undefined) return "XXXX-QX";
        const v = shiftValue(base, "Q", mean.rel === 0 ? 0 : -1);
        return v ? v.replace(/^(\d{4})/, (y) => pad(+y + shiftY, 4)) : "XXXX-QX";
      }
      if (mean.yearShift !== undefined && last?.q !== undefined)
        return `${pad(last.y + shiftY, 4)}-Q${mean.q}`;
      const base = baseFor(st, false);
      if (!base) return `XXXX-Q${mean.q}`;
      let y = base.y;
      // News: the most recent such quarter that has begun by the reference day.
      if (!narrative && base.m !== undefined && mean.q * 3 - 2 > base.m) y -= 1;
      return `${pad(y + shiftY, 4)}-Q${mean.q}`;
    }
    case "half": {
      if (mean.year !== undefined) return `${pad(mean.year, 4)}-H${mean.h}`;
      const base = baseFor(st, false);
      return base ? `${pad(base.y, 4)}-H${mean.h}` : `XXXX-H${mean.h}`;
    }
    case "weekend": {
      const base = dayOf(baseFor(st, mean.anaphoric));
      if (!base) return "XXXX-WXX-WE";
      const t = tense();
      // "this weekend" in a clause without tense is the nearer one: early in the week the one
      // just past, late in the week the coming one.
      const nearerAhead = mean.current && t === "none" && isoWeekday(base) >= 3;
      let sat = weekdayFrom(
        base,
        6,
        mean.rel === 1
          ? "strict-forward"
          : mean.rel === -1
            ? "strict-back"
            : t === "future" || nearerAhead
              ? "forward"
              : "back",
      );
      // "the weekend" read on a Sunday is the one ending that day.
      if (mean.rel !== 1 && isoWeekday(base) === 7) sat = addDays(base, -1);
      return `${formatWeek(sat)}-WE`;
    }
    case "holiday": {
      if (mean.year !== undefined) return formatYmd(holidayDay(mean.name, mean.year));
      const base = baseFor(st, false);
      if (!base) return "XXXX-XX-XX";
      let y = base.y;
      if (!narrative) {
        const b: Ymd = { y: base.y, m: base.m ?? 6, d: base.d ?? 15 };
        const t = tense();
        const cands = [y - 1, y, y + 1].map((yy) => ({
          yy,
          diff: toEpochDay(holidayDay(mean.name, yy)) - toEpochDay(b),
        }));
        const ok = cands.filter((c) =>
          t === "past" ? c.diff <= 0 : t === "future" ? c.diff >= 0 : true,
        );
        ok.sort((a, c) => Math.abs(a.diff) - Math.abs(c.diff));
        y = ok[0]?.yy ?? y;
      }
      return formatYmd(holidayDay(mean.name, y));
    }
  }
}

export const anchorDates: DateStage = (ctx, drafts) => {
  const st: State = {
    ctx,
    ref: ctx.ref.day,
    last: null,
    lastReportedQuarter: null,
    lastDay: null,
    writtenMonth: null,
    endsAtRef: false,
    scene: null,
    anchor: null,
    beforeEra: false,
  };
  return drafts.map((d) => {
    st.endsAtRef = false;
    st.anchor = null;
    const value = resolve(st, d);
    const out: Draft = { ...d, value };
    if (st.anchor) out.anchor = st.anchor;
    if (st.endsAtRef) out.clip = "to-ref";
    // Comparisons with a year before ("a year earlier", "the year-ago quarter") do not move the
    // story's own time, so they never become the anchor.
    const comparative =
      (d.meaning.k === "shift" && d.meaning.inherit === true) ||
      (d.meaning.k === "quarter" && d.meaning.yearShift !== undefined);
    // A date standing alone in brackets is an aside ("the treaty (1978)"), not the story's time.
    const aside =
      /\(\s*$/.test(ctx.text.slice(Math.max(0, d.start - 2), d.start)) &&
      /^\s*\)/.test(ctx.text.slice(d.end, d.end + 2));
    // A year in a name ("the 1978 Treaty of Friendship", "the 2012 Census") says when the thing
    // was named, not where the story is.
    const named =
      /^\d{4}$/.test(d.text) &&
      /\bthe\s+$/i.test(ctx.text.slice(Math.max(0, d.start - 4), d.start)) &&
      /^\s+[A-Z]/.test(ctx.text.slice(d.end, d.end + 2));
    // A history's plan or forecast ("a campaign planned for 1976") looks beyond the story's
    // time; the next yearless date is still told from where the story stands.
    const foreseen =
      ctx.genre === "narrative" && /^\d{4}$/.test(value) && futureMarkerBefore(ctx.text, d.start);
    // A history that looks back ("the previous year", "two days earlier") returns to where it
    // stood: "Campaign of 1905 ... since the battle the previous year ... on January 25" is 1905.
    const flashback =
      ctx.genre === "narrative" &&
      d.meaning.k === "shift" &&
      d.meaning.anaphoric &&
      d.meaning.n < 0;
    if (
      (d.type === "DATE" || d.type === "TIME") &&
      !comparative &&
      !aside &&
      !named &&
      !foreseen &&
      !flashback
    ) {
      // In news a decade anchors on its first year: "In the early 2010s ... seven years later" is
      // 2017, not a count from whatever the text dated before the decade. A history mentions
      // decades in passing among its dated events ("the 1940s" amid the months of 1965), so there
      // they do not move the anchor.
      const decade = /^(\d{3})$/.exec(value);
      const a =
        anchorOfValue(value) ?? (decade && ctx.genre === "news" ? { y: +decade[1]! * 10 } : null);
      if (/^BC/.test(value)) st.beforeEra = true;
      else if (a) st.beforeEra = false;
      // A bare year after a more precise date in the same year keeps the precise one as anchor:
      // "On 3 June 1940 ... in 1940 ... the next day" still leans on 3 June.
      if (
        a &&
        !(
          st.last &&
          a.m === undefined &&
          a.y === st.last.y &&
          st.last.m !== undefined &&
          d.meaning.k === "fixed"
        )
      ) {
        st.last = a;
        if (a.m !== undefined && a.q === undefined && /\b\d{4}\b/.test(d.text))
          st.writtenMonth = { y: a.y, m: a.m, end: d.end };
        if (a.d !== undefined) st.lastDay = a;
        st.scene =
          a.d !== undefined && pastEventBefore(ctx.text, d.start) ? { day: a, end: d.end } : null;
        if (a.q !== undefined && (!st.ref || a.y * 12 + a.q * 3 - 2 <= st.ref.y * 12 + st.ref.m)) {
          st.lastReportedQuarter = a;
        }
      }
    }
    return out;
  });
};
