// Stage 4: the organisation filter. Places lend their names to ships, code names, companies,
// clubs, papers, holidays, installations and hyphenated names ("Wal-Mart"): the word after the
// name, or the words around it, say which.
import { foldName } from "./fold";
import { MAPPED_SITES } from "./headedNames";
import {
  ADMIN_HEADS,
  CODE_NAME_PREFIXES,
  COMPANY_HEADS,
  COMPANY_OPENERS,
  INSTITUTION_HEADS,
  MEDIA_HEADS,
  ORGANISATION_NOUNS,
  SITE_HEADS,
  STREET_HEADS,
  TITLES,
  VESSEL_NOUNS,
  VESSEL_PREFIXES,
} from "./lexicon";
import { locativeBefore, regionAfterComma } from "./candidates";
import { joinedWord, smallTowns } from "./filterPersons";
import { ruleStage } from "./rules";
import { type Token, isSpaceGap, runStart, withoutPossessive } from "./tokens";
import type { PlaceContext, PlaceRule } from "./types";

/**
 * Is the capitalised run holding token i a vessel's name? The word before the run says so: a
 * ship noun in lower case ("the freighter Lagos Star") or a hull prefix ("HMS Dover").
 */
function vesselName(tokens: Token[], i: number): boolean {
  const b = runStart(tokens, i);
  for (let k = b; k < i; k++) {
    const t = tokens[k];
    if (t?.allCaps && VESSEL_PREFIXES.has(t.lower)) return true;
  }
  const before = tokens[b - 1];
  return !!before && isSpaceGap(tokens[b]?.gap ?? "") && VESSEL_NOUNS.has(before.lower);
}

/**
 * Does a lower-case organisation noun open the capitalised run holding token i ("the school
 * Santa Velkin", "the airline Ruritania")? Then the run is that organisation's name.
 */
function namedByNoun(tokens: Token[], i: number): boolean {
  const b = runStart(tokens, i);
  const before = tokens[b - 1];
  return (
    !!before &&
    !before.cap &&
    isSpaceGap(tokens[b]?.gap ?? "") &&
    ORGANISATION_NOUNS.has(before.lower)
  );
}

/**
 * "Organization of American States", "Union of the Ruritanian Peoples": a name of the form
 * "Head of (the) ..." runs on through token i, which then ties the text to no country.
 */
function insideOfName(tokens: Token[], i: number): boolean {
  let k = i - 1;
  if (tokens[k]?.lower === "the" && !tokens[k]?.cap) k--;
  const of = tokens[k];
  const head = tokens[k - 1];
  return (
    of?.lower === "of" &&
    !of.cap &&
    isSpaceGap(of.gap) &&
    isSpaceGap(tokens[k + 1]?.gap ?? "") &&
    !!head?.cap &&
    !head.sentStart
  );
}

/**
 * Particles between a company's opening word and its place: "Banco de", "Banque du". Not "of":
 * local news names the town in "First Bank of Quenby" as a place, and English-named banks
 * cost more places than they spared.
 */
const COMPANY_PARTICLES = /^(?:de|del|do|da|du|des|di|della|d)$/;

/**
 * "Petróleos de Velkin", "Banco Nacional de Quenby", "Air Ruritania": a company's name opened
 * by a head word in another language runs on, through capitalised words and particles, to the
 * place at token i. Four words back at most: company names are short.
 */
function companyOpened(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    const t = tokens[k];
    const joined = tokens[k + 1];
    if (!t || !joined || !(isSpaceGap(joined.gap) || /^['’]$/.test(joined.gap))) return false;
    if (t.cap && COMPANY_OPENERS.has(foldName(t.text))) return true;
    if (!t.cap && !COMPANY_PARTICLES.test(t.lower)) return false;
  }
  return false;
}

/** "Operation Rio Grande", "Exercise Dover Shield": a code name, whatever places it borrows. */
function codeName(tokens: Token[], i: number): boolean {
  const b = runStart(tokens, i);
  return b < i && CODE_NAME_PREFIXES.has(tokens[b]?.lower ?? "");
}

/**
 * Does the text use the word `key` (a single word) in an institution's name ("Velkin Center")
 * and never as a place (after "in", before ", Texas")? Then every bare use of it is that
 * institution or its namesake ("Velkin staff"), one sense per discourse. The words so used are
 * found in one pass over the document, on the first question.
 */
function institutionOnly(ctx: PlaceContext, key: string): boolean {
  let words = INSTITUTION_WORDS.get(ctx);
  if (!words) INSTITUTION_WORDS.set(ctx, (words = institutionWords(ctx)));
  return words.has(key);
}

function institutionWords({ text, tokens, gaz }: PlaceContext): Set<string> {
  const named = new Set<string>();
  const placed = new Set<string>();
  tokens.forEach((t, k) => {
    if (!t.cap) return;
    const key = foldName(withoutPossessive(t).text);
    const next = tokens[k + 1];
    if (next?.cap && isSpaceGap(next.gap) && INSTITUTION_HEADS.has(next.lower)) named.add(key);
    if (locativeBefore(tokens, k - 1) || regionAfterComma(text, next, gaz)) placed.add(key);
  });
  for (const key of placed) named.delete(key);
  return named;
}

const INSTITUTION_WORDS = new WeakMap<PlaceContext, Set<string>>();

/** Words for an edition, between a paper's town and its head: "the Velkin Evening Post". */
const EDITIONS = /^(?:morning|evening|sunday|saturday|weekend|weekly|daily)$/;

/** Lower-case words that make the town before them a sports club: "Velkin manager", "Quenby fans". */
const CLUB_ROLES =
  /^\s+(?:manager|coach|striker|midfielder|defender|goalkeeper|winger|fans|supporters|boss|captain|squad)\b/;

/** Words that open a club's name before its town: "Real Quenby", "Dynamo Velkin", "FC Quenby". */
const CLUB_PREFIXES = new Set(
  "real inter ac fc afc sc atletico atlético sporting dynamo dinamo olympique borussia racing deportivo".split(
    " ",
  ),
);

/** A verb or preposition of a match, right beside a club's name: "Quenby beat Velkin 2-1". */
const MATCH_WORDS =
  /^(?:beat|beats|defeated|defeat|drew|draw|lost|edged|thrashed|routed|hosts|hosted|against|vs|v)$/;

/** A score in the sentence around a match: "2-1", "3–0". */
function sentenceHasScore(text: string, at: number): boolean {
  const from = Math.max(text.lastIndexOf(".", at), text.lastIndexOf("\n", at)) + 1;
  let to = text.slice(at).search(/[.\n]\s/);
  to = to < 0 ? text.length : at + to;
  return /\b\d{1,2}\s?[-–]\s?\d{1,2}\b/.test(text.slice(from, to));
}

export const ORGANISATION_RULES: PlaceRule[] = [
  {
    name: "vessel",
    reason: "vessel",
    test: (c, { tokens }) => c.via === "name" && vesselName(tokens, c.from),
    examples: ["The freighter [Velkin] Star docked.", "HMS [Quenby] sailed."],
    nonExamples: ["The freighter docked at [Velkin]."],
  },
  {
    name: "organisation-noun",
    reason: "organisation",
    test: (c, { tokens }) => c.via === "name" && namedByNoun(tokens, c.from),
    examples: [
      "Pupils of the school [Quenby] Hall left.",
      "The newspaper [Velkin] Herald said so.",
      "The state airline [Ruritania] cut flights.",
    ],
    nonExamples: ["The school in [Quenby] closed.", "The airline flew to [Ruritania]."],
  },
  {
    name: "code-name",
    reason: "code name",
    test: (c, { tokens }) => codeName(tokens, c.from),
    examples: ["Operation [Velkin] Shield began.", "Operation [Ruritanian] Dawn began."],
    nonExamples: ["The operation in [Velkin] began."],
  },
  {
    name: "house-number",
    reason: "address",
    // "300 Slater is assigned" once "300 Slater Street" has appeared.
    test: (c, { text, streets }) =>
      c.via === "name" &&
      c.single &&
      streets.has(c.key) &&
      !(c.nextHead && !!c.next && STREET_HEADS.has(c.next.lower)) &&
      /\b\d{1,5}[a-z]?\s+$/i.test(text.slice(Math.max(0, c.first.start - 8), c.first.start)),
    examples: ["He lives at 12 Velkin Street. Police came to 12 [Velkin] twice."],
    nonExamples: ["He lives at 12 Velkin Street. Later [Velkin] grew."],
  },
  {
    name: "hyphen-before",
    reason: "inside a hyphenated name",
    // "Wal-Mart", "Webb-Lawton"; not party tags ("R-Brackton") or "Egyptian-US relations".
    test: (c, { gaz }) =>
      c.via === "name" &&
      !!c.prev &&
      c.prev.cap &&
      c.first.gap === "-" &&
      !/^[DRI]$/.test(c.prev.text) &&
      !gaz.hasFolded(foldName(c.prev.text)) &&
      !gaz.demonymFolded(foldName(c.prev.text)),
    examples: ["The Hallam-[Quenby] merger closed."],
    nonExamples: ["Senator Pell (R-[Quenby]) spoke.", "The Ruritanian-[Quenby] border closed."],
  },
  {
    name: "hyphen-particle",
    reason: "inside a hyphenated name",
    // "Tehrik-e-Taliban", "Hizb-ut-Tahrir".
    test: (c, { tokens }) =>
      c.via === "name" &&
      !!c.prev &&
      !c.prev.cap &&
      c.first.gap === "-" &&
      c.prev.gap === "-" &&
      c.prev.text.length <= 3 &&
      !!tokens[c.from - 2]?.cap,
    examples: ["The Hizb-ut-[Quenby] group spoke."],
    nonExamples: ["The anti-[Quenby] group spoke."],
  },
  {
    name: "hyphen-after",
    reason: "inside a hyphenated name",
    // "Athens-Clarke County", "Watertown-ML" still name the place; "Agence France-Presse" not.
    test: (c, { gaz }) => {
      const next = c.next;
      return (
        c.via === "name" &&
        !!next &&
        next.cap &&
        next.gap === "-" &&
        !gaz.hasFolded(foldName(next.text)) &&
        (MEDIA_HEADS.has(next.lower) ||
          !(next.allCaps || c.candidates.some((e) => e.kind !== "city" || e.population >= 50000)))
      );
    },
    examples: ["The [Quenby]-Hallam merger closed.", "The [Szohod]-Tribune reported it."],
    nonExamples: ["The [Szohod]-Hallam merger closed.", "The [Quenby]-Velkin road closed."],
  },
  {
    name: "media-title",
    reason: "media title",
    afterHead: true,
    test: (c, { tokens }) => {
      if (c.via !== "name") return false;
      const w = joinedWord(c) ?? "";
      if (MEDIA_HEADS.has(w)) return true;
      // "the Velkin Morning Herald", "the Quenby Sunday Times": an edition before the head.
      const head = tokens[c.to + 2];
      return EDITIONS.test(w) && !!head?.cap && isSpaceGap(head.gap) && MEDIA_HEADS.has(head.lower);
    },
    examples: [
      "The [Velkin] Tribune reported it.",
      "The [Velkin] Morning Herald reported it.",
      "The [Velkin] Citizen reported it.",
      "The [Quenby] Examiner and the Velkin Courier agreed.",
    ],
    nonExamples: ["A tribune in [Velkin] reported it.", "A citizen of [Velkin] reported it."],
  },
  {
    // The title's own last word, when a town shares it ("the Velkin Mercury").
    name: "media-title-head",
    reason: "media title",
    test: (c) => c.via === "name" && c.single && c.prevJoined && MEDIA_HEADS.has(c.key),
    examples: ["The Velkin [Mercury] reported it."],
    nonExamples: ["The paper in [Mercury] reported it."],
  },
  {
    name: "holiday",
    reason: "holiday",
    afterHead: true,
    // Possessive too: "St. Quenby's Day", "Velkin's Day".
    test: (c) => c.via === "name" && c.nextHead && c.next?.lower === "day",
    examples: ["They marked [Ruritania] Day.", "They marked [Quenby]'s Day."],
    nonExamples: ["They marked the day in [Ruritania].", "They marked [Quenby]'s day off."],
  },
  {
    name: "company-head",
    reason: "company",
    afterHead: true,
    test: (c) => {
      const w = joinedWord(c) ?? "";
      return c.via === "name" && !MEDIA_HEADS.has(w) && w !== "day" && COMPANY_HEADS.has(w);
    },
    examples: [
      "Shares of [Velkin] Motors fell.",
      "[Dublin] United won.",
      "She runs the [Velkin] Guest House.",
    ],
    nonExamples: ["Shares fell in [Velkin] today."],
  },
  {
    name: "company-opener",
    reason: "company",
    test: (c, { tokens }) =>
      (c.via === "name" || c.via === "demonym") && companyOpened(tokens, c.from),
    examples: [
      "Petróleos de [Velkin] cut jobs.",
      "Banco Nacional de [Quenby] fell.",
      "Shares of Air [Ruritania] fell.",
    ],
    nonExamples: [
      "Oil output in [Velkin] fell.",
      "The air over [Quenby] cleared.",
      "The First Bank of [Quenby] was robbed.",
    ],
  },
  {
    name: "sports-club",
    reason: "club",
    // A town's club, never a country's team: the text must name a role or a match with a score.
    test: (c, { text, tokens }) => {
      if (c.via !== "name" || !c.candidates.every((e) => e.kind === "city" || e.kind === "admin"))
        return false;
      // "the Velkin County manager", "the Quenby City manager" run a council, not a club.
      const last = c.last.lower;
      if (ADMIN_HEADS.has(last) || last === "city" || last === "town") return false;
      if (c.next && !c.next.cap && CLUB_ROLES.test(text.slice(c.end, c.end + 14))) return true;
      if (c.prevJoined && c.prev && CLUB_PREFIXES.has(c.prev.lower)) return true;
      const before = tokens[c.from - 1];
      const after = tokens[c.to + 1];
      const match =
        (!!before && !before.cap && MATCH_WORDS.test(before.lower)) ||
        (!!after && !after.cap && MATCH_WORDS.test(after.lower));
      return match && sentenceHasScore(text, c.first.start);
    },
    examples: [
      "[Quenby] beat Velkin 2-1 on Saturday.",
      "Quenby beat [Velkin] 2-1 on Saturday.",
      "The [Quenby] manager was sacked.",
      "He joined Dynamo [Velkin] in May.",
    ],
    nonExamples: [
      "Storms beat [Quenby] for two days.",
      "The [Quenby] council was sacked.",
      "[Ruritania] beat Velkin 2-1 on Saturday.",
      "The [Nordmark Oblast] manager was sacked.",
    ],
  },
  {
    name: "institution-only",
    reason: "institution",
    afterHead: true,
    test: (c, ctx) =>
      c.via === "name" &&
      c.single &&
      !c.prevJoined &&
      !c.locative &&
      !c.commaAfter &&
      smallTowns(c, 100000) &&
      institutionOnly(ctx, c.key),
    examples: [
      "Funds for the Quenby Center ran out. [Quenby] staff left.",
      "Funds for the [Quenby] Center ran out.",
    ],
    nonExamples: [
      "Funds for the Quenby Center in Quenby ran out. [Quenby] staff left.",
      "Funds for the [Quenby] Police ran out.",
      "Funds for the Little [Quenby] Center ran out.",
    ],
  },
  {
    name: "named-site",
    reason: "site",
    afterHead: true,
    // "Lakeside Airport": the site is read whole by the scan stage.
    test: (c) => {
      const w = joinedWord(c) ?? "";
      return (
        c.via === "name" &&
        !MEDIA_HEADS.has(w) &&
        w !== "day" &&
        !COMPANY_HEADS.has(w) &&
        !ADMIN_HEADS.has(w) &&
        SITE_HEADS.has(w) &&
        MAPPED_SITES.has(w)
      );
    },
    examples: ["Jets left [Velkin] Airport."],
    nonExamples: ["Jets left [Velkin] at dawn."],
  },
  {
    name: "site-word",
    reason: "site",
    afterHead: true,
    // "the Quenby air base".
    test: (c) =>
      c.via === "name" &&
      !!c.next &&
      !c.next.cap &&
      isSpaceGap(c.next.gap) &&
      /^(air|airport|airfield|base)$/.test(c.next.lower),
    examples: ["Jets left the [Quenby] air base."],
    nonExamples: ["Jets left [Quenby] by air."],
  },
  {
    name: "demonym-company",
    reason: "company",
    test: (c) => c.via === "demonym" && c.nextJoined && !!c.next && COMPANY_HEADS.has(c.next.lower),
    examples: ["Shares of [Ruritanian] Airlines fell."],
    nonExamples: ["Shares of [Ruritanian] firms fell."],
  },
  {
    name: "demonym-inside-name",
    reason: "inside a longer name",
    // "Organization of Ruritanian States"; not "the Congress of Ruritanian President X".
    test: (c, { tokens }) =>
      c.via === "demonym" &&
      c.nextJoined &&
      !!c.next &&
      !TITLES.has(c.next.lower) &&
      !COMPANY_HEADS.has(c.next.lower) &&
      insideOfName(tokens, c.from),
    examples: ["Delegates of the Union of [Ruritanian] Workers met."],
    nonExamples: [
      "A visit of [Ruritanian] President Hallam ended.",
      "The union of [Ruritanian] workers met.",
    ],
  },
  {
    name: "metonym-inside-name",
    reason: "inside a longer name",
    test: (c) => c.via === "metonym" && c.prevJoined,
    examples: ["She toured Old [Red Palace] Gardens."],
    nonExamples: ["She toured the [Red Palace] at noon."],
  },
];

export const filterOrganisations = ruleStage("organisation", ORGANISATION_RULES);
