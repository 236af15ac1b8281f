// Calendar helpers for ISO dates ("YYYY-MM-DD") as the contract stores them. Day numbers are days
// since 1970-01-01 in UTC, so arithmetic and labels never depend on the viewer's time zone. Labels
// use fixed English names rather than Intl so they read the same whatever the browser's locale.
import type { DatelineEvent } from "../../core/contract";

const MS_PER_DAY = 86_400_000;
const MONTHS_SHORT = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const MONTHS_LONG = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

interface YMD {
  y: number;
  m: number; // 1-12
  d: number;
}

function parts(iso: string): YMD {
  const [y = "1970", m = "1", d = "1"] = iso.slice(0, 10).split("-");
  return { y: Number(y), m: Number(m), d: Number(d) };
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return toIsoDate(toDayNumber(value)) === value;
}

export function toDayNumber(iso: string): number {
  const { y, m, d } = parts(iso);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, keeps years 0-99 as written.
  date.setUTCFullYear(y, m - 1, d);
  return Math.round(date.getTime() / MS_PER_DAY);
}

export function toIsoDate(dayNumber: number): string {
  const date = new Date(dayNumber * MS_PER_DAY);
  const y = String(date.getUTCFullYear()).padStart(4, "0");
  const m = String(date.getUTCMonth() + 1).padStart(2, "0");
  const d = String(date.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** "24 Mar 2022" */
export function formatDay(iso: string): string {
  const { y, m, d } = parts(iso);
  return `${d} ${MONTHS_SHORT[m - 1] ?? ""} ${y}`;
}

/** "Mar 2022" */
export function formatMonth(iso: string): string {
  const { y, m } = parts(iso);
  return `${MONTHS_SHORT[m - 1] ?? ""} ${y}`;
}

function weekday(iso: string): string {
  const day = toDayNumber(iso);
  // 1970-01-01 was a Thursday.
  return WEEKDAYS[(((day + 4) % 7) + 7) % 7] ?? "";
}

/** "14–18 Mar 2022", "28 Feb – 3 Mar 2022", "30 Dec 2021 – 2 Jan 2022" */
export function formatDayRange(startIso: string, endIso: string): string {
  if (startIso === endIso) return formatDay(startIso);
  const a = parts(startIso);
  const b = parts(endIso);
  if (a.y !== b.y) return `${formatDay(startIso)} – ${formatDay(endIso)}`;
  if (a.m !== b.m) return `${a.d} ${MONTHS_SHORT[a.m - 1] ?? ""} – ${formatDay(endIso)}`;
  return `${a.d}–${formatDay(endIso)}`;
}

/** How the timeline heads an event's date, by the granularity the text gave it. */
export function formatEventDate(date: DatelineEvent["date"]): string {
  const { start, end, granularity } = date;
  const s = parts(start);
  switch (granularity) {
    case "day":
      return start === end ? `${weekday(start)} ${formatDay(start)}` : formatDayRange(start, end);
    case "week":
      return `Week of ${formatDay(start)}`;
    case "month":
      return `${MONTHS_LONG[s.m - 1] ?? ""} ${s.y}`;
    case "quarter":
      return `Q${Math.floor((s.m - 1) / 3) + 1} ${s.y}`;
    case "year":
      return String(s.y);
    case "range":
      return formatDayRange(start, end);
  }
}

/** Inclusive ranges overlap: the contract's rule for showing an event under a [From, To] filter. */
export function rangesOverlap(
  aStart: string,
  aEnd: string,
  from: string | null,
  to: string | null,
): boolean {
  return (from === null || aEnd >= from) && (to === null || aStart <= to);
}
