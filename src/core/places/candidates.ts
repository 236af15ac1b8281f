// Stage 1: candidates. At every capitalised word, the longest run of words the gazetteer knows as
// a name, a demonym or a metonym, with the words around it that the filters ask about. Every
// word gets its reading, even one inside a longer name: which readings are read is settled by the
// scan stage once the filters have spoken.
import type { MentionVia } from "../contract";
import { foldName } from "./fold";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { LOCATIVE_PREPOSITIONS, NAME_CONNECTORS, PLACE_NOUNS } from "./lexicon";
import { SHARED_DEMONYMS, US_STATE_ABBREVIATIONS } from "./tables";
import { type Token, isSpaceGap, withoutPossessive } from "./tokens";
import type { Candidate, PlaceDraft, PlaceStage } from "./types";

/** Gaps allowed inside one multi-word name. */
function joinable(gap: string, prev: Token): boolean {
  if (isSpaceGap(gap) || gap === "-") return true;
  // "St. Louis", "Ft. Worth": the period of an abbreviated first word.
  return /^\. ?$/.test(gap) && /^(st|mt|ft|pt|ste)$/.test(prev.lower);
}

export interface Match {
  from: number;
  to: number; // inclusive token index
  key: string;
  via: MentionVia;
  candidates: GazetteerEntry[];
}

/** Words that never follow an adjective inside its noun phrase: "the Baltic were warned". */
const AFTER_A_NOUN = new Set(
  "and or but nor to in on at of for from with by off near into as is was were are has have had will would could can may might must said says".split(
    " ",
  ),
);

/** Is the word also the name of a sea or a region ("Baltic")? */
const namesAnArea = (gaz: Gazetteer, key: string): boolean =>
  gaz.lookupFolded(key).some((e) => e.kind === "region" || e.kind === "continent");

/** Does the word at token j end its noun phrase (nothing after it, punctuation, a verb)? */
function nounAfter(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !next || !isSpaceGap(next.gap) || AFTER_A_NOUN.has(next.lower);
}

/** The countries a demonym may name: its own, and those it shares the word with. */
function demonymReadings(gaz: Gazetteer, key: string, own: GazetteerEntry): GazetteerEntry[] {
  const shared = SHARED_DEMONYMS[key];
  if (!shared) return [own];
  const others = shared.map((id) => gaz.byId(id)).filter((e) => e !== undefined);
  return [own, ...others.filter((e) => e.row !== own.row)];
}

/**
 * "according to X", "thanks to X": "to" there names a source or a cause, not a place, so the name
 * after it gets no locative cue ("according to Velkin" names a speaker).
 */
const NOT_PLACE_TO = new Set(["according", "thanks", "owing", "due"]);

/** Does the name after token k follow "the village of", "a town called" and the like? */
export function placeNounBefore(tokens: Token[], k: number): boolean {
  const link = tokens[k];
  const noun = tokens[k - 1];
  return (
    !!link &&
    !!noun &&
    !link.cap &&
    !noun.cap &&
    (link.lower === "of" || link.lower === "called" || link.lower === "named") &&
    PLACE_NOUNS.has(noun.lower)
  );
}

/** "the province of X" names a division, "the town of X" a town: a hint for resolution. */
function placeNounHint(tokens: Token[], i: number): { hint?: "admin" | "city" } {
  if (!placeNounBefore(tokens, i - 1)) return {};
  const noun = tokens[i - 2]?.lower ?? "";
  if (/^(?:province|state|region|governorate|prefecture)s?$/.test(noun)) return { hint: "admin" };
  if (/^(?:village|town|city|cities|township|hamlet|suburb|commune|settlement)s?$/.test(noun))
    return { hint: "city" };
  return {};
}

/** Is token k a preposition that puts the name after it in a place ("in X", "near X")? */
export function locativeBefore(tokens: Token[], k: number): boolean {
  if (placeNounBefore(tokens, k)) return true;
  const prev = tokens[k];
  if (!prev || prev.cap || !LOCATIVE_PREPOSITIONS.has(prev.lower)) return false;
  return !(prev.lower === "to" && NOT_PLACE_TO.has(tokens[k - 1]?.lower ?? ""));
}

const PLAIN_WORD = /^[A-Za-z0-9]+$/;

/** The longest gazetteer name, metonym or demonym starting at token i. */
export function longestMatch(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
): Match | undefined {
  const first = tokens[i];
  if (!first?.cap) return undefined;
  let last = i;
  // Names in running text are at most six words ("Democratic Republic of the Congo" is five).
  const limit = Math.min(tokens.length - 1, i + Math.min(gaz.maxWords, 6) - 1);
  while (last < limit) {
    const next = tokens[last + 1];
    const cur = tokens[last];
    if (!next || !cur || !joinable(next.gap, cur)) break;
    if (!next.cap && !NAME_CONNECTORS.has(next.lower)) break;
    last++;
  }
  // Two-letter names must be written in capitals ("US", "UK"), never "Us" or "us"; a
  // three-letter one ("Van", "Ufa") also after a preposition ("the city of Van").
  const before = tokens[i - 1];
  const afterPreposition =
    !!before && !before.cap && (LOCATIVE_PREPOSITIONS.has(before.lower) || before.lower === "of");
  const alone = !(tokens[i + 1]?.cap && isSpaceGap(tokens[i + 1]?.gap ?? ""));
  for (let j = last; j >= i; j--) {
    const end = tokens[j];
    if (!end || !end.cap) continue;
    // A plain word alone, the commonest case, is its own key: its lower case.
    const key =
      j === i && PLAIN_WORD.test(first.text)
        ? first.lower
        : foldName(text.slice(first.start, withoutPossessive(end).end));
    if (key.length < 2) continue;
    if (
      key.length <= 3 &&
      !(j === i && first.allCaps) &&
      !(key.length === 3 && j === i && afterPreposition && alone)
    ) {
      continue;
    }
    // A demonym is read as one ("Canadian" is also a town in Texas) unless it follows "in", or
    // is a noun after "the" that names an area ("ships in the Baltic" is the sea; "the Baltic
    // states" are the states; "the Russians" a people).
    const prev = tokens[i - 1];
    const demonym =
      prev?.lower === "the" && nounAfter(tokens, j) && namesAnArea(gaz, key)
        ? undefined
        : gaz.demonymFolded(key);
    const locative = locativeBefore(tokens, i - 1);
    if (demonym && !locative)
      return {
        from: i,
        to: j,
        key,
        via: "demonym",
        candidates: demonymReadings(gaz, key, demonym),
      };
    // A seat of power before a town of the same name ("White House" is also a town in Tennessee).
    const metonym = gaz.metonymFolded(key);
    if (metonym && !locative) return { from: i, to: j, key, via: "metonym", candidates: [metonym] };
    const names = gaz.lookupFolded(key);
    if (names.length) return { from: i, to: j, key, via: "name", candidates: names };
    if (metonym) return { from: i, to: j, key, via: "metonym", candidates: [metonym] };
    if (demonym)
      return {
        from: i,
        to: j,
        key,
        via: "demonym",
        candidates: demonymReadings(gaz, key, demonym),
      };
  }
  return undefined;
}

/** "Mobile, Ala.", "Reading, England": the token after a name is a region or country after a comma. */
export function regionAfterComma(text: string, next: Token | undefined, gaz: Gazetteer): boolean {
  return (
    !!next &&
    next.cap &&
    /^,\s*$/.test(next.gap) &&
    (US_STATE_ABBREVIATIONS[text.slice(next.start, next.end + 1)] !== undefined ||
      gaz.lookupFolded(foldName(next.text)).some((c) => c.kind === "country" || c.kind === "admin"))
  );
}

/** What follows a dateline's place: a dash, or a comma and a region, an agency or a date. */
const DATELINE_AFTER =
  /^(?:\s*(?:--|[—–-]\s)|,\s*(?:[A-Z][\w.]*,?\s*)?(?:\(|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d))/;

/** Is the match a wire dateline's place? See `Candidate.dateline`. */
function isDateline(text: string, first: Token, last: Token, end: number): boolean {
  // After a sentence or a byline's date ("Staff Writer May 2, 2009 QUENBY --").
  const opens = first.sentStart || /\d{4}\s+$/.test(first.gap);
  if (!opens || !first.allCaps || !last.allCaps) return false;
  return DATELINE_AFTER.test(text.slice(end, end + 40));
}

/** The words around a match that the filters and the head words look at. */
function describe(text: string, tokens: Token[], match: Match, gaz: Gazetteer): Candidate {
  const first = tokens[match.from]!;
  const last = tokens[match.to]!;
  const end = withoutPossessive(last).end;
  const prev = tokens[match.from - 1];
  const next = tokens[match.to + 1];
  const third = tokens[match.to + 2];
  const dateline = isDateline(text, first, last, end);
  // Fields listed one by one, not spread from the match: a spread made this the extractor's
  // hottest function (objects built by spreading do not share a shape).
  return {
    from: match.from,
    to: match.to,
    key: match.key,
    via: match.via,
    candidates: match.candidates,
    first,
    last,
    prev,
    next,
    end,
    // "Velkin-based": only a place has firms based in it.
    locative:
      dateline ||
      (locativeBefore(tokens, match.from - 1) && isSpaceGap(first.gap)) ||
      (next?.lower === "based" && next.gap === "-" && end === last.end),
    single: match.from === match.to,
    nextJoined: !!next && next.cap && isSpaceGap(next.gap) && end === last.end,
    nextHead: !!next && next.cap && isSpaceGap(next.gap),
    prevJoined: !!prev && prev.cap && isSpaceGap(first.gap) && !first.sentStart,
    // "the Dunmore Ice Rink", "the Halvard Farms": an article or a third name marks an
    // institution's name, not a person's.
    articleBefore: !!prev && /^(the|a|an)$/.test(prev.lower),
    nextIsEnd: !next || !next.cap || !isSpaceGap(next.gap),
    thirdName: !!third && !!next && third.cap && isSpaceGap(third.gap),
    commaAfter: regionAfterComma(text, next, gaz),
    dateline,
  };
}

/** Prepositions that put what follows in the place they name. */
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "outside", "around", "within"]);

export const findCandidates: PlaceStage = (ctx, drafts) => {
  const { text, tokens, gaz } = ctx;
  const out: PlaceDraft[] = [...drafts];
  tokens.forEach((tok, i) => {
    // "The Hague" is stored without its article; a match never starts on "The".
    if (tok.lower === "the") return;
    const match = longestMatch(text, tokens, i, gaz);
    if (!match) return;
    const candidate = describe(text, tokens, match, gaz);
    out.push({
      at: i,
      next: match.to + 1,
      candidate,
      mention: {
        start: candidate.first.start,
        end: candidate.end,
        text: text.slice(candidate.first.start, candidate.end),
        via: match.via,
        key: match.key,
        candidates: match.candidates,
        locative: candidate.locative,
        ...(candidate.locative && PLACE_PREPOSITIONS.has(candidate.prev?.lower ?? "")
          ? { located: true }
          : {}),
        ...placeNounHint(tokens, i),
        by: `recognize:${match.via}`,
      },
    });
  });
  return out;
};
