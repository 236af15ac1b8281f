// Types shared by the place recognition stages. A stage takes the context and the drafts so far
// and returns the drafts with its own part done, as the date stages do (STYLE.md §1–§3);
// `recognize.ts` runs them in order.
import type { MentionVia } from "../contract";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import type { Token } from "./tokens";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  /** Folded lookup key. */
  key: string;
  candidates: GazetteerEntry[];
  /** The words around it name its kind: "X County" → county, "X region" → admin. */
  hint?: "admin" | "county" | "site" | "city";
  /**
   * A named site, street or natural feature absent from the gazetteer: placed where the text
   * says it is (its container, the place its name contains, else the document's main town).
   */
  site?: { id: string; name: string; kind: "site" | "region" };
  /**
   * Index of the mention that contains this one ("X, Y"; "X in Y" is weaker). `district`: the
   * text makes it a part of that place ("X district of Y", "Y's X"), so it lies inside it.
   */
  container?: { index: number; strength: "comma" | "in"; district?: boolean };
  /** Preceded by a locative preposition ("in X", "near X"). */
  locative: boolean;
  /** Preceded by a preposition of place, not of motion: "in X", "near X", not "from X to Y". */
  located?: boolean;
  /** Which recognition rule produced it. */
  by: string;
}

/** Why a candidate is not a place. */
export type RejectReason =
  | "person"
  | "person-pair"
  | "person-first"
  | "nickname"
  | "vessel"
  | "code name"
  | "address"
  | "inside a hyphenated name"
  | "inside a longer name"
  | "media title"
  | "holiday"
  | "company"
  /** A name a lower-case noun calls an organisation's ("the airline Ruritania"). */
  | "organisation"
  | "club"
  /** A word the text uses only as an institution's name ("the Velkin Center ... at Velkin"). */
  | "institution"
  | "site"
  | "direction"
  | "vehicle"
  | "not a place"
  | "currency"
  | "headline capitals"
  | "acronym"
  | "common word"
  | "common words"
  /** Read again as one of the names in "X, Y and Z counties". */
  | "county list"
  /** The letters are a US state's abbreviation ("Mont." is Montana, not Mont in France). */
  | "state abbreviation";

export interface Rejection {
  stage: string;
  rule: string;
  reason: RejectReason;
  /** The rule looks past a head word: when it fires, "X County" still consumes "County". */
  afterHead: boolean;
}

/** A gazetteer name, demonym or metonym read at a token, with the words around it. */
export interface Candidate {
  /** First and last token of the name (inclusive). */
  from: number;
  to: number;
  key: string;
  via: MentionVia;
  candidates: GazetteerEntry[];
  first: Token;
  last: Token;
  prev: Token | undefined;
  next: Token | undefined;
  /** Where the name ends, a possessive "'s" left out. */
  end: number;
  locative: boolean;
  single: boolean;
  /** The next word is capitalised and joined to the name by a space. */
  nextJoined: boolean;
  /** The next word may head the name even after a possessive ("St. Peter's Square"). */
  nextHead: boolean;
  prevJoined: boolean;
  articleBefore: boolean;
  nextIsEnd: boolean;
  thirdName: boolean;
  /** "Mobile, Ala.", "Reading, England": a comma and then a region or country. */
  commaAfter: boolean;
  /**
   * The name in capitals opens a line or a sentence and a dash or a comma and a date follow:
   * a wire dateline ("KYIV, June 3 (Reuters) -", "ODESA —"), which says where the story is.
   */
  dateline: boolean;
}

/**
 * A head word right after a name, which says what the name is: a street ("Dublin Road"), a
 * natural feature ("Fraser Valley"), a division ("Kherson Oblast", "the Kharkiv region"), or the
 * start of another kind of name that runs on ("US Delta Force").
 */
export type Head =
  | { kind: "street" | "feature" | "rest-of-run" }
  | { kind: "division"; hint: "admin" | "county" }
  | { kind: "division-word" }
  | { kind: "town-word" };

/**
 * One reading of the text at a token: a gazetteer candidate, or a name the gazetteer lacks read
 * from its head word ("Avoyelles Parish", "Lakeside Air Base"). Readings at one token are
 * alternatives; the scan stage settles which are read.
 */
export interface PlaceDraft {
  /** The mention it becomes when kept. */
  mention: PlaceMention;
  /** Token index of the first word. */
  at: number;
  /** Token index past the last word the reading covers. */
  next: number;
  /** Present on gazetteer candidates. */
  candidate?: Candidate;
  head?: Head;
  rejected?: Rejection;
}

export interface PlaceContext {
  text: string;
  gaz: Gazetteer;
  tokens: Token[];
  /** Folded words the document writes in lower case somewhere: ordinary words here. */
  lowered: Set<string>;
  /** Folded words the document uses as persons' names. */
  persons: Set<string>;
  /** Folded words the document uses as street names ("Slater" in "Slater Street"). */
  streets: Set<string>;
  /** Lines written in capitals, as [start, end) offsets. */
  capsLines: [number, number][];
  /** Called with every candidate a stage drops: for `--explain` and the evaluation's traces. */
  drop?: (draft: PlaceDraft) => void;
}

export type PlaceStage = (ctx: PlaceContext, drafts: PlaceDraft[]) => PlaceDraft[];

/**
 * A filter rule. Examples and non-examples are sentences written for the rule, with the
 * candidate it judges in square brackets; one generic test checks every rule against them.
 */
export interface PlaceRule {
  name: string;
  reason: RejectReason;
  /** See `Rejection.afterHead`; such a rule also never fires on a street's or feature's name. */
  afterHead?: boolean;
  test: (c: Candidate, ctx: PlaceContext, draft: PlaceDraft) => boolean;
  examples: string[];
  nonExamples: string[];
}
