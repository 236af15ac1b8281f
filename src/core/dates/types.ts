// Types shared by the date stages. A stage takes the context and the drafts so far and returns the
// drafts with its own part done (STYLE.md §1–§3); `index.ts` runs them in order.
import type { Genre } from "../contract";
import type { Timex } from "../context";

/** A calendar day in UTC, as numbers (month 1–12). */
export interface Ymd {
  y: number;
  m: number;
  d: number;
}

export type Unit = "S" | "MIN" | "H" | "D" | "W" | "M" | "Q" | "Y" | "DE" | "CE";

export type Tense = "past" | "future" | "none";

/** Part of a day as TIMEX3 writes it after a date: "Friday morning" → "...TMO". */
export type DayPart = "MO" | "AF" | "EV" | "NI" | "DT";

export type Season = "SP" | "SU" | "FA" | "WI";

export type Hemisphere = "north" | "south";

/**
 * What a recogniser understood, before anchoring turns it into a TIMEX3 value. Keeping meaning
 * apart from value lets one anchoring stage apply the genre and tense rules to every recogniser.
 */
export type Meaning =
  /** Value already final: "1939-09-01", "1990", "P4W", "PRESENT_REF"... */
  | { k: "fixed"; value: string }
  /** A calendar date with the year (and maybe more) left to context: "March 3", "June". */
  | {
      k: "calendar";
      year?: number;
      month: number;
      day?: number;
      part?: DayPart;
      rel?: -1 | 0 | 1;
      /** Year relative to the publication year: "April next year" (+1). */
      yearRel?: -1 | 0 | 1;
      /** Year relative to the last year mentioned: "July of that year" (0), "of the next year" (+1). */
      yearOfLast?: -1 | 0 | 1;
      /** A time of day written with it: "5 p.m. Nov. 9". */
      clock?: string;
    }
  /**
   * A weekday: "Thursday", "last Friday" (rel -1), "next Monday" (rel 1); `week` names its ISO
   * week from the reference one: "Friday next week" (1).
   */
  | {
      k: "weekday";
      dow: number;
      part?: DayPart;
      rel?: -1 | 0 | 1;
      week?: -1 | 0 | 1;
      clock?: string;
    }
  /**
   * An offset from a reference: "yesterday" (D,-1), "last week" (W,-1), "two days later" (D,+2).
   * `anaphoric` ones lean on the last date mentioned, the others on the publication date (news).
   * `inherit`: take the granularity of the period in context when it is a quarter ("profit rose
   * from a year earlier" after "the third quarter" is that quarter a year before).
   */
  | {
      k: "shift";
      unit: Unit;
      n: number;
      anaphoric: boolean;
      part?: DayPart;
      inherit?: boolean;
      clock?: string;
      /**
       * Counted from an event the text dated ("the day after the vote"): with no date mentioned
       * before it, the day is unknown rather than one beside the publication date.
       */
      focus?: boolean;
    }
  /** A season: "last fall", "the winter of 1941", "summer". */
  | {
      k: "season";
      season: Season;
      year?: number;
      rel?: -1 | 0 | 1;
      /** Year relative to the year of writing (news) or of the story (narrative): "the spring of next year" (+1). */
      yearRel?: -1 | 0 | 1;
    }
  /** A quarter: "the third quarter" (q 3), "the quarter" (no q: the one in context). */
  | {
      k: "quarter";
      q?: number;
      year?: number;
      rel?: -1 | 0 | 1;
      /** Years from the quarter in context ("the year-ago quarter": -1). */
      yearShift?: number;
      /** Years from the publication year ("next year's first quarter": +1). */
      yearRel?: number;
      /** "the latest quarter": the last one before publication, whatever the context. */
      latest?: boolean;
    }
  /** A half year: "the first half" (h 1). */
  | { k: "half"; h: number; year?: number }
  /** A holiday with a fixed or computed day in a year left to context. */
  | {
      k: "holiday";
      year?: number;
      name:
        | "christmas"
        | "christmas-eve"
        | "new-year"
        | "new-year-eve"
        | "thanksgiving"
        | "halloween"
        | "july4"
        | "labor-day"
        | "memorial-day";
    }
  /**
   * The weekend of the reference week (rel 0) or the one before/after. `current`: "this
   * weekend", the one of the week of writing unless the clause reports the past.
   */
  | { k: "weekend"; rel: -1 | 0 | 1; anaphoric: boolean; current?: boolean };

/** A timex on its way through the stages: a Timex plus what it means. */
export interface Draft extends Timex {
  meaning: Meaning;
  /**
   * The range runs from the start of the named period to the reference day ("earlier this year")
   * or from the reference day to its end ("later this month").
   */
  clip?: "to-ref" | "from-ref";
  /**
   * Where the written range this draft is an end of begins, for ranges that name one span
   * ("between 2009 and 2011", "the 2003/04 season"): both ends then date the whole span.
   */
  joint?: number;
  /** What anchoring leaned on ("publication 2022-03-24, tense past"), for tracing a value. */
  anchor?: string;
}

export interface Reference {
  /** Publication day, or null when unknown. */
  day: Ymd | null;
  /** Publication time of day "HH:MM(:SS)" when the datetime gave one. */
  time: string | null;
}

export interface DateContext {
  text: string;
  ref: Reference;
  genre: Genre;
  /** Where the story's places are: a southern summer is December to February. */
  hemisphere: Hemisphere;
}

export type DateStage = (ctx: DateContext, drafts: Draft[]) => Draft[];
