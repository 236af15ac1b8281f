// Stage 3: the person filter. A place name is often a person's: a surname after a given name or
// a title ("Ana Lisbon said"), a given name before a surname ("Tyler Brown"), a nickname in
// quotes, or a word the document already uses as someone's name. The sentence decides.
import { foldName } from "./fold";
import { longestMatch } from "./candidates";
import type { Gazetteer } from "./gazetteer";
import { MAPPED_SITES } from "./headedNames";
import {
  ADMIN_HEADS,
  COMMON_WORDS,
  COMPANY_HEADS,
  FEATURE_HEADS,
  FIRST_NAMES,
  LOCATIVE_PREPOSITIONS,
  MEDIA_HEADS,
  SITE_HEADS,
  SPEECH_VERBS,
  STREET_HEADS,
  TITLES,
} from "./lexicon";
import { givenNameLike } from "./persons";
import { ruleStage } from "./rules";
import { type Token, isSpaceGap, runStart } from "./tokens";
import type { Candidate, PlaceRule } from "./types";

/** Every reading is of a town smaller than `population`: a namesake, not a place named abroad. */
export const smallTowns = (c: Candidate, population: number): boolean =>
  c.candidates.every((e) => e.kind === "city" && e.population < population);

/**
 * The next word when it joins the name ("Velkin Tribune", "Tyler Brown") and is no street's or
 * feature's head, which the head-word stage reads.
 */
export function joinedWord(c: Candidate): string | undefined {
  const w = c.next?.lower;
  if (!c.nextJoined || !w || STREET_HEADS.has(w) || FEATURE_HEADS.has(w)) return undefined;
  return w;
}

/** A joined word that heads no kind of name: "Tyler Brown", not "Quenby Tribune" or "Quenby Day". */
function nextIsAName(c: Candidate): boolean {
  const w = joinedWord(c);
  return (
    !!w &&
    !MEDIA_HEADS.has(w) &&
    w !== "day" &&
    !COMPANY_HEADS.has(w) &&
    !ADMIN_HEADS.has(w) &&
    !(SITE_HEADS.has(w) && MAPPED_SITES.has(w))
  );
}

/**
 * "'Havana Harry'", "\u201cLou Lisbon\u201d": a place name and a given name quoted together are
 * a nickname. Longer quoted titles are left alone: "Stars Over Springfield" is held there.
 */
function quotedNickname(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
  lowered: Set<string>,
): boolean {
  const b = runStart(tokens, i);
  const e = b === i ? i + 1 : i;
  const other = tokens[b === i ? i + 1 : b];
  const end = tokens[e];
  if (!other || !end || e !== b + 1 || !isSpaceGap(end.gap)) return false;
  if (tokens[e + 1]?.cap && isSpaceGap(tokens[e + 1]?.gap ?? "")) return false;
  const open = tokens[b]?.gap.slice(-1) ?? "";
  const close = text.charAt(end.end);
  return (
    /['"\u2018\u201c]/.test(open) &&
    /['"\u2019\u201d]/.test(close) &&
    givenNameLike(other, gaz, lowered)
  );
}

/**
 * A verb of saying after a town that is no country or region ("Olwen Strelsau said"): towns
 * speak only under their own name, and a big one is still a surname after an unknown given name.
 */
function speaks(c: Candidate): boolean {
  return (
    !!c.next &&
    isSpaceGap(c.next.gap) &&
    SPEECH_VERBS.has(c.next.lower) &&
    c.candidates.every((e) => e.kind === "city" || e.kind === "admin")
  );
}

/**
 * "Blair Norton", "Socorro Molina": two town names in a row that are no town together are a
 * person's names.
 */
function townPair(
  c: Candidate,
  tokens: Token[],
  text: string,
  gaz: Gazetteer,
  lowered: Set<string>,
): boolean {
  const next = c.next;
  if (!c.single || !c.nextJoined || !next || !smallTowns(c, Infinity)) return false;
  const after = longestMatch(text, tokens, c.to + 1, gaz);
  const w = next.lower;
  const nameLike =
    !COMMON_WORDS.has(w) &&
    !COMMON_WORDS.has(w.replace(/s$/, "")) &&
    !lowered.has(w) &&
    !STREET_HEADS.has(w) &&
    !FEATURE_HEADS.has(w) &&
    !SITE_HEADS.has(w) &&
    !ADMIN_HEADS.has(w) &&
    !MEDIA_HEADS.has(w) &&
    !TITLES.has(w);
  const selfNameLike = !COMMON_WORDS.has(c.key) && !lowered.has(c.key);
  if (
    !nameLike ||
    !selfNameLike ||
    !after ||
    after.via !== "name" ||
    after.from !== after.to ||
    !after.candidates.every((e) => e.kind === "city")
  )
    return false;
  const afterNext = tokens[after.to + 1];
  const third = afterNext && afterNext.cap && isSpaceGap(afterNext.gap);
  return !third || !FEATURE_HEADS.has(afterNext.lower);
}

/**
 * Harry "Havana" Jones, “Havana” Harry: a place name quoted alone, right beside a person's
 * name, is a nickname.
 */
function quotedBesideName(
  text: string,
  c: Candidate,
  gaz: Gazetteer,
  lowered: Set<string>,
): boolean {
  if (!/['"‘“]\s*$/.test(c.first.gap) || !/^['"’”]/.test(text.slice(c.end))) {
    return false;
  }
  const prev = c.prev;
  const next = c.next;
  const before =
    !!prev?.cap && /^\s+['"‘“]$/.test(c.first.gap) && givenNameLike(prev, gaz, lowered);
  const after = !!next?.cap && /^['"’”]\s+$/.test(next.gap) && givenNameLike(next, gaz, lowered);
  return before || after;
}

/**
 * Is the name of two words at token k a speaker's? A verb of saying follows it ("Ruritania
 * Hallam said") or precedes it and the clause ends ("said Ruritania Hallam."), or, after a
 * country's name, an apposition follows ("Ruritania Hallam, the minister,"). Not after a town's
 * or a state's: local news describes its businesses and teams so ("the Velkin Galleria, the
 * ...", "the Texas Rangers, who").
 */
function speakerSlot(tokens: Token[], k: number, country: boolean): boolean {
  const after = tokens[k + 2];
  const before = tokens[k - 1];
  if (after && !after.cap && isSpaceGap(after.gap) && SPEECH_VERBS.has(after.lower)) return true;
  const apposition = /^(?:the|a|an|who|\d{1,3})$/.test(after?.lower ?? "");
  if (country && after && /^,\s+$/.test(after.gap) && apposition)
    return !before || before.cap || !LOCATIVE_PREPOSITIONS.has(before.lower);
  const end = !after || /^\s*[.,;]/.test(after.gap);
  return end && !!before && !before.cap && SPEECH_VERBS.has(before.lower);
}

/**
 * "Ruritania Hallam said": a place's name at token k, then a surname-like word, in a speaker's
 * slot. The surname heads no kind of name and is no ordinary word, title, demonym or place
 * bigger than a town.
 */
function placeNamedSpeaker(
  tokens: Token[],
  k: number,
  gaz: Gazetteer,
  lowered: Set<string>,
): boolean {
  const first = tokens[k];
  const surname = tokens[k + 1];
  if (!first?.cap || first.allCaps || !surname?.cap || !isSpaceGap(surname.gap)) return false;
  const places = gaz.lookupFolded(foldName(first.text));
  if (
    !speakerSlot(
      tokens,
      k,
      places.some((e) => e.kind === "country"),
    )
  )
    return false;
  const w = surname.lower;
  const folded = foldName(surname.text);
  return (
    places.length > 0 &&
    !surname.allCaps &&
    !/['\u2019]s$/i.test(surname.text) &&
    ![
      COMMON_WORDS,
      TITLES,
      MEDIA_HEADS,
      COMPANY_HEADS,
      ADMIN_HEADS,
      STREET_HEADS,
      FEATURE_HEADS,
      SITE_HEADS,
    ].some((words) => words.has(w)) &&
    w !== "day" &&
    !lowered.has(w) &&
    !gaz.lookupFolded(folded).some((e) => e.kind !== "city") &&
    !gaz.demonymFolded(folded)
  );
}

/** "the Duchess of Velkin", "the Prince of Quenby": a title of nobility, not where its holder is. */
const NOBLE_TITLES =
  /^(?:duke|duchess|earl|countess|marquess|marquis|baron|baroness|viscount|viscountess|prince|princess)$/;

export const PERSON_RULES: PlaceRule[] = [
  {
    name: "title-or-given-name-before",
    reason: "person",
    test: (c) =>
      c.via === "name" &&
      c.prevJoined &&
      !!c.prev &&
      (TITLES.has(c.prev.lower) || FIRST_NAMES.has(c.prev.lower)),
    examples: ["Senator [Quenby] voted no.", "Mary [Strelsau] spoke."],
    nonExamples: ["In [Quenby] the vote failed.", "The senator visited [Quenby]."],
  },
  {
    name: "given-name-and-particle",
    reason: "person",
    test: (c, { tokens }) => {
      const after = tokens[c.to + 2];
      return (
        c.via === "name" &&
        c.single &&
        c.nextJoined &&
        !!c.next &&
        /^(de|di|da|del|della|van|von|der|du|dos|das|le|la|bin|ibn)$/.test(c.next.lower) &&
        !!after?.cap &&
        isSpaceGap(after.gap) &&
        smallTowns(c, 100000)
      );
    },
    examples: ["[Quenby] Van Damme arrived."],
    nonExamples: ["[Quenby] and Van Damme arrived.", "[Szohod] Van Damme arrived."],
  },
  {
    name: "quoted-nickname",
    reason: "nickname",
    test: (c, { text, tokens, gaz, lowered }) =>
      c.via === "name" && c.single && quotedNickname(text, tokens, c.from, gaz, lowered),
    examples: ["The boxer '[Velkin] Harry' won.", "They called him \u201cLou [Quenby]\u201d."],
    nonExamples: ["The film 'Stars Over [Velkin]' opened."],
  },
  {
    name: "quoted-nickname-beside-name",
    reason: "nickname",
    test: (c, { text, gaz, lowered }) =>
      c.via === "name" && c.single && quotedBesideName(text, c, gaz, lowered),
    examples: [
      'The boxer Harry "[Velkin]" Hallam won.',
      "The boxer \u201c[Velkin]\u201d Harry won.",
    ],
    nonExamples: ['The so-called "[Velkin]" accord failed.', 'Talks in "[Velkin]" Hall failed.'],
  },
  {
    name: "noble-title",
    reason: "person",
    test: (c, { tokens }) => {
      const of = tokens[c.from - 1];
      const title = tokens[c.from - 2];
      return (
        c.via === "name" &&
        of?.lower === "of" &&
        !of.cap &&
        !!title?.cap &&
        NOBLE_TITLES.test(title.lower)
      );
    },
    examples: ["The Duchess of [Quenby] visited."],
    nonExamples: ["The mayor of [Quenby] visited.", "The duchess went to [Quenby]."],
  },
  {
    name: "unknown-given-name-before",
    reason: "person",
    test: (c, { tokens, gaz, lowered }) => {
      const prev = c.prev;
      return (
        c.via === "name" &&
        c.single &&
        !!prev &&
        prev.cap &&
        isSpaceGap(c.first.gap) &&
        c.nextIsEnd &&
        givenNameLike(prev, gaz, lowered) &&
        !(tokens[c.from - 2] && /^(the|a|an)$/i.test(tokens[c.from - 2]?.lower ?? "")) &&
        (smallTowns(c, 100000) || speaks(c))
      );
    },
    examples: ["Yesterday Olwen [Quenby] resigned.", "Yesterday Olwen [Strelsau] said no."],
    nonExamples: [
      "Yesterday Olwen visited [Quenby].",
      "Yesterday Olwen [Szohod] resigned.",
      "Yesterday Olwen [Ruritania] said no.",
    ],
  },
  {
    name: "title-abbreviation",
    reason: "person",
    test: (c) =>
      c.via === "name" &&
      !!c.prev &&
      TITLES.has(c.prev.lower) &&
      c.prev.cap &&
      /^\. ?$/.test(c.first.gap),
    examples: ["Then Dr.[Quenby] left.", "The speech by Gov. [Velkin] ran long."],
    nonExamples: ["The speech in [Velkin] ran long."],
  },
  {
    name: "town-pair",
    reason: "person-pair",
    test: (c, { text, tokens, gaz, lowered }) =>
      c.via === "name" && townPair(c, tokens, text, gaz, lowered),
    examples: ["Then [Quenby] Velkin resigned."],
    nonExamples: ["Then [Quenby] Lake froze.", "Then [Quenby] and Velkin merged."],
  },
  {
    name: "given-name-town",
    reason: "person-first",
    test: (c) =>
      c.via === "name" &&
      c.single &&
      !c.locative &&
      !c.commaAfter &&
      FIRST_NAMES.has(c.key) &&
      smallTowns(c, 100000),
    examples: ["When [Ruth] and I met, we talked."],
    nonExamples: ["When we drove to [Ruth] we talked."],
  },
  {
    name: "given-name-before-name",
    reason: "person",
    afterHead: true,
    test: (c, { gaz }) =>
      c.via === "name" &&
      nextIsAName(c) &&
      c.single &&
      FIRST_NAMES.has(c.key) &&
      !COMMON_WORDS.has(c.next?.lower ?? "") &&
      !gaz.lookupFolded(foldName(c.next?.text ?? "")).some((e) => e.kind !== "city"),
    examples: ["Then [Ruth] Hallam spoke."],
    nonExamples: ["Then [Ruth] County voted.", "Then [Ruth] Ruritania spoke."],
  },
  {
    // A country or region is a given name too ("Israel", "Georgia", "Jordan"): before a surname
    // and a verb of saying it is a speaker, whatever its size. A head word after it ("Jordan
    // Valley") or a common word ("Israel Defense Forces") keeps the place.
    name: "place-as-given-name",
    reason: "person",
    afterHead: true,
    test: (c, { tokens, gaz, lowered }) =>
      c.via === "name" && c.single && placeNamedSpeaker(tokens, c.from, gaz, lowered),
    examples: [
      "[Ruritania] Hallam said the talks would go on.",
      "[Ruritania] Katz told reporters.",
      "The talks will go on, said [Ruritania] Hallam.",
      "[Ruritania] Hallam, the minister, spoke.",
    ],
    nonExamples: [
      "Talks were held in [Ruritania] Hallam, a village.",
      "Shops at the [Quenby] Galleria, the mall, closed.",
      "The talks will go on, said [Ruritania] Radio.",
      "The [Ruritania] Defense Forces said no.",
      "The [Ruritania] Valley said no.",
      "[Ruritania] Radio said no.",
      "[Ruritania] said Hallam would go.",
    ],
  },
  {
    // ... and the surname after it is no place either, though a town may share it.
    name: "surname-after-place-given-name",
    reason: "person",
    test: (c, { tokens, gaz, lowered }) =>
      c.via === "name" && c.single && placeNamedSpeaker(tokens, c.from - 1, gaz, lowered),
    examples: ["Ruritania [Quenby] said the talks would go on."],
    nonExamples: ["In Ruritania, [Quenby] said the talks would go on.", "Olwen [Quenby] spoke."],
  },
  {
    name: "town-before-unknown-name",
    reason: "person",
    afterHead: true,
    test: (c, { gaz, lowered }) => {
      const next = c.next;
      return (
        c.via === "name" &&
        nextIsAName(c) &&
        !!next &&
        c.single &&
        !c.locative &&
        !c.articleBefore &&
        smallTowns(c, Infinity) &&
        givenNameLike(next, gaz, lowered) &&
        !/s$/.test(next.lower) && // plurals head institutions: "Velkin Seniors", "Quenby Elks"
        !c.thirdName &&
        !FEATURE_HEADS.has(next.lower) &&
        !SITE_HEADS.has(next.lower) &&
        !TITLES.has(next.lower)
      );
    },
    examples: ["Then [Quenby] Hallam spoke."],
    nonExamples: ["Then the [Quenby] Hallam Trust spoke.", "Then [Quenby] Elks met."],
  },
  {
    name: "known-person",
    reason: "person",
    afterHead: true,
    // After a preposition a person's name is still a person's when possessive ("errors in
    // Howard's plan" once "John Howard" has appeared), or when the next word is that person's
    // too ("according to Amina Salum, 34,").
    test: (c, { persons }) =>
      c.via === "name" &&
      c.single &&
      (!c.locative ||
        c.end !== c.last.end ||
        (c.nextJoined && !!c.next && persons.has(foldName(c.next.text)))) &&
      !c.commaAfter &&
      persons.has(c.key),
    examples: [
      "Olwen Quenby said so. Later [Quenby] left.",
      "Sheriff Olwen Quenby said so. It burned, according to [Quenby].",
    ],
    nonExamples: ["Olwen Quenby said so. Later she went to [Quenby]."],
  },
];

export const filterPersons = ruleStage("person", PERSON_RULES);
