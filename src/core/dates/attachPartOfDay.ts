// Stage: "the evening of January 29, 1960", "the night of May 13", "the early morning hours of
// November 1": a part of a dated day is a TIMEX3 time of that day ("1960-01-29TEV"). The phrase
// joins the extent. Runs after anchoring, on resolved day values.
import { DAY_PARTS } from "./lexicon";
import type { DateStage, Draft } from "./types";

const BEFORE =
  /\bthe\s+(?:early\s+|late\s+)?(morning|afternoon|evening|night)(?:\s+hours)?\s+of\s+$/i;

export const attachPartOfDay: DateStage = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.type !== "DATE" || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d;
    const head = ctx.text.slice(Math.max(0, d.start - 40), d.start);
    const m = BEFORE.exec(head);
    const part = m ? DAY_PARTS[(m[1] ?? "").toLowerCase()] : undefined;
    if (!m || !part) return d;
    const start = d.start - m[0].length;
    const out: Draft = {
      ...d,
      start,
      text: ctx.text.slice(start, d.end),
      type: "TIME",
      value: `${d.value}T${part}`,
      by: `${d.by}+daypart`,
    };
    return out;
  });
