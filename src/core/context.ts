// What every extractor stage receives, and what the stages hand each other.
// A stage reads the context and the analysis so far, and returns the analysis with its own
// part filled in. No stage reads the clock or global state (STYLE.md §2): the reference date is
// `published`, pinned by the caller, so a test can pin it too.

import type {
  DatelineEvent,
  Genre,
  Granularity,
  ISODate,
  MentionVia,
  Place,
  TimexType,
} from "./contract";

export interface DocumentInput {
  id: string;
  text: string;
  /** ISO date or datetime, or null when nothing told us. */
  published: string | null;
  genre: Genre;
}

/** A sentence-sized passage of the document text. */
export interface Passage {
  start: number;
  end: number;
}

/** A temporal expression found in the text (TIMEX3 semantics). */
export interface Timex {
  start: number;
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: "2022-03-24", "2022-W11", "2022-03", "2019", "P4W", "PRESENT_REF", "XXXX-WI", ... */
  value: string;
  mod?: string;
  /** Calendar range when the value names one (no X, no _REF). */
  range?: { start: ISODate; end: ISODate; granularity: Granularity };
  /** Which rule/stage produced it, for tracing a wrong answer. */
  by: string;
}

/** A gazetteer entry a mention resolved to: a dataset Place before its mentions are gathered. */
export type PlaceRef = Omit<Place, "mentions">;

/** A place named in the text and where it resolved. */
export interface PlaceMatch {
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  place: PlaceRef;
  by: string;
}

export interface Analysis {
  passages: Passage[];
  timexes: Timex[];
  placeMatches: PlaceMatch[];
  events: DatelineEvent[];
}

export interface StageContext<Options = unknown> {
  doc: DocumentInput;
  options: Options;
}

export type Stage<Options = unknown> = (ctx: StageContext<Options>, analysis: Analysis) => Analysis;
