// Word tokens with what the recogniser asks of them: capitalisation, sentence starts and the
// characters between neighbours (a name may span "St. Louis" or "Rostov-on-Don", never a comma).

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Lower-cased text. */
  lower: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Every letter upper case (and more than one letter): "US", "NATO", "D.C.". */
  allCaps: boolean;
  /** First word of a sentence (or of the text, or of a line). */
  sentStart: boolean;
  /** The characters between the previous token and this one. */
  gap: string;
}

/** Abbreviations whose period does not end a sentence. */
const NON_FINAL = new Set(
  "st mt ft pt mr mrs ms dr gen sen rep gov lt col sgt capt cpl maj adm cmdr det prof rev jr sr inc co corp no vs gov. u.s u.k".split(
    " ",
  ),
);

// Dotted initialisms ("U.S.", "D.C.") first, then words with inner apostrophes ("O'Brien",
// "Russia's"). Hyphens split words: "Kraków-based" yields "Kraków"; joined names are rebuilt
// from the gap.
const TOKEN_RE = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}]*)*/gu;

const ELIDED = /^[dl]['’]\p{Lu}/u;

/** Starts with an upper-case letter, or is an Italian or French elided name ("d'Alema"). */
function isCapitalised(word: string): boolean {
  // ASCII first letters, nearly every word of English text, are decided without a string.
  const code = word.charCodeAt(0);
  if (code >= 65 && code <= 90) return true;
  if (code >= 97 && code <= 122) return (code === 100 || code === 108) && ELIDED.test(word);
  const first = word.charAt(0);
  return first !== first.toLowerCase() || ELIDED.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  let prev: Token | undefined;
  for (const m of text.matchAll(TOKEN_RE)) {
    const start = m.index;
    const raw = m[0];
    const gap = text.slice(prevEnd, start);
    const lower = raw.toLowerCase();
    const cap = isCapitalised(raw);
    // All capitals, ignoring a possessive: "US", "NATO's", "D.C.".
    let allCaps = false;
    if (cap) {
      const bare = raw.endsWith("'s") || raw.endsWith("’s") ? raw.slice(0, -2) : raw;
      allCaps = bare.length > 1 && bare === bare.toUpperCase() && bare !== bare.toLowerCase();
    }
    let sentStart = prev === undefined;
    // A single space, the gap before most words, ends no sentence: the checks below are skipped.
    if (!sentStart && gap !== " " && gap.includes("\n"))
      sentStart = /\n\s*\n|\n\s*$/.test(gap) || /^\s*\n/.test(gap);
    if (
      !sentStart &&
      prev &&
      gap !== " " &&
      (gap.includes(".") || gap.includes("!") || gap.includes("?"))
    ) {
      const abbreviation = NON_FINAL.has(prev.lower) || (prev.text.length === 1 && prev.cap);
      sentStart = !(abbreviation && /^\.\s*$/.test(gap));
    }
    const tok: Token = {
      start,
      end: start + raw.length,
      text: raw,
      lower,
      cap,
      allCaps,
      sentStart,
      gap,
    };
    tokens.push(tok);
    prev = tok;
    prevEnd = tok.end;
  }
  return tokens;
}

/** The token without a trailing possessive ("Russia's" → "Russia"). */
export function withoutPossessive(tok: Token): { end: number; text: string } {
  const t = tok.text;
  const n = t.length;
  const possessive =
    n > 2 && (t[n - 1] === "s" || t[n - 1] === "S") && (t[n - 2] === "'" || t[n - 2] === "’");
  return possessive ? { end: tok.end - 2, text: t.slice(0, -2) } : { end: tok.end, text: t };
}

/** True when the gap between two tokens is plain spaces or tabs: no punctuation, no line break. */
export function isSpaceGap(gap: string): boolean {
  // Asked for nearly every pair of neighbours: a loop over a gap of a character or two beats a
  // regular expression.
  if (gap.length === 0) return false;
  for (let k = 0; k < gap.length; k++) {
    const c = gap.charCodeAt(k);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/** The first token of the capitalised run (words joined by spaces) that holds token i. */
export function runStart(tokens: Token[], i: number): number {
  let b = i;
  while (b > 0 && tokens[b - 1]?.cap && isSpaceGap(tokens[b]?.gap ?? "")) b--;
  return b;
}
