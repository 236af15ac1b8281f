// Stage: the calendar range each DATE or TIME value names (none for X values, _REF, durations and
// sets). "earlier this year" runs from the period's start to the publication day, "later this
// month" from the publication day to the period's end. Both ends of a span of years ("between 2009
// and 2011") date the whole span, so the passage gives one event, not one per end. "Early", "mid"
// and "late" keep the first, middle or last third of the period ("late July" is 22–31 July), so
// the range says what the text says rather than the whole unit.
import {
  addDays,
  formatYmd,
  fromEpochDay,
  parseIsoDay,
  rangeOfValue,
  toEpochDay,
  type CalendarRange,
} from "./calendar";
import { asNorthernValue } from "./hemisphere";
import type { DateStage, Draft, Unit, Ymd } from "./types";

export const attachRanges: DateStage = (ctx, drafts) => joinSpans(rangesOf(ctx, drafts));

const rangesOf: DateStage = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.type !== "DATE" && d.type !== "TIME") return d;
    const r = rangeOfValue(asNorthernValue(d.value, ctx.hemisphere));
    if (!r) return d;
    const out: Draft = { ...d, range: d.clip ? r : (beyond(d, ctx.ref.day) ?? narrowed(r, d.mod)) };
    const ref = ctx.ref.day ? formatYmd(ctx.ref.day) : null;
    if (d.clip && ref && r.start <= ref && ref <= r.end) {
      out.range =
        d.clip === "to-ref"
          ? { start: r.start, end: ref, granularity: "range" }
          : { start: ref, end: r.end, granularity: "range" };
    }
    return out;
  });

function joinSpans(drafts: Draft[]): Draft[] {
  const spans = new Map<number, { start: string; end: string; ends: number }>();
  for (const d of drafts) {
    if (d.joint === undefined || !d.range) continue;
    const s = spans.get(d.joint);
    spans.set(d.joint, {
      start: s && s.start < d.range.start ? s.start : d.range.start,
      end: s && s.end > d.range.end ? s.end : d.range.end,
      ends: (s?.ends ?? 0) + 1,
    });
  }
  return drafts.map((d) => {
    const s = d.joint === undefined ? undefined : spans.get(d.joint);
    // One end alone (the other lost to a longer expression) keeps its own range.
    if (!s || s.ends < 2) return d;
    return { ...d, range: { start: s.start, end: s.end, granularity: "range" } };
  });
}

const THIRD: Record<string, number> = { START: 0, MID: 1, END: 2 };

function narrowed(r: CalendarRange, mod: string | undefined): CalendarRange {
  const third = mod === undefined ? undefined : THIRD[mod];
  const a = parseIsoDay(r.start);
  const b = parseIsoDay(r.end);
  if (third === undefined || !a || !b) return r;
  const first = toEpochDay(a);
  const days = toEpochDay(b) - first + 1;
  if (days < 3) return r;
  const cut = (k: number) => first + Math.round((days * k) / 3);
  return {
    start: formatYmd(fromEpochDay(cut(third))),
    end: formatYmd(fromEpochDay(cut(third + 1) - 1)),
    granularity: "range",
  };
}

// Days per unit, to place "more than a month ago" on the calendar.
const UNIT_DAYS: Partial<Record<Unit, number>> = { D: 1, W: 7, M: 30, Y: 365 };

/**
 * "just over a month ago": further back than the count, by less than half as much again (a month
 * and a half at most), not the whole calendar month a month back.
 */
function beyond(d: Draft, ref: Ymd | null): CalendarRange | null {
  const m = d.meaning;
  if (d.mod !== "MORE_THAN" || !ref || m.k !== "shift" || m.anaphoric || m.n >= 0) return null;
  const days = UNIT_DAYS[m.unit];
  if (!days) return null;
  const back = -m.n * days;
  return {
    start: formatYmd(addDays(ref, -Math.round(back * 1.5))),
    end: formatYmd(addDays(ref, -back)),
    granularity: "range",
  };
}
