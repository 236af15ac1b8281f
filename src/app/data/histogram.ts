// Event density over the dataset's date span, for the brush above the timeline.
import type { DatelineEvent } from "../../core/contract";
import { toDayNumber } from "./calendar";

export interface DensityHistogram {
  /** First and last day (day numbers, inclusive) the bins cover. */
  firstDay: number;
  lastDay: number;
  daysPerBin: number;
  /** Weighted event count per bin. */
  bins: number[];
  /** Events lie before firstDay / after lastDay; they are counted in the first / last bin. */
  earlier: number;
  later: number;
}

const MAX_BINS = 72;
// A single-day dataset still gets a readable strip: a week either side.
const MIN_SPAN_DAYS = 14;
// The strip covers the shortest stretch holding this share of the events, when that stretch is
// much shorter than the whole span: one background mention of a decade-old year would otherwise
// squeeze a month of reporting into a single bar.
const CORE_SHARE = 0.8;
const MIN_EVENTS_FOR_CORE = 5;

function clamp(value: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, value));
}

/** Each event's first and last day (day numbers), events in timeline order so `start` ascends. */
export interface DayRanges {
  start: ArrayLike<number>;
  end: ArrayLike<number>;
}

/** The stretch of days the strip shows: the whole span, or its dense core. */
export function histogramDomain(
  days: DayRanges,
  extent: { start: string; end: string },
): { firstDay: number; lastDay: number } {
  const fullFirst = toDayNumber(extent.start);
  const fullLast = toDayNumber(extent.end);
  const count = days.start.length;
  let first = fullFirst;
  let last = fullLast;
  if (count >= MIN_EVENTS_FOR_CORE) {
    // Starts ascend, so the shortest window of k consecutive starts holds the core.
    const starts = days.start;
    const k = Math.ceil(CORE_SHARE * count);
    let best = 0;
    for (let i = 1; i + k - 1 < count; i++) {
      if (starts[i + k - 1]! - starts[i]! < starts[best + k - 1]! - starts[best]!) best = i;
    }
    const coreFirst = starts[best]!;
    // A loop, not Math.max(...): spreading a corpus-sized array overflows the call stack.
    let coreLast = -Infinity;
    for (let i = best; i < best + k; i++) coreLast = Math.max(coreLast, days.end[i]!);
    if ((coreLast - coreFirst + 1) * 3 < fullLast - fullFirst + 1) {
      const pad = Math.ceil((coreLast - coreFirst + 1) * 0.05);
      first = Math.max(fullFirst, coreFirst - pad);
      last = Math.min(fullLast, coreLast + pad);
    }
  }
  if (last - first + 1 < MIN_SPAN_DAYS) {
    const pad = Math.ceil((MIN_SPAN_DAYS - (last - first + 1)) / 2);
    first -= pad;
    last += pad;
  }
  return { firstDay: first, lastDay: last };
}

/**
 * Each event spreads a weight of one evenly over the bins its range covers, so a "2019" event
 * does not tower over a year of day-level reports but still shows where it lies. Works on day
 * numbers computed once per dataset, not on the events.
 */
export function densityHistogram(
  days: DayRanges,
  extent: { start: string; end: string },
): DensityHistogram {
  const domain = histogramDomain(days, extent);
  const firstDay = domain.firstDay;
  const span = domain.lastDay - firstDay + 1;
  const daysPerBin = Math.max(1, Math.ceil(span / MAX_BINS));
  const binCount = Math.ceil(span / daysPerBin);
  const lastDay = firstDay + binCount * daysPerBin - 1;
  const bins = new Array<number>(binCount).fill(0);
  let earlier = 0;
  let later = 0;
  for (let e = 0; e < days.start.length; e++) {
    const startDay = days.start[e]!;
    const endDay = days.end[e]!;
    if (endDay < firstDay) earlier++;
    if (startDay > lastDay) later++;
    const a = clamp(Math.floor((startDay - firstDay) / daysPerBin), 0, binCount - 1);
    const b = clamp(Math.floor((endDay - firstDay) / daysPerBin), 0, binCount - 1);
    const share = 1 / (b - a + 1);
    for (let i = a; i <= b; i++) bins[i] = (bins[i] ?? 0) + share;
  }
  return { firstDay, lastDay, daysPerBin, bins, earlier, later };
}

/** A date range some events carry ("2019", "last week"), drawn as a band as wide as the range. */
export interface DateBand {
  startDay: number;
  endDay: number;
  /** How the timeline names the range, e.g. "2019" or "14–20 Mar 2022". */
  label: string;
  count: number;
  /** Row in the band strip, so overlapping ranges sit one under another. */
  row: number;
}

const MAX_BAND_ROWS = 4;

/**
 * One band per distinct multi-day range. A one-day date is exact and is left to the bars; a range
 * would otherwise be drawn as if it happened on one day. Rows are assigned first-fit, longest
 * range first within a start day; past the last row, bands share it.
 */
export function dateBands(
  events: readonly DatelineEvent[],
  label: (event: DatelineEvent) => string,
): DateBand[] {
  const byRange = new Map<string, DateBand>();
  for (const event of events) {
    if (event.date.start === event.date.end) continue;
    const key = `${event.date.start}/${event.date.end}`;
    const band = byRange.get(key);
    if (band) band.count++;
    else
      byRange.set(key, {
        startDay: toDayNumber(event.date.start),
        endDay: toDayNumber(event.date.end),
        label: label(event),
        count: 1,
        row: 0,
      });
  }
  const bands = [...byRange.values()].sort(
    (a, b) => a.startDay - b.startDay || b.endDay - a.endDay,
  );
  const rowEnds: number[] = [];
  for (const band of bands) {
    let row = rowEnds.findIndex((end) => end < band.startDay);
    if (row < 0) row = rowEnds.length < MAX_BAND_ROWS ? rowEnds.length : MAX_BAND_ROWS - 1;
    rowEnds[row] = Math.max(rowEnds[row] ?? -Infinity, band.endDay);
    band.row = row;
  }
  return bands;
}
