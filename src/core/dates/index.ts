// The date stages of the extractor, in order. Why this order:
//  1. Recognisers, most specific first (both ends of written ranges, explicit calendar dates,
//     relative dates, durations, sets, vague references, clock times): on spans of equal length
//     the earlier one wins.
//  2. Modifiers ("early", "the end of", "about") widen the spans before overlaps are settled, so
//     "the end of May" competes with its full length.
//  3. Overlap resolution keeps the longest non-overlapping expressions, in text order; then a
//     period glued to its year ("the winter of nineteen ninety-four") and a clock time glued to
//     the day after it ("10 p.m. Wednesday") each become one expression.
//  4. Anchoring must see the survivors in text order: narrative dates lean on the last date before
//     them, and a quarter or a date once resolved becomes the anchor for the next expression.
//     "The eve of" an expression and "the evening of" a day need that expression's value, so
//     they follow anchoring.
//  5. Ranges come last, from final values.
import type { Genre } from "../contract";
import type { Timex } from "../context";
import { anchorDates } from "./anchorDates";
import { attachModifiers } from "./attachModifiers";
import { attachPartOfDay } from "./attachPartOfDay";
import { attachRanges } from "./attachRanges";
import { parseIsoDay, parseIsoTime } from "./calendar";
import { recogniseCalendarDates } from "./recogniseCalendarDates";
import { recogniseDateRanges } from "./recogniseDateRanges";
import { recogniseClockTimes } from "./recogniseClockTimes";
import { recogniseDurations } from "./recogniseDurations";
import { recogniseRelativeDates } from "./recogniseRelativeDates";
import { recogniseSets } from "./recogniseSets";
import { recogniseVagueTimes } from "./recogniseVagueTimes";
import { joinPeriodAndYear } from "./joinPeriodAndYear";
import { mergeClockWithDay } from "./mergeClockWithDay";
import { resolveEve } from "./resolveEve";
import { resolveOverlaps } from "./resolveOverlaps";
import type { DateContext, DateStage, Draft, Hemisphere } from "./types";

export { hemisphereOf } from "./hemisphere";
export { inferGenre } from "./inferGenre";
export { latestFullDate } from "./latestFullDate";

// Keyed by name so that `explain` can say which stage touched an expression; object keys, unlike
// function names, survive minification. Key order is the run order.
export const NAMED_DATE_STAGES: Readonly<Record<string, DateStage>> = {
  recogniseDateRanges,
  recogniseCalendarDates,
  recogniseRelativeDates,
  recogniseDurations,
  recogniseSets,
  recogniseVagueTimes,
  recogniseClockTimes,
  attachModifiers,
  resolveOverlaps,
  joinPeriodAndYear,
  mergeClockWithDay,
  anchorDates,
  resolveEve,
  attachPartOfDay,
  attachRanges,
};

export const DATE_STAGES: readonly DateStage[] = Object.values(NAMED_DATE_STAGES);

function toTimex(d: Draft): Timex {
  const t: Timex = {
    start: d.start,
    end: d.end,
    text: d.text,
    type: d.type,
    value: d.value,
    by: d.by,
  };
  if (d.mod) t.mod = d.mod;
  if (d.range && (d.type === "DATE" || d.type === "TIME")) t.range = d.range;
  return t;
}

/** What a document tells the date stages besides its text. */
export interface DateReference {
  published: string | null;
  genre: Genre;
  /** Where the story's places are (see hemisphere.ts); north when not given. */
  hemisphere?: Hemisphere;
}

/**
 * Every temporal expression in the text, sorted by start and non-overlapping, with TIMEX3 extent,
 * type, value and mod, and a calendar range when the value names one. `published` is the
 * reference for news (ISO date or datetime); pure and deterministic.
 */
export function tagTimexes(text: string, ref: DateReference): Timex[] {
  const ctx = dateContext(text, ref);
  let drafts: Draft[] = [];
  for (const stage of DATE_STAGES) drafts = stage(ctx, drafts);
  return drafts.map(toTimex);
}

/** The context every date stage receives: the text and its reference date, parsed once. */
export function dateContext(text: string, ref: DateReference): DateContext {
  return {
    text,
    ref: { day: parseIsoDay(ref.published), time: parseIsoTime(ref.published) },
    genre: ref.genre,
    hemisphere: ref.hemisphere ?? "north",
  };
}
