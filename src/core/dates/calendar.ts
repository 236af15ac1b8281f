// Calendar arithmetic, all in UTC on plain numbers so that results never depend on the machine's
// time zone (CONTRACT.md: "calendar arithmetic in UTC"). Weeks are ISO 8601 weeks (Monday first).
import type { Granularity, ISODate } from "../contract";
import type { Season, Ymd } from "./types";

const DAY_MS = 86_400_000;

/** Milliseconds of a UTC day. Date.UTC would read years 0–99 as 1900–1999 ("45 AD"). */
function utcMs(y: number, m: number, d: number): number {
  const dt = new Date(0);
  dt.setUTCFullYear(y, m - 1, d);
  return dt.getTime();
}

export function toEpochDay(d: Ymd): number {
  return Math.floor(utcMs(d.y, d.m, d.d) / DAY_MS);
}

export function fromEpochDay(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(d: Ymd, n: number): Ymd {
  return fromEpochDay(toEpochDay(d) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(d: Ymd, n: number): Ymd {
  const total = d.y * 12 + (d.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(d.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(utcMs(y, m + 1, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(d: Ymd): number {
  const wd = new Date(utcMs(d.y, d.m, d.d)).getUTCDay();
  return wd === 0 ? 7 : wd;
}

/** ISO week-numbering year and week of a day. */
export function isoWeek(d: Ymd): { year: number; week: number } {
  // The week belongs to the year of its Thursday.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = toEpochDay({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - jan1) / 7) + 1 };
}

/** Monday of ISO week `week` of ISO year `year`. */
export function isoWeekMonday(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const mondayW1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayW1, (week - 1) * 7);
}

export function pad(n: number, width: number): string {
  const s = String(Math.abs(n)).padStart(width, "0");
  return n < 0 ? `-${s}` : s;
}

export function formatYmd(d: Ymd): ISODate {
  return `${pad(d.y, 4)}-${pad(d.m, 2)}-${pad(d.d, 2)}`;
}

export function formatWeek(d: Ymd): string {
  const w = isoWeek(d);
  return `${pad(w.year, 4)}-W${pad(w.week, 2)}`;
}

export function formatMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m, 2)}`;
}

export function compareYmd(a: Ymd, b: Ymd): number {
  return toEpochDay(a) - toEpochDay(b);
}

/** Parses the date part of an ISO date or datetime ("2022-03-24", "2022-03-24T10:00:00Z"). */
export function parseIsoDay(s: string | null): Ymd | null {
  if (!s) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** The time of day of an ISO datetime, "HH:MM" or "HH:MM:SS", if any. */
export function parseIsoTime(s: string | null): string | null {
  if (!s) return null;
  const m = /^\d{4}-\d{2}-\d{2}[T ](\d{2}:\d{2}(?::\d{2})?)/.exec(s.trim());
  return m?.[1] ?? null;
}

/**
 * Months of the seasons, meteorological (northern hemisphere): winter YYYY-WI runs from December of
 * YYYY to February of YYYY+1, the usual reading of "the winter of 1941" in news and histories.
 */
export const SEASON_MONTHS: Record<Season, { start: [number, number]; end: [number, number] }> = {
  SP: { start: [0, 3], end: [0, 5] },
  SU: { start: [0, 6], end: [0, 8] },
  FA: { start: [0, 9], end: [0, 11] },
  WI: { start: [0, 12], end: [1, 2] },
};

export interface CalendarRange {
  start: ISODate;
  end: ISODate;
  granularity: Granularity;
}

function monthRange(
  y1: number,
  m1: number,
  y2: number,
  m2: number,
  granularity: Granularity,
): CalendarRange {
  return {
    start: formatYmd({ y: y1, m: m1, d: 1 }),
    end: formatYmd({ y: y2, m: m2, d: daysInMonth(y2, m2) }),
    granularity,
  };
}

/**
 * The calendar range a TIMEX3 value names, or null when it names none (X placeholders, _REF,
 * durations, sets, years before 1 AD). Times of day map to their day.
 */
export function rangeOfValue(value: string): CalendarRange | null {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})(?:T.*)?$/.exec(value))) {
    const d = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    if (!isValidYmd(d.y, d.m, d.d)) return null;
    return { start: formatYmd(d), end: formatYmd(d), granularity: "day" };
  }
  if ((m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value))) {
    const mon = isoWeekMonday(Number(m[1]), Number(m[2]));
    if (m[3])
      return {
        start: formatYmd(addDays(mon, 5)),
        end: formatYmd(addDays(mon, 6)),
        granularity: "range",
      };
    return { start: formatYmd(mon), end: formatYmd(addDays(mon, 6)), granularity: "week" };
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(value))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo < 1 || mo > 12) return null;
    return monthRange(y, mo, y, mo, "month");
  }
  if ((m = /^(\d{4})-Q([1-4])$/.exec(value))) {
    const y = Number(m[1]);
    const q = Number(m[2]);
    return monthRange(y, q * 3 - 2, y, q * 3, "quarter");
  }
  if ((m = /^(\d{4})-H([12])$/.exec(value))) {
    const y = Number(m[1]);
    const h = Number(m[2]);
    return monthRange(y, h * 6 - 5, y, h * 6, "range");
  }
  if ((m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value))) {
    const y = Number(m[1]);
    const s = SEASON_MONTHS[m[2] as Season];
    return monthRange(y + s.start[0], s.start[1], y + s.end[0], s.end[1], "range");
  }
  if ((m = /^(\d{4})$/.exec(value))) {
    const y = Number(m[1]);
    if (y < 1) return null;
    return monthRange(y, 1, y, 12, "year");
  }
  if ((m = /^(\d{3})$/.exec(value))) {
    const y = Number(m[1]) * 10;
    if (y < 1) return null;
    return monthRange(y, 1, y + 9, 12, "range");
  }
  if ((m = /^(\d{2})$/.exec(value))) {
    const y = Number(m[1]) * 100;
    if (y < 1) return null;
    return monthRange(y, 1, y + 99, 12, "range");
  }
  return null;
}
