// Wire copy written without capitals (some 1980s agency feeds lower-cased whole stories:
// "damage in the north of ruritania, the hardest-hit province"). Every later stage reads names
// from capitals, so in such a text the words that plainly name a place get their capital back
// first. Only the plain cases: a name with a division or feature word after it, a name after a
// preposition of place, a name of several words, and a country's name; never an ordinary word.
import { foldName } from "./fold";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import {
  ADMIN_HEADS,
  CALENDAR_WORDS,
  COMMON_WORDS,
  DIRECTIONS,
  FEATURE_HEADS,
  LOCATIVE_PREPOSITIONS,
} from "./lexicon";
import { type Token, isSpaceGap, withoutPossessive } from "./tokens";

/** Small places read after a preposition could be anything ("in time"): only these are trusted. */
const TRUSTED_POPULATION = 10000;

const areaKind = (e: GazetteerEntry): boolean => e.kind !== "city" && e.kind !== "site";

/**
 * Does the text write in lower case what any text capitalises? A country's name in lower case
 * (never a capital at a sentence start) together with a weekday in lower case or a sentence that
 * starts in lower case.
 */
export function isCaseBlind(tokens: Token[], gaz: Gazetteer): boolean {
  // The cheap sign first: ordinary text seldom has either, and then no word is looked up.
  const sign = tokens.some(
    (t) => !t.cap && ((t.sentStart && /^\p{Ll}/u.test(t.text)) || lowerWeekday(t.lower)),
  );
  if (!sign) return false;
  const countries = countryWords(gaz);
  return tokens.some((t, i) => {
    if (t.cap) return false;
    // A plain word folds to its lower case: no new string to build and look up.
    const key = PLAIN.test(t.text) ? t.lower : foldName(withoutPossessive(t).text);
    if (key.length <= 3 || COMMON_WORDS.has(key)) return false;
    let country = countries.get(key);
    if (country === undefined) {
      country = gaz.lookupFolded(key).some((e) => e.kind === "country");
      countries.set(key, country);
    }
    // Never a word of an address: "example.com/ruritania-news".
    const after = tokens[i + 1]?.gap ?? "";
    return country && /^\s*$/.test(t.gap.slice(-1)) && !/^(?:[-/_@]|\.\S)/.test(after);
  });
}

const PLAIN = /^[A-Za-z0-9]+$/;

/** "monday", "friday's": a weekday in lower case. Asked of every lower-case word, so no regex. */
function lowerWeekday(w: string): boolean {
  const bare = w.endsWith("'s") || w.endsWith("’s") ? w.slice(0, -2) : w;
  return bare.endsWith("day") && CALENDAR_WORDS.has(bare);
}

/**
 * Folded words known to name a country or not, per gazetteer. This scan asks about every
 * lower-case word of every article once the cheap sign is there, as most news has (a sentence
 * after "U.S." starts in lower case); the same few thousand words come back again and again.
 */
const COUNTRY_WORDS = new WeakMap<Gazetteer, Map<string, boolean>>();

function countryWords(gaz: Gazetteer): Map<string, boolean> {
  let words = COUNTRY_WORDS.get(gaz);
  if (!words) COUNTRY_WORDS.set(gaz, (words = new Map()));
  // Bounded, as the gazetteer's own memo is, for a long-running worker.
  if (words.size > 100000) words.clear();
  return words;
}

/** An ordinary word here, never given a capital. */
function ordinary(t: Token): boolean {
  const w = withoutPossessive(t).text.toLowerCase();
  return (
    w.length < 4 ||
    COMMON_WORDS.has(w) ||
    CALENDAR_WORDS.has(w) ||
    DIRECTIONS.has(w) ||
    ADMIN_HEADS.has(w) ||
    FEATURE_HEADS.has(w) ||
    LOCATIVE_PREPOSITIONS.has(w)
  );
}

/** The longest run of lower-case words from token i that the gazetteer knows, as [end, entries]. */
function lowerName(tokens: Token[], i: number, gaz: Gazetteer): [number, GazetteerEntry[]] | null {
  const limit = Math.min(tokens.length, i + Math.min(gaz.maxWords, 4));
  let words = "";
  let best: [number, GazetteerEntry[]] | null = null;
  for (let j = i; j < limit; j++) {
    const t = tokens[j];
    // Only the first word must be no ordinary word: "pacific ocean", "gulf of ...".
    if (!t || t.cap || (j > i ? !isSpaceGap(t.gap) || CALENDAR_WORDS.has(t.lower) : ordinary(t)))
      break;
    words += (j > i ? " " : "") + foldName(withoutPossessive(t).text);
    const found = gaz.lookupFolded(words);
    if (found.length) best = [j + 1, found];
    if (t.end !== withoutPossessive(t).end) break;
  }
  return best;
}

/** Capitalises, in a case-blind text, the lower-case words that plainly name a place. */
export function restoreCapitals(tokens: Token[], gaz: Gazetteer): Token[] {
  if (!isCaseBlind(tokens, gaz)) return tokens;
  const out = tokens.slice();
  const raise = (k: number): void => {
    const t = out[k];
    if (t) out[k] = { ...t, cap: true, allCaps: false };
  };
  for (let i = 0; i < tokens.length; i++) {
    const found = lowerName(tokens, i, gaz);
    if (!found) continue;
    const [end, entries] = found;
    const head = tokens[end];
    const headed =
      !!head &&
      !head.cap &&
      isSpaceGap(head.gap) &&
      (ADMIN_HEADS.has(head.lower) || FEATURE_HEADS.has(head.lower));
    const prev = tokens[i - 1];
    const prep = prev?.lower === "the" ? tokens[i - 2] : prev;
    const located =
      !!prep &&
      (LOCATIVE_PREPOSITIONS.has(prep.lower) || /^(?:of|over|beyond)$/.test(prep.lower)) &&
      entries.some((e) => areaKind(e) || e.population >= TRUSTED_POPULATION);
    const plain = entries.some((e) => e.kind === "country" || (end - i > 1 && areaKind(e)));
    if (!headed && !located && !plain) continue;
    for (let k = i; k < end; k++) raise(k);
    if (headed) raise(end);
    i = end - 1;
  }
  return out;
}
