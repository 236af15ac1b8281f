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
  // Kept spans never overlap, so sorted by start their ends are sorted too: the only kept span
  // that can overlap a new one is the last one starting before the new one ends. A binary search
  // finds it, which keeps a book-length text from turning this into a quadratic scan.
  const kept: Draft[] = [];
  for (const { d } of ranked) {
    let lo = 0;
    let hi = kept.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (kept[mid]!.start < d.end) lo = mid + 1;
      else hi = mid;
    }
    const before = kept[lo - 1];
    if (before && before.end > d.start) continue;
    kept.splice(lo, 0, d);
  }
  return kept;
};
