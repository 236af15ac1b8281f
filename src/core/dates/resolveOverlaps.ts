// Stage: keep one expression where recognisers overlap. The longest wins (TimeML tags maximal
// extents: "the first nine months" over "nine months", "March 3, 2022" over "2022"); on equal length
// the earlier stage wins, since stages run from the most specific to the most general.
import type { DateStage, Draft } from "./types";

export const resolveOverlaps: DateStage = (_ctx, drafts) => {
  const ranked = drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => b.d.end - b.d.start - (a.d.end - a.d.start) || a.i - b.i);
  const kept: Draft[] = [];
  for (const { d } of ranked) {
    if (kept.some((k) => k.start < d.end && d.start < k.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
};
