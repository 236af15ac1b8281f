// Stage: keep one expression where recognisers overlap. The longest wins (TimeML tags maximal
// extents: "the first nine months" over "nine months", "March 3, 2022" over "2022"). On equal
// length a rule that read the whole phrase beats one widened by a generic modifier ("earlier this
// year" as one expression, not "this year" plus "earlier"), then the earlier stage wins, since
// stages run from the most specific to the most general.
import type { DateStage, Draft } from "./types";

const widened = (d: Draft) => (d.by.endsWith("+mod") ? 1 : 0);

export const resolveOverlaps: DateStage = (_ctx, drafts) => {
  const ranked = drafts
    .map((d, i) => ({ d, i }))
    .sort(
      (a, b) =>
        b.d.end - b.d.start - (a.d.end - a.d.start) || widened(a.d) - widened(b.d) || a.i - b.i,
    );
  const kept: Draft[] = [];
  for (const { d } of ranked) {
    if (kept.some((k) => k.start < d.end && d.start < k.end)) continue;
    kept.push(d);
  }
  return kept.sort((a, b) => a.start - b.start);
};
