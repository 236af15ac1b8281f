// Name folding: the one key under which the gazetteer stores a name and under which the recogniser
// looks a span up. Folding removes what English news writes inconsistently: diacritics (Kraków =
// Krakow), apostrophes and transliteration primes (Dnipropetrovs’k = Dnipropetrovsk), hyphens vs
// spaces (Rostov-on-Don), case, and the common abbreviations of "Saint", "Mount", "Fort".

/** Letters that Unicode decomposition leaves alone but English spellings flatten. */
const LETTER_MAP: Record<string, string> = {
  ł: "l",
  ø: "o",
  đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ı: "i",
};

/** Abbreviated first words written either way in place names ("St. Louis" / "Saint Louis"). */
const ABBREVIATIONS: Record<string, string> = {
  st: "saint",
  ste: "sainte",
  mt: "mount",
  ft: "fort",
  pt: "port",
};

/**
 * Folds a place name to its lookup key: lower case, no diacritics or apostrophes, words separated
 * by single spaces, with leading "the" dropped.
 */
export function foldName(name: string): string {
  // A single plain word, the commonest query, needs nothing but lower case.
  if (/^[A-Za-z0-9]+$/.test(name)) return name.toLowerCase();
  // Plain words and single spaces, the next commonest ("New York"), need no rewriting either.
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)+$/.test(name))
    return foldWords(name.toLowerCase().split(" "));
  // Plain ASCII needs no decomposition; most names in English text are.
  let s = /^[\x20-\x7e]*$/.test(name)
    ? name.toLowerCase()
    : name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
  s = s.replace(/[łøđðþßæœı]/g, (ch) => LETTER_MAP[ch] ?? ch);
  // Apostrophes and primes join ("Dnipropetrovs’k", "Martha's"); other punctuation separates.
  s = s.replace(/['’ʼ`´ʹ‘]/g, "");
  s = s.replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  if (s === "") return s;
  return foldWords(s.split(" "));
}

/** The key from lower-case words: a leading "the" dropped, an abbreviated first word spelt out. */
function foldWords(words: string[]): string {
  if (words.length > 1 && words[0] === "the") words.shift();
  const first = words[0];
  if (first !== undefined && words.length > 1 && ABBREVIATIONS[first])
    words[0] = ABBREVIATIONS[first];
  return words.join(" ");
}

/** A URL-safe slug of a name, for ids like "region:middle-east" or "site:ramstein-air-base". */
export function slugify(name: string): string {
  return foldName(name).replace(/ /g, "-");
}
