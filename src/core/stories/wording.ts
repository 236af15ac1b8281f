// What an event's passage says, as weighted words to compare across articles. Two reports of one
// happening rarely share phrases ("floods shut the coast road" / "the coastal highway closed
// after flooding"), so word shingles or MinHash on them find little; single content words, with
// rare words weighing more (TF-IDF) and crude stems so that "flooding" meets "floods", do.
//
// The date expression and the place names are masked first: grouping already demands an
// overlapping date and a shared place, and counting them again would make any two things that
// happened in one town on one day look alike, which is exactly the near-miss to keep apart.

const STOP = new Set(
  (
    "a an the and or but nor so yet of to in on at by for from with without into onto over under " +
    "about above after before between through during until since than then there here this that " +
    "these those it its it's is are was were be been being am do does did done has have had having " +
    "will would shall should can could may might must not no as if while when where which who whom " +
    "whose what why how all any both each few more most other some such only own same too very " +
    "just also he she they them their theirs his her hers him we us our you your i me my mine " +
    "said says say saying told tells according reported reports report officials official " +
    "new one two three four five six seven eight nine ten first second last next per cent percent " +
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow tonight " +
    "morning afternoon evening night week weeks month months year years day days " +
    "january february march april may june july august september october november december " +
    "mr mrs ms dr"
  ).split(" "),
);

// Longest suffix first; a stem keeps at least four letters so "news" and "bus" stay words. The
// cut to six letters then joins what the suffix rules miss ("coastal"/"coast", "closure"/"closed"
// do not meet, but "protesters"/"protest" do). Crude on purpose: it is only compared with itself.
const SUFFIXES = [
  "ations",
  "ation",
  "ings",
  "ing",
  "ers",
  "ies",
  "ied",
  "es",
  "ed",
  "er",
  "ly",
  "s",
];

export function stem(word: string): string {
  let w = word;
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 4 && w.endsWith(s)) {
      w = w.slice(0, -s.length);
      break;
    }
  }
  return w.slice(0, 6);
}

/** Content-word stems of a text, each once. */
export function contentStems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/, "");
    if (word.length < 3 || STOP.has(word)) continue;
    out.add(stem(word));
  }
  return [...out];
}

/**
 * A unit-length TF-IDF vector (every stem counts once per passage): stem numbers in ascending
 * order with their weights, so that two vectors meet in one merge, not a string lookup per stem.
 */
export interface WordVector {
  stems: Int32Array;
  weights: Float64Array;
}

export function tfidfVectors(stemLists: string[][]): WordVector[] {
  // Stems are numbered in sorted order, not by first sight, so that a vector (and the order
  // of every sum over it) never depends on the order of the passages.
  const df = new Map<string, number>();
  for (const list of stemLists) for (const s of list) df.set(s, (df.get(s) ?? 0) + 1);
  const number = new Map([...df.keys()].sort().map((s, i) => [s, i]));
  const n = stemLists.length;
  return stemLists.map((list) => {
    const entries = list
      .map((s) => {
        // Smoothed so that a stem in every passage still counts a little.
        const w = Math.log((n + 1) / ((df.get(s) ?? 0) + 1)) + 1;
        return [number.get(s) ?? 0, w] as const;
      })
      .sort((x, y) => x[0] - y[0]);
    const len = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return {
      stems: Int32Array.from(entries, ([id]) => id),
      weights: Float64Array.from(entries, ([, w]) => w / len),
    };
  });
}

/** Cosine of two unit vectors, and how many stems they share. */
export function similarity(a: WordVector, b: WordVector): { cosine: number; shared: number } {
  let cosine = 0;
  let shared = 0;
  for (let i = 0, j = 0; i < a.stems.length && j < b.stems.length;) {
    const x = a.stems[i]!;
    const y = b.stems[j]!;
    if (x === y) {
      cosine += a.weights[i++]! * b.weights[j++]!;
      shared++;
    } else if (x < y) i++;
    else j++;
  }
  return { cosine, shared };
}
