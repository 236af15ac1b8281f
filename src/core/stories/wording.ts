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

/** A unit-length TF-IDF vector (every stem counts once per passage) as stem -> weight. */
export type WordVector = Map<string, number>;

/** In how many of the passages each stem stands. */
export function documentFrequencies(stemLists: string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const list of stemLists) for (const s of list) df.set(s, (df.get(s) ?? 0) + 1);
  return df;
}

export function tfidfVectors(stemLists: string[][], df: Map<string, number>): WordVector[] {
  const n = stemLists.length;
  return stemLists.map((list) => {
    const v: WordVector = new Map();
    let norm = 0;
    for (const s of list) {
      // Smoothed so that a word in every passage still counts a little and none divides by zero.
      const w = Math.log((n + 1) / ((df.get(s) ?? 0) + 1)) + 1;
      v.set(s, w);
      norm += w * w;
    }
    const len = Math.sqrt(norm);
    for (const [s, w] of v) v.set(s, w / len);
    return v;
  });
}
