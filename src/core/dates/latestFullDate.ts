// The latest fully written calendar date (day, month and year) in a text: a clue to when a
// document without metadata was written, since news rarely names a day after its own date.
import type { ISODate } from "../contract";
import { formatYmd, isValidYmd } from "./calendar";
import { recogniseCalendarDates } from "./recogniseCalendarDates";
import type { DateContext } from "./types";

export function latestFullDate(text: string): { date: ISODate; start: number; end: number } | null {
  const ctx: DateContext = {
    text,
    ref: { day: null, time: null },
    genre: "news",
    hemisphere: "north",
  };
  let best: { date: ISODate; start: number; end: number } | null = null;
  for (const d of recogniseCalendarDates(ctx, [])) {
    const m = d.meaning;
    let date: ISODate | null = null;
    if (
      m.k === "calendar" &&
      m.year !== undefined &&
      m.day !== undefined &&
      isValidYmd(m.year, m.month, m.day)
    ) {
      date = formatYmd({ y: m.year, m: m.month, d: m.day });
    } else if (m.k === "fixed" && /^\d{4}-\d{2}-\d{2}/.test(m.value)) {
      date = m.value.slice(0, 10);
    }
    if (date && (!best || date > best.date)) best = { date, start: d.start, end: d.end };
  }
  return best;
}
