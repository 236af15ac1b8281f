// People named like places. A town's name right after a given name or a title, before a verb of
// saying or an age, is a person's; and once a word names a person in a document, its bare uses
// elsewhere in that document are that person too (one sense per discourse).

import { foldName } from "./fold";
import type { Gazetteer } from "./gazetteer";
import {
  ADMIN_HEADS,
  CALENDAR_WORDS,
  COMMON_WORDS,
  DIRECTIONS,
  FIRST_NAMES,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  SPEECH_VERBS,
  TITLES,
} from "./lexicon";
import { withoutPossessive, type Token, isSpaceGap } from "./tokens";

/** Offices written in lower case right before a holder's full name. */
const OFFICES =
  /^(?:leader|president|minister|premier|chancellor|senator|governor|mayor|spokesman|spokeswoman|spokesperson|secretary)$/;

/** Folded words written in lower case somewhere in the document: ordinary words here. */
export function lowerCaseWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (!t.cap) out.add(t.lower);
  return out;
}

/** Could this capitalised word be a given name (not a place, not an ordinary word)? */
export function givenNameLike(t: Token, gaz: Gazetteer, lowered: Set<string>): boolean {
  if (FIRST_NAMES.has(t.lower)) return true;
  if (t.allCaps || COMMON_WORDS.has(t.lower) || lowered.has(t.lower) || DIRECTIONS.has(t.lower))
    return false;
  if (TITLES.has(t.lower) || NAME_CONNECTORS.has(t.lower) || CALENDAR_WORDS.has(t.lower))
    return false;
  if (/['’]s$/i.test(t.text)) return false;
  return !gaz.hasFolded(foldName(t.text));
}

/**
 * Surnames the document uses: the last word of "Given Surname" ("Hillary Clinton", "Jack London"),
 * a name after a title ("the Rev. Roy Jones"), a bare name before a verb of saying ("Roberts said")
 * or an age ("McDonald, 24,"). One sense per discourse: once a word names a person here, its bare
 * uses elsewhere in the document are that person too.
 */
export function personNames(
  text: string,
  tokens: Token[],
  gaz: Gazetteer,
  lowered: Set<string>,
): Set<string> {
  const out = new Set<string>();
  /**
   * `surname`: the word closes a name after a listed given name, a title or an initial ("Olwen
   * T. Brackton", "Sgt. Amos Velkin"): a surname, whatever province abroad shares it. `weak`: only a
   * verb of saying after it.
   */
  const add = (t: Token, evidence: "weak" | "plain" | "surname" = "plain"): void => {
    const key = foldName(withoutPossessive(t).text);
    if (key.length < 2) return; // an initial
    // A country or region name is never dropped document-wide for a namesake ("Georgia Smith"),
    // nor a province or state but on a surname's evidence, nor, on weak evidence (a verb of
    // saying), a sizeable city ("Gainesville says no").
    const cands = gaz.lookupFolded(key);
    const surname = evidence === "surname";
    if (cands.some((c) => c.kind !== "city" && !(surname && c.kind === "admin"))) return;
    if (evidence === "weak" && cands.some((c) => c.population >= 100000)) return;
    out.add(key);
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (!tok?.cap || tok.allCaps) continue;
    const bareEnd = withoutPossessive(tok).end;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const endOfRun = !next || !next.cap || !isSpaceGap(next.gap);
    const speaks = !!next && isSpaceGap(next.gap) && SPEECH_VERBS.has(next.lower);
    if (prev && prev.cap && endOfRun) {
      const titled = TITLES.has(prev.lower) && (isSpaceGap(tok.gap) || /^\. ?$/.test(tok.gap));
      const before = tokens[i - 2];
      // "Mayor Ann Tyler"; in lower case only an office a person holds, as in news copy
      // ("opposition leader John Howard", "prime minister Ana Lisbon").
      const titledTwo =
        !!before &&
        isSpaceGap(tok.gap) &&
        (before.cap
          ? TITLES.has(before.lower)
          : OFFICES.test(before.lower) && isSpaceGap(prev.gap));
      // Only a listed given name is evidence enough to carry through the document: an unknown
      // word before a town may be an organisation's ("Generation Charleston", "Metro Nashville").
      const named =
        isSpaceGap(tok.gap) && FIRST_NAMES.has(prev.lower) && !ADMIN_HEADS.has(tok.lower);
      // An unknown word before a small town's name, with no article: "Hillary Clinton"; before
      // any town's name when a verb of saying follows ("Ana Lisbon said"): towns do not speak
      // under a name that is no town.
      // Set off by commas after a noun: "its new leader, Olwen Quenby, flew in".
      const appositive = /,\s*$/.test(prev.gap) && !before?.cap && text.charAt(bareEnd) === ",";
      const unknownNamed =
        isSpaceGap(tok.gap) &&
        givenNameLike(prev, gaz, lowered) &&
        !(before && /^(the|a|an)$/i.test(before.lower)) &&
        !ADMIN_HEADS.has(tok.lower) &&
        (speaks ||
          appositive ||
          gaz
            .lookupFolded(foldName(withoutPossessive(tok).text))
            .every((c) => c.population < 100000));
      // "Tyrise M. Bell": a middle initial.
      const initial = /^\p{Lu}$/u.test(prev.text) && /^\. ?$/.test(tok.gap) && !!before?.cap;
      if (titled || titledTwo || named || initial) add(tok, "surname");
      else if (unknownNamed) add(tok);
    }
    const after = text.slice(bareEnd, bareEnd + 24);
    const isolated = !prev || !prev.cap || !isSpaceGap(tok.gap);
    const aged = endOfRun && /^,\s*\d{1,3}(?:,| of\b)/.test(after);
    if (isolated && endOfRun && !(prev && LOCATIVE_PREPOSITIONS.has(prev.lower))) {
      if (aged) add(tok);
      else if (speaks) add(tok, "weak");
    } else if (aged && prev && !TITLES.has(prev.lower)) {
      // "Amina Salum, 34,": both words of a two-word name before an age are a person's.
      const before = tokens[i - 2];
      if (!(before?.cap && isSpaceGap(prev.gap))) {
        add(prev);
        add(tok);
      }
    }
    // "the Bush administration", "Bush Jr": a politician's name; "the Monti government" too
    // when no sizeable town has the name (capitals have governments: "the Kyiv government").
    if (/^(?:['’]s)?\s+(?:administration|Jr\b|Sr\b)/.test(after)) add(tok);
    else if (/^\s+(?:government|cabinet)\b/.test(after)) add(tok, "weak");
  }
  return out;
}
