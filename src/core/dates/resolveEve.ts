// Stage: "the eve of" a dated expression is the day before it; "the day before/after" one is the
// day before/after it: "on the eve of March 3" → March 2. The phrase joins the extent, since it
// is what names the day. Runs after anchoring, on resolved day values.
import { addDays, formatYmd, parseIsoDay } from "./calendar";
import type { DateStage, Draft } from "./types";

const BEFORE = /\b(the\s+eve\s+of|the\s+day\s+(?:before|after))\s+$/i;

export const resolveEve: DateStage = (ctx, drafts) =>
  drafts.map((d) => {
    if (d.type !== "DATE" || !/^\d{4}-\d{2}-\d{2}$/.test(d.value)) return d;
    const head = ctx.text.slice(Math.max(0, d.start - 20), d.start);
    const m = BEFORE.exec(head);
    const day = parseIsoDay(d.value);
    if (!m || !day) return d;
    const shift = /after/i.test(m[1] ?? "") ? 1 : -1;
    const start = d.start - m[0].length;
    const out: Draft = {
      ...d,
      start,
      text: ctx.text.slice(start, d.end),
      value: formatYmd(addDays(day, shift)),
      by: `${d.by}+eve`,
    };
    return out;
  });
