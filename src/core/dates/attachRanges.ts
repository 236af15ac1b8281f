// Stage: the calendar range each DATE or TIME value names (none for X values, _REF, durations and
// sets). "earlier this year" runs from the period's start to the publication day, "later this
// month" from the publication day to the period's end.
import { formatYmd, rangeOfValue } from "./calendar";
import type { DateStage, Draft } from "./types";

export const attachRanges: DateStage = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.type !== "DATE" && d.type !== "TIME") return d;
    const r = rangeOfValue(d.value);
    if (!r) return d;
    const out: Draft = { ...d, range: r };
    const ref = ctx.ref.day ? formatYmd(ctx.ref.day) : null;
    if (d.clip && ref && r.start <= ref && ref <= r.end) {
      out.range =
        d.clip === "to-ref"
          ? { start: r.start, end: ref, granularity: "range" }
          : { start: ref, end: r.end, granularity: "range" };
    }
    return out;
  });
