// Recognition: every span of the text that names a place, with the gazetteer entries it could
// be, as an ordered list of small stages with one signature (STYLE.md §1). Before them, a text
// written without capitals gets them back on the words that plainly name places (`caseBlind.ts`),
// since every stage reads names from capitals. Why this order:
//  1. Candidates: every gazetteer name, demonym or metonym at every word, with the words around
//     it. Nothing is judged yet, so every later stage sees every reading.
//  2. Head words: the word after a name settles what it is before the filters ask ("Dublin Road"
//     is a street whatever "Dublin" could be), and names the gazetteer lacks are read from
//     their head ("Avoyelles Parish", "Lakeside Air Base").
//  3-5. Filters, each an ordered list of rules with examples: persons first (a surname is the
//     commonest false place, and its verdict lets the scan try a feature name instead),
//     then organisations and common words. A candidate keeps the first verdict against it.
//  6. The scan reads the text left to right and keeps one reading per stretch of words; it
//     must follow the verdicts, since they decide how many words a candidate covers.
//  7-8. County lists and containers look at the names kept, side by side.
// Resolution (`resolve.ts`) follows: it needs every mention of the document at once.
import { findCandidates } from "./candidates";
import { restoreCapitals } from "./caseBlind";
import { linkContainers, listCounties } from "./containers";
import { filterCommonWords } from "./filterCommonWords";
import { filterOrganisations } from "./filterOrganisations";
import { filterPersons } from "./filterPersons";
import { foldName } from "./fold";
import type { Gazetteer } from "./gazetteer";
import { readHeadedNames } from "./headedNames";
import { STREET_HEADS } from "./lexicon";
import { lowerCaseWords, personNames } from "./persons";
import { scan } from "./scan";
import { type Token, isSpaceGap, tokenize } from "./tokens";
import type { PlaceContext, PlaceDraft, PlaceMention, PlaceStage } from "./types";

export type { PlaceMention } from "./types";

export const RECOGNITION_STAGES: readonly PlaceStage[] = [
  findCandidates,
  readHeadedNames,
  filterPersons,
  filterOrganisations,
  filterCommonWords,
  scan,
  listCounties,
  linkContainers,
];

/** Lines written all in capitals, three words or more: headlines, as [start, end) offsets. */
function capitalLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/^[^\n]*$/gm)) {
    const line = m[0];
    if (!/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3)
      out.push([m.index, m.index + line.length]);
  }
  return out;
}

/** Folded names the text uses as street names ("Slater" in "Slater Street"). */
function streetNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    const name = tokens[k - 1];
    if (head?.cap && name?.cap && isSpaceGap(head.gap) && STREET_HEADS.has(head.lower))
      out.add(foldName(name.text));
  }
  return out;
}

/** What every stage reads of the document, worked out once. */
export function placeContext(
  text: string,
  gaz: Gazetteer,
  drop?: PlaceContext["drop"],
): PlaceContext {
  const tokens = restoreCapitals(tokenize(text), gaz);
  const lowered = lowerCaseWords(tokens);
  return {
    text,
    gaz,
    tokens,
    lowered,
    persons: personNames(text, tokens, gaz, lowered),
    streets: streetNames(tokens),
    capsLines: capitalLines(text),
    ...(drop ? { drop } : {}),
  };
}

/** Runs recognition stages in order (all of them by default) on the context. */
export function runStages(
  ctx: PlaceContext,
  stages: readonly PlaceStage[] = RECOGNITION_STAGES,
): PlaceDraft[] {
  let drafts: PlaceDraft[] = [];
  for (const stage of stages) drafts = stage(ctx, drafts);
  return drafts;
}

/**
 * Every place mention in the text, sorted by start and non-overlapping. `drop` hears of every
 * candidate a stage turned down, with the stage, the rule and the reason.
 */
export function recognizePlaces(
  text: string,
  gaz: Gazetteer,
  drop?: PlaceContext["drop"],
): PlaceMention[] {
  return runStages(placeContext(text, gaz, drop)).map((d) => d.mention);
}
