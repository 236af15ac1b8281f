// Stage 5: the common-word filter. GeoNames has towns called "Of", "Police", "Best", "Split",
// "Mobile" or "March": an ordinary word, a calendar word, a direction, an acronym, a car make
// after a year or a word of an all-capitals headline is a place only when the sentence says so
// (a preposition, a comma and its state, a wire dateline).
import {
  ADMIN_HEADS,
  CALENDAR_WORDS,
  COMMON_WORDS,
  DIRECTIONS,
  FEATURE_HEADS,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  NOT_PLACES,
  TITLES,
} from "./lexicon";
import { placeNounBefore } from "./candidates";
import { ruleStage } from "./rules";
import type { PlaceRule } from "./types";

/** "SAN JOSE" → "San Jose": how running text would write a name from a headline. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

export const COMMON_WORD_RULES: PlaceRule[] = [
  {
    name: "direction",
    reason: "direction",
    test: (c) =>
      c.via === "name" &&
      // A single word, nearly every candidate, is asked without splitting its key.
      (c.single
        ? DIRECTIONS.has(c.key) || NAME_CONNECTORS.has(c.key)
        : c.key.split(" ").every((w) => DIRECTIONS.has(w) || NAME_CONNECTORS.has(w))) &&
      !c.candidates.some((e) => e.kind === "region" || e.kind === "continent"),
    examples: ["The [North] voted."],
    nonExamples: ["The [Nordmark] voted."],
  },
  {
    name: "vehicle",
    reason: "vehicle",
    // "a 1992 Toyota Corolla": a year, a make, a model.
    test: (c, { text }) =>
      c.via === "name" &&
      /(?:^|[^,\d])\s(?:19|20)\d\d\s+$/.test(
        text.slice(Math.max(0, c.first.start - 8), c.first.start),
      ) &&
      ((c.nextJoined &&
        !!c.next &&
        !ADMIN_HEADS.has(c.next.lower) &&
        !FEATURE_HEADS.has(c.next.lower)) ||
        /^\s+(?:sedan|truck|pickup|car|suv|van|minivan|coupe|wagon|motorcycle)\b/i.test(
          text.slice(c.end, c.end + 12),
        )),
    examples: ["He drove a 1998 [Velkin] sedan.", "He drove a 2004 [Tyler] Ranger."],
    nonExamples: ["He moved in 1998 to [Velkin].", "In May 2004 [Tyler] voted."],
  },
  {
    name: "calendar-word",
    reason: "not a place",
    test: (c) =>
      c.via === "name" &&
      c.single &&
      (CALENDAR_WORDS.has(c.key) || NOT_PLACES.has(c.key)) &&
      !c.commaAfter,
    examples: ["The talks ran through [May]."],
    nonExamples: ["The mill in [May], Texas, closed."],
  },
  {
    name: "currency",
    reason: "currency",
    test: (c, { text }) => c.via === "name" && text.charAt(c.end) === "$",
    examples: ["It cost [US]$40 million."],
    nonExamples: ["It cost the [US] $40 million."],
  },
  {
    name: "headline-capitals",
    reason: "headline capitals",
    // A headline in capitals says nothing about which words are names: "TRUMP MEETS SALVADOR
    // LEADER". A town there counts after a preposition (itself in capitals) or when the text
    // names it.
    test: (c, { text, capsLines }) =>
      c.via === "name" &&
      !(c.prev && LOCATIVE_PREPOSITIONS.has(c.prev.lower)) &&
      capsLines.some(([from, to]) => c.first.start >= from && c.first.start < to) &&
      c.candidates.every((e) => e.kind === "city") &&
      !text.includes(titleCase(text.slice(c.first.start, c.end))),
    examples: ["[QUENBY] MAYOR QUITS\nThe mayor of a town quit."],
    nonExamples: [
      "MAYOR QUITS IN [QUENBY]\nThe mayor quit.",
      "[QUENBY] MAYOR QUITS\nQuenby is sad.",
    ],
  },
  {
    name: "acronym",
    reason: "acronym",
    afterHead: true,
    // "US", "UK", "UAE" are countries; other short capitals are acronyms ("UN", "ALMA"), except
    // a sizeable town opening a wire dateline ("KYIV, June 3", "ROME —").
    test: (c) =>
      c.via === "name" &&
      c.single &&
      c.first.allCaps &&
      c.key.length <= 4 &&
      !c.candidates.some(
        (e) => e.kind === "country" || e.kind === "continent" || e.kind === "region",
      ) &&
      !(c.dateline && c.candidates.some((e) => e.population >= 1e5)),
    examples: ["The [VORA] group met."],
    nonExamples: ["[VORA], June 3 (Reuters) - Talks began.", "The [US] group met."],
  },
  {
    name: "ordinary-word",
    reason: "common word",
    afterHead: true,
    test: (c, { text, tokens, lowered }) => {
      if (c.via !== "name" || !c.single || (c.first.allCaps && c.key.length <= 4)) return false;
      const singular = c.key.endsWith("s") ? c.key.slice(0, -1) : c.key;
      const ordinary =
        COMMON_WORDS.has(c.key) ||
        COMMON_WORDS.has(singular) ||
        TITLES.has(c.key) ||
        lowered.has(c.key);
      // "in Mobile", "in Reading" are towns; "at Church", "in Spring 2002" are not: an ordinary
      // word after a preposition counts only for a sizeable town, and never before a year. After
      // "the town of" any town counts.
      const sizeable = c.candidates.some((e) => e.kind !== "city" || e.population >= 50000);
      const beforeYear = /^\s+(?:1[89]|20)\d\d\b/.test(text.slice(c.end, c.end + 6));
      const cued =
        placeNounBefore(tokens, c.from - 1) ||
        (c.locative && !c.first.sentStart && sizeable && !beforeYear);
      return ordinary && (c.nextJoined || !cued) && !c.commaAfter;
    },
    examples: ["[Reading] is fun.", "We met at [Reading] Hall."],
    nonExamples: [
      "She works in [Reading] now.",
      "Then [Velkin] rose.",
      "She lives in the town of [North] now.",
    ],
  },
  {
    name: "ordinary-words",
    reason: "common words",
    afterHead: true,
    test: (c) =>
      c.via === "name" &&
      !c.single &&
      c.first.sentStart &&
      !c.locative &&
      c.key.split(" ").every((w) => COMMON_WORDS.has(w) || NAME_CONNECTORS.has(w)),
    examples: ["[Great Falls] of water fell."],
    nonExamples: [
      "We saw [Great Falls] today.",
      "Rain fell. [GREAT FALLS] — A dam broke.",
      "[Great Falls]-based firms grew.",
    ],
  },
];

export const filterCommonWords = ruleStage("common word", COMMON_WORD_RULES);
