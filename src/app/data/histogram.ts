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
}

const MAX_BINS = 72;
// A single-day dataset still gets a readable strip: a week either side.
const MIN_SPAN_DAYS = 14;

/**
 * Each event spreads a weight of one evenly over the bins its range covers, so a "2019" event
 * does not tower over a year of day-level reports but still shows where it lies.
 */
export function densityHistogram(
  events: readonly DatelineEvent[],
  extent: { start: string; end: string },
): DensityHistogram {
  let firstDay = toDayNumber(extent.start);
  let lastDay = toDayNumber(extent.end);
  if (lastDay - firstDay + 1 < MIN_SPAN_DAYS) {
    const pad = Math.ceil((MIN_SPAN_DAYS - (lastDay - firstDay + 1)) / 2);
    firstDay -= pad;
    lastDay += pad;
  }
  const span = lastDay - firstDay + 1;
  const daysPerBin = Math.max(1, Math.ceil(span / MAX_BINS));
  const binCount = Math.ceil(span / daysPerBin);
  lastDay = firstDay + binCount * daysPerBin - 1;
  const bins = new Array<number>(binCount).fill(0);
  for (const event of events) {
    const a = Math.max(0, Math.floor((toDayNumber(event.date.start) - firstDay) / daysPerBin));
    const b = Math.min(
      binCount - 1,
      Math.floor((toDayNumber(event.date.end) - firstDay) / daysPerBin),
    );
    if (b < a) continue;
    const share = 1 / (b - a + 1);
    for (let i = a; i <= b; i++) bins[i] = (bins[i] ?? 0) + share;
  }
  return { firstDay, lastDay, daysPerBin, bins };
}
