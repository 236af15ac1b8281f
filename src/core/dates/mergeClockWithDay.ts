// Stage: a clock time written before its day is one TIMEX3 time — "10 p.m. Wednesday",
// "5 p.m. EST Nov. 9", "noon Thursday" → one TIME whose value is that day at that hour. Runs after
// overlap resolution (both parts have survived) and before anchoring (the day decides the value).
import type { DateStage, Draft } from "./types";

// Only a clock time written straight before its day is one expression ("10 p.m. Wednesday");
// TimeML tags "5 a.m. on October 3" as two.
const GLUE = /^(?:\s*(?:\(?[A-Z]{3,4}\)?|local\s+time))?,?\s+$/;

function dayMeaningWithClock(day: Draft, clock: string): Draft["meaning"] | null {
  const m = day.meaning;
  if (m.k === "weekday") return { ...m, clock };
  if (m.k === "calendar" && m.day !== undefined) return { ...m, clock };
  if (m.k === "shift" && m.unit === "D" && !m.clock) return { ...m, clock };
  if (m.k === "fixed" && /^\d{4}-\d{2}-\d{2}$/.test(m.value))
    return { k: "fixed", value: `${m.value}T${clock}` };
  return null;
}

// "10:35 a.m. (0735 GMT) Friday", "at midnight on Friday": a bracketed gloss or "on" stands
// between the time and its day. The two stay separate expressions, but the time is on that day.
const GLOSS = /^(?:\s*\([^()\n]{1,24}\)\s*,?|\s+on)\s+$/;

export const mergeClockWithDay: DateStage = (ctx, drafts) => {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const cur = drafts[i]!;
    const next = drafts[i + 1];
    const clock = cur.meaning.k === "shift" ? cur.meaning.clock : undefined;
    if (clock && cur.meaning.k === "shift" && cur.meaning.anaphoric) {
      // The day after a gloss, skipping an expression inside the brackets ("(0735 GMT)").
      const close = ctx.text.slice(cur.end, cur.end + 30).indexOf(")");
      const paren = close < 0 ? -1 : cur.end + close;
      let j = i + 1;
      while (paren >= 0 && drafts[j] && drafts[j]!.end <= paren) j++;
      const day = drafts[j];
      if (day && GLOSS.test(ctx.text.slice(cur.end, day.start))) {
        const meaning = dayMeaningWithClock(day, clock);
        if (meaning) {
          out.push({ ...cur, type: "TIME", meaning, by: `${cur.by}+day` });
          continue;
        }
      }
    }
    if (clock && next && GLUE.test(ctx.text.slice(cur.end, next.start))) {
      const meaning = dayMeaningWithClock(next, clock);
      if (meaning) {
        const merged: Draft = {
          ...next,
          start: cur.start,
          text: ctx.text.slice(cur.start, next.end),
          type: "TIME",
          meaning,
          by: `${next.by}+clock`,
        };
        if (cur.mod && !next.mod) merged.mod = cur.mod;
        out.push(merged);
        i++;
        continue;
      }
    }
    out.push(cur);
  }
  return out;
};
