// Stage: a month, day, season or holiday followed by its year is one expression — "the winter of
// nineteen ninety-four", "June of 1944", "Christmas 2007" — whichever recognisers found the parts. Runs after overlap
// resolution, when both parts have survived, and before anchoring, which then sees a full date.
import type { DateStage, Draft, Meaning } from "./types";

const GLUE = /^,?\s+(?:of\s+)?$/;

function withYear(m: Meaning, year: number): Meaning | null {
  if (m.k === "season" && m.year === undefined) return { k: "season", season: m.season, year };
  if (m.k === "holiday" && m.year === undefined) return { ...m, year };
  if (m.k === "calendar" && m.year === undefined && m.yearRel === undefined && m.rel === undefined)
    return { ...m, year };
  return null;
}

export const joinPeriodAndYear: DateStage = (ctx, drafts) => {
  const out: Draft[] = [];
  for (let i = 0; i < drafts.length; i++) {
    const cur = drafts[i]!;
    const next = drafts[i + 1];
    const year =
      next?.meaning.k === "fixed" && /^\d{4}$/.test(next.meaning.value)
        ? Number(next.meaning.value)
        : null;
    if (next && year !== null && GLUE.test(ctx.text.slice(cur.end, next.start))) {
      const meaning = withYear(cur.meaning, year);
      if (meaning) {
        out.push({
          ...cur,
          end: next.end,
          text: ctx.text.slice(cur.start, next.end),
          meaning,
          by: `${cur.by}+year`,
        });
        i++;
        continue;
      }
    }
    out.push(cur);
  }
  return out;
};
