// Which of the places a passage names locate one of its events. A passage names places for many
// reasons: where the thing happened ("the dam burst at Holm on Tuesday"), but also where the wire
// story was filed, who acted ("Norway's government"), what a side remark is about ("Finland, which
// borders Russia, joined on Monday") or where someone came from. A map pin for those puts the
// event where it did not happen. Each rule below names one such use; a place a rule sets aside
// still locates the event when the passage names no other, so an event keeps a pin as long as
// its passage names anywhere at all.

import type { Passage, PlaceMatch, Timex } from "../context";
import { FIRST_NAMES, TITLES } from "../places/lexicon";

/** What a rule sees: the passage of one event, its date and every place the passage names. */
export interface EventScene {
  text: string;
  passage: Passage;
  date: Timex;
  matches: readonly PlaceMatch[];
}

export interface EventPlaceRule {
  name: string;
  /** Why a place named this way is not where the event happened. */
  reason: string;
  /**
   * Sentences where the rule fires: the place judged in [brackets], other places the passage
   * names in <angle brackets>, the event's date in {braces}.
   */
  examples: readonly string[];
  /** Sentences where it must not fire on the bracketed place. */
  nonExamples: readonly string[];
  test(scene: EventScene, m: PlaceMatch): boolean;
}

// "KYIV, June 3 (Reuters) -", "Lakeport, march 9 -", "ODESA, Ukraine —": the line opens with the
// place the story was filed from, then a date or an agency, then a dash. The date or agency is
// required so that "Holm - a town of 900 - ..." is not taken for one.
const DATELINE_HEAD =
  /^[ \t]*\p{Lu}[\p{L}\p{M} .'’-]*(?:,[ \t]*\p{Lu}[\p{L}\p{M} .'’-]*)?(?:,[ \t]*([\p{L}.]+[ \t]+\d{1,2}(?:,[ \t]*\d{4})?))?[ \t]*(\([^()\n]{1,40}\))?[ \t]*(?:--|[-—–])[ \t]/u;

function inDateline(text: string, p: Passage, m: PlaceMatch): boolean {
  const lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  if (lineStart < p.start - 1) return false;
  const head = DATELINE_HEAD.exec(text.slice(lineStart, lineStart + 120));
  return !!head && (!!head[1] || !!head[2]) && m.end <= lineStart + head[0].length;
}

// A clause opened by a relative pronoun runs to the next clause mark: "Finland, which shares a
// border with Russia, joined NATO in April" says nothing about where the joining happened. Only a
// clause set off by a comma, or one right after the date ("joined in March which angered
// Russia"), is a side remark; "the case on which the court ruled was of schools in Holm" is not.
// "where" is left out on purpose: a "where" clause is itself a location ("Holm, where the dam
// burst").
const RELATIVE_OPENER = /(,\s*|\s)(?:which|who|whom|whose)\s/gi;
const CLAUSE_MARK = /[,;:()—–]|\s-\s/;
// "Thursday's earthquake, which cost Aldavia dearly", "the March riots, which left ten dead in
// Holm": a clause right after the noun the date modifies tells more of the dated thing.
const DATED_THING = /^(?:['’]s)?(?:\s+[\p{L}\p{N}-]+){1,3}$/u;

function inRelativeClause(text: string, p: Passage, m: PlaceMatch, date: Timex): boolean {
  let opener = -1;
  for (const r of text.slice(p.start, m.start).matchAll(RELATIVE_OPENER)) {
    const at = p.start + r.index;
    if (r[1]!.startsWith(",") || at === date.end) opener = at;
  }
  if (opener < 0 || CLAUSE_MARK.test(text.slice(opener + 1, m.start))) return false;
  if (date.end <= opener && DATED_THING.test(text.slice(date.end, opener))) return false;
  const rest = text.slice(m.end, p.end);
  const mark = CLAUSE_MARK.exec(rest);
  const end = mark ? m.end + mark.index : p.end;
  // The date inside the clause makes the clause the event: "Ann, who flew to Oslo on Monday".
  return !(date.start >= opener && date.end <= end);
}

// Head nouns that make a place before them the home of whoever acts, not where they act:
// "Norway's foreign ministry said", "US companies", "Lakeport legend Ann Lee". General English
// nouns for governments, institutions, officials, armed forces, firms and public figures;
// "Holm residents were evacuated" is left alone, since residents are where they live.
const AGENT_HEADS = new Set(
  `government governments administration regime cabinet authority authorities ministry ministries
department departments agency agencies officials official minister ministers president premier
leader leaders ambassador ambassadors envoy envoys embassy embassies diplomats delegation
negotiators representatives spokesman spokeswoman spokesperson lawmakers legislators parliament
congress senate court courts judges prosecutors auditor police army armies military navy force
forces troops soldiers militia companies company firms firm banks bank regulator regulators native
natives legend star actor actress singer senator governor mayor congressman congresswoman`.split(
    /\s+/,
  ),
);
// What someone does, owned by a place: "Aldavia's invasion of Lakeport" is Aldavia acting. Only
// the possessive counts: "the Holm attack" happened at Holm.
const ACT_HEADS = new Set(
  `decision decisions obligations plan plans policy policies stance position invasion offensive
occupation blockade war attack attacks airstrikes strikes`.split(/\s+/),
);
// "a Lakeport-born singer", "Holm-based firms": a home written into one word.
const HOME_SUFFIX = /^-(?:born|based|bred|raised|headquartered)\b/;

// Words that end the noun phrase a place stands in: "across Norway this weekend the army ..." does
// not make Norway the army's.
const PHRASE_END =
  /^(?:the|a|an|this|that|these|those|its|their|on|in|at|of|to|and|or|but|for|with|by|from|as|is|are|was|were|has|have|had|will|would|said|says|last|next)$/i;

/** Does the place name the home of whoever acts? A possessive or an attribute before their noun. */
function namesAgent(text: string, m: PlaceMatch): boolean {
  if (HOME_SUFFIX.test(text.slice(m.end, m.end + 20))) return true;
  const possessive = /^['’]s?\s/.test(text.slice(m.end, m.end + 3));
  const after = text.slice(m.end, m.end + 80).replace(/^['’]s?/, "");
  // Up to three words of the same noun phrase, up to its head: "Civil Defense Authority",
  // "foreign ministry", "auditor general".
  const words = /^\s+(\p{L}+)(?:\s+(\p{L}+))?(?:\s+(\p{L}+))?/u.exec(after);
  if (!words) return false;
  for (const w of words.slice(1)) {
    if (!w || PHRASE_END.test(w)) break;
    const word = w.toLowerCase();
    if (AGENT_HEADS.has(word) || (possessive && ACT_HEADS.has(word))) return true;
  }
  return false;
}

// "a refugee from Aldavia died in Holm", "aid from Norway": where someone or something came
// from. After a verb the place is where the event happened ("troops withdrew from Holm",
// "rockets fired from Holm"), and "from X to Y" is a stretch of ground the event covers.
const FROM_BEFORE = /(\p{L}+)\s+from\s+(?:the\s+)?$/iu;
const VERB_BEFORE_FROM =
  /(?:ed|ing)$|^(?:withdrew|fled|came|come|comes|flew|ran|rose|fell|drove|went|left|took|stole|escaped|out|away|back|home|off|far)$/i;
const STRETCH_AFTER = /^[^.;,]{0,40}?\b(?:to|into|towards?|through|across|as far)\b/i;

// "Ann Lee of Lakeport", "Mayor Lee, 54, of Lakeport": where a person is from. The person is
// told by a given name or a title before the surname.
const PERSON_OF_BEFORE = /(\p{L}+)\s+\p{Lu}[\p{L}'’-]+(?:,\s*\d{1,3},)?\s+of\s+$/u;

function namedAsOrigin(text: string, m: PlaceMatch): boolean {
  const before = text.slice(Math.max(0, m.start - 60), m.start);
  const person = PERSON_OF_BEFORE.exec(before)?.[1]?.toLowerCase();
  if (person && (FIRST_NAMES.has(person) || TITLES.has(person))) return true;
  const from = FROM_BEFORE.exec(before);
  return (
    !!from && !VERB_BEFORE_FROM.test(from[1]!) && !STRETCH_AFTER.test(text.slice(m.end, m.end + 60))
  );
}

// "a model more akin to the Aldavian one", "unlike Lakeport": a place held up for comparison.
// Plain "like" is left out: "states like Holm and Lakeport" lists the places themselves.
const COMPARED_BEFORE =
  /\b(?:unlike|akin\s+to|similar\s+to|compared\s+(?:with|to)|than(?:\s+(?:in|at))?|modell?ed\s+on|in\s+contrast\s+to)\s+(?:the\s+)?$/i;

// "in Aldavia's biggest township of Holm", "Aldavia's capital, Holm": a country named as the
// owner of one of its own towns only says where the town is; the town is the place.
function ownsNamedTown({ text, matches }: EventScene, m: PlaceMatch): boolean {
  if (m.place.kind !== "country" || !/^['’]s?\s/.test(text.slice(m.end, m.end + 3))) return false;
  return matches.some(
    (o) =>
      o.start > m.end &&
      o.start - m.end <= 60 &&
      o.place.kind !== "country" &&
      o.place.country === m.place.country &&
      !CLAUSE_BREAK_IN_PHRASE.test(text.slice(m.end, o.start)),
  );
}
// Between the owner and its town: no sentence or clause mark but the comma of an apposition.
const CLAUSE_BREAK_IN_PHRASE = /[.;:()]|,[^,]*,/;

export const EVENT_PLACE_RULES: readonly EventPlaceRule[] = [
  {
    name: "dateline",
    reason: "where the story was filed, not where it happened",
    examples: [
      "[LAKEPORT], June 3 (Wirenews) - A dam burst in Holm on {Tuesday}.",
      "[Lakeport], march 9 - the storm hit Holm {yesterday}, officials said.",
    ],
    nonExamples: [
      "[Lakeport] - a town of 900 - flooded on {Tuesday}.",
      "The dam at [Holm] burst on {Tuesday}.",
    ],
    test: ({ text, passage }, m) => inDateline(text, passage, m),
  },
  {
    name: "relative-clause",
    reason: "a side remark about another subject",
    examples: [
      "Finland, which shares a border with [Russia], joined the pact in {April}.",
      "Norway joined in {March}, which angered [Russia].",
      "Norway joined the pact in {March} which means a shift for [Russia].",
    ],
    nonExamples: [
      "Ann Lee, who flew to [Oslo] on {Monday}, said little.",
      "The dam, which burst on {Tuesday}, stood at [Holm].",
      "Lakeport, where the dam burst on {Tuesday}, sits below [Holm].",
      "{Thursday}'s earthquake, which will cost [Aldavia] dearly, killed 300.",
      "The {March} riots, which left ten dead in [Holm], shook the country.",
      "The case on which the court ruled was of schools in [Holm] from {2004} to 2009.",
    ],
    test: ({ text, passage, date }, m) => inRelativeClause(text, passage, m, date),
  },
  {
    name: "agent",
    reason: "the home of whoever acts, not where they act",
    examples: [
      "[Norway]'s foreign ministry said on {Monday} that aid reached Holm.",
      "Storms hit Holm {yesterday}, according to [Norway]'s Civil Defense Authority.",
      "[US] companies left Holm in {2007}.",
      "[Aldavia]'s invasion of Lakeport began in {March}.",
      "[Lakeport] legend Ann Lee was escorted off stage at Holm on {Monday}.",
      "A [Lakeport]-born singer died at Holm on {Monday}.",
    ],
    nonExamples: [
      "A storm hit [Holm]'s old harbour on {Monday}.",
      "Protesters disrupted a [Lakeport] performance on {Monday}.",
      "Power failed across [Norway] {this weekend}.",
      "The [Holm] attack on {Monday} killed three.",
      "[Holm] residents were evacuated on {Monday}.",
    ],
    test: ({ text }, m) => namesAgent(text, m),
  },
  {
    name: "origin",
    reason: "where someone or something came from",
    examples: [
      "A refugee from [Aldavia] died in Holm on {Monday}.",
      "Imports from the [Lakeport] region rose in {May}.",
      "Ann Lee of [Lakeport] died in Holm on {Monday}.",
      "Mayor Lee, 54, of [Lakeport] spoke at Holm on {Monday}.",
    ],
    nonExamples: [
      "Storms spread from [Lakeport] to Holm on {Monday}.",
      "Storms are expected {Friday} from [Lakeport] and Holm as far south as Aldavia.",
      "The envoy left [Holm] on {Monday}.",
      "Aldavia withdrew from [Holm] in {November}.",
      "Rockets fired from [Holm] hit Lakeport on {Monday}.",
      "The Ozarks of [Aldavia] flooded on {Monday}.",
      "The people of [Holm] voted on {Monday}.",
    ],
    test: ({ text }, m) => namedAsOrigin(text, m),
  },
  {
    name: "owner-of-town",
    reason: "the country a named town lies in; the town is the place",
    examples: [
      "A bomb hit a parade ground in [Aldavia]'s biggest township of <Holm> {this morning}.",
      "[Aldavia]'s capital, <Holm>, flooded on {Monday}.",
    ],
    nonExamples: [
      "[Norway]'s envoy left <Holm> on {Monday}.",
      "Power failed across [Aldavia] on {Monday}; <Holm> was spared.",
      "[Aldavia]'s biggest storm on record hit {yesterday}.",
    ],
    test: ownsNamedTown,
  },
  {
    name: "comparison",
    reason: "held up for comparison, not where it happened",
    examples: [
      "In {2012}, Norway adopted a model more akin to the [Aldavia] system.",
      "Unlike [Lakeport], Holm kept its schools open on {Monday}.",
      "Prices rose faster in Holm than in [Lakeport] in {May}.",
    ],
    nonExamples: [
      "Storms hit states like [Holm] and Lakeport on {Monday}.",
      "Prices rose in [Holm] in {May}.",
    ],
    test: ({ text }, m) => COMPARED_BEFORE.test(text.slice(Math.max(0, m.start - 30), m.start)),
  },
];

// Where one clause of a passage ends and a coordinate one begins: "storms are expected in Holm,
// and a wider threat may reach Lakeport into Saturday" tells two things at two times. The next
// word must open a clause (a determiner or a pronoun), so that a list ("Holm, Lakeport, and
// Aldavia") stays whole.
const CLAUSE_BREAK =
  /;\s+|,\s+(?:and|but|while|whereas|although|though|yet)\s+(?=(?:the|a|an|this|that|these|those|it|its|they|their|he|his|she|her|we|our|there|some|many|most|all|no|none|both)\s)/gi;

// A sentence that opens on a contrast ("While Holm was spared, floods hit Lakeport on Monday")
// sets its first clause against what the date tells.
const CONTRAST_OPENING = /^\s*(?:while|although|though|whereas|unlike|despite)\b[^,;]*,\s+/i;

/** The clause of the passage the date stands in. */
function clauseOf(text: string, p: Passage, date: Timex): { start: number; end: number } {
  const opening = CONTRAST_OPENING.exec(text.slice(p.start, p.end));
  let start =
    opening && p.start + opening[0].length <= date.start ? p.start + opening[0].length : p.start;
  let end = p.end;
  for (const b of text.slice(p.start, p.end).matchAll(CLAUSE_BREAK)) {
    const at = p.start + b.index;
    if (at + b[0].length <= date.start) start = Math.max(start, at + b[0].length);
    else if (at >= date.end) {
      end = at;
      break;
    }
  }
  return { start, end };
}

/**
 * The ids of the places that locate the event dated by `date`: first those no rule sets aside in
 * the date's own clause, then in the whole passage, else the places named outright, else the
 * demonyms ("Ruritanian officials said on Monday").
 */
export function eventPlaceIds(
  text: string,
  p: Passage,
  matches: readonly PlaceMatch[],
  date: Timex,
): string[] {
  const named = matches.filter((m) => m.via !== "demonym");
  const scene: EventScene = { text, passage: p, date, matches };
  const located = named.filter((m) => !EVENT_PLACE_RULES.some((r) => r.test(scene, m)));
  const clause = clauseOf(text, p, date);
  const inClause = located.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const chosen =
    inClause.length > 0
      ? inClause
      : located.length > 0
        ? located
        : named.length > 0
          ? named
          : matches;
  return [...new Set(chosen.map((m) => m.place.id))];
}
