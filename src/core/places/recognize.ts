// Recognition: every span of the text that names a place, with the gazetteer entries it could
// be. Candidates come from capitalised word runs looked up longest-first in the gazetteer; the
// words around a candidate then decide whether it is a place at all (a person's surname, a
// company, a street, an ordinary word at the start of a sentence) and what it says about its
// kind ("X County", "the X air base near Y") and its container ("X, Y", "Alexandria, La.").

import type { MentionVia } from "../contract";
import { foldName, slugify } from "./fold";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import {
  ADMIN_HEADS,
  COMMON_WORDS,
  FIRST_NAMES,
  LOCATIVE_PREPOSITIONS,
  NAME_CONNECTORS,
  ORG_HEADS,
  SITE_HEADS,
  STREET_HEADS,
  TITLES,
} from "./lexicon";
import { US_STATE_ABBREVIATIONS } from "./tables";
import { tokenize, withoutPossessive, type Token } from "./tokens";

export interface PlaceMention {
  start: number;
  end: number;
  text: string;
  via: MentionVia;
  /** Folded lookup key. */
  key: string;
  candidates: GazetteerEntry[];
  /** The words around it name its kind: "X County" → county, "X region" → admin. */
  hint?: "admin" | "county" | "site";
  /** A named site absent from the gazetteer: placed where the text says it is. */
  site?: { id: string; name: string };
  /** Index of the mention that contains this one ("X, Y"; "X in Y" is weaker). */
  container?: { index: number; strength: "comma" | "in" };
  /** Preceded by a locative preposition ("in X", "near X"). */
  locative: boolean;
  /** Which recognition rule produced it. */
  by: string;
}

/** Gaps allowed inside one multi-word name. */
function joinable(gap: string, prev: Token): boolean {
  if (/^[ \t]+$/.test(gap) || gap === "-") return true;
  // "St. Louis", "Ft. Worth": the period of an abbreviated first word.
  return /^\. ?$/.test(gap) && /^(st|mt|ft|pt|ste)$/.test(prev.lower);
}

function isSpaceGap(gap: string): boolean {
  return /^[ \t]+$/.test(gap);
}

interface Match {
  from: number;
  to: number; // inclusive token index
  key: string;
  via: MentionVia;
  candidates: GazetteerEntry[];
}

/** The longest gazetteer name, metonym or demonym starting at token i. */
function longestMatch(text: string, tokens: Token[], i: number, gaz: Gazetteer): Match | undefined {
  const first = tokens[i];
  if (!first?.cap) return undefined;
  let last = i;
  const limit = Math.min(tokens.length - 1, i + gaz.maxWords + 1);
  while (last < limit) {
    const next = tokens[last + 1];
    const cur = tokens[last];
    if (!next || !cur || !joinable(next.gap, cur)) break;
    if (!next.cap && !NAME_CONNECTORS.has(next.lower)) break;
    last++;
  }
  for (let j = last; j >= i; j--) {
    const end = tokens[j];
    if (!end || !end.cap) continue;
    const endPos = j === i || end.end !== withoutPossessive(end).end ? withoutPossessive(end).end : end.end;
    const span = text.slice(first.start, endPos);
    const key = foldName(span);
    if (key.length < 2) continue;
    // Two- and three-letter names must be written in capitals ("US", "UK"), never "Us" or "us".
    if (key.length <= 3 && !(j === i && first.allCaps)) continue;
    const names = gaz.lookupFolded(key);
    if (names.length) return { from: i, to: j, key, via: "name", candidates: names };
    const metonym = gaz.metonymFolded(key);
    if (metonym) return { from: i, to: j, key, via: "metonym", candidates: [metonym] };
    const demonym = gaz.demonymFolded(key);
    if (demonym) return { from: i, to: j, key, via: "demonym", candidates: [demonym] };
  }
  return undefined;
}

/** Folded words written in lower case somewhere in the document: ordinary words here. */
function lowerCaseWords(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (const t of tokens) if (!t.cap) out.add(t.lower);
  return out;
}

/** Surnames: capitalised words after a given name or a title ("Jack London", "Mayor Paris"). */
function personNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const tok = tokens[i];
    if (!prev || !tok || !tok.cap || !prev.cap) continue;
    const titled = TITLES.has(prev.lower) && (isSpaceGap(tok.gap) || /^\. ?$/.test(tok.gap));
    const named = FIRST_NAMES.has(prev.lower) && isSpaceGap(tok.gap);
    if (titled || named) out.add(foldName(withoutPossessive(tok).text));
  }
  return out;
}

export function recognizePlaces(text: string, gaz: Gazetteer): PlaceMention[] {
  const tokens = tokenize(text);
  const lowered = lowerCaseWords(tokens);
  const persons = personNames(tokens);
  const mentions: PlaceMention[] = [];

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok) break;
    const match = longestMatch(text, tokens, i, gaz);
    if (!match) {
      const unknown = unknownNamed(text, tokens, i, gaz);
      if (unknown) {
        mentions.push(unknown.mention);
        i = unknown.next;
      } else i++;
      continue;
    }
    const first = tokens[match.from];
    const last = tokens[match.to];
    if (!first || !last) break;
    const end = withoutPossessive(last).end;
    const prev = tokens[match.from - 1];
    const next = tokens[match.to + 1];
    const locative = !!prev && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.lower) && isSpaceGap(first.gap);
    const single = match.from === match.to;
    const nextJoined = !!next && next.cap && isSpaceGap(next.gap) && end === last.end;
    const prevJoined = !!prev && prev.cap && isSpaceGap(first.gap) && !first.sentStart;

    let reject: string | undefined;
    let hint: PlaceMention["hint"];
    let spanEnd = end;
    let to = match.to;
    if (match.via === "name") {
      if (prevJoined && prev && (TITLES.has(prev.lower) || FIRST_NAMES.has(prev.lower))) reject = "person";
      else if (prev && TITLES.has(prev.lower) && /^\. ?$/.test(first.gap)) reject = "person";
      if (!reject && nextJoined && next) {
        if (STREET_HEADS.has(next.lower)) reject = "street";
        else if (ORG_HEADS.has(next.lower)) reject = "organisation";
        else if (ADMIN_HEADS.has(next.lower)) {
          hint = next.lower === "county" || next.lower === "parish" || next.lower === "borough" || next.lower === "township" ? "county" : "admin";
          spanEnd = withoutPossessive(next).end;
          to = match.to + 1;
        } else if (SITE_HEADS.has(next.lower)) reject = "site";
        else if (
          single &&
          !locative &&
          !COMMON_WORDS.has(next.lower) &&
          !lowered.has(next.lower) &&
          !gaz.hasFolded(foldName(next.text)) &&
          !next.allCaps
        ) {
          // "Chad Johnson", "Houston Nutt": a one-word place followed by an unknown name.
          reject = "person";
        }
      }
      if (!reject && next && !nextJoined && !next.cap && /^\s+$/.test(next.gap)) {
        // "the Kharkiv region", "Helmand province": a lower-case division word.
        if (ADMIN_HEADS.has(next.lower)) hint = "admin";
      }
      if (!reject && single && !locative && persons.has(match.key)) reject = "person";
      if (!reject && single) {
        const ordinary = COMMON_WORDS.has(match.key) || lowered.has(match.key);
        const commaContainer = next && /^,\s*$/.test(next.gap) && next.cap;
        if (ordinary && !(locative && !first.sentStart) && !commaContainer) reject = "common word";
      }
      if (!reject && !single && first.sentStart) {
        const allCommon = match.key.split(" ").every((w) => COMMON_WORDS.has(w) || NAME_CONNECTORS.has(w));
        if (allCommon) reject = "common words";
      }
    } else if (match.via === "demonym") {
      // "Ukrainian" as a place reference; "Ukrainian Ivan Petrenko" still names Ukraine.
      if (nextJoined && next && ORG_HEADS.has(next.lower)) reject = "organisation";
    } else if (match.via === "metonym") {
      if (prevJoined) reject = "inside a longer name";
    }

    if (!reject) {
      mentions.push({
        start: first.start,
        end: spanEnd,
        text: text.slice(first.start, spanEnd),
        via: match.via,
        key: match.key,
        candidates: match.candidates,
        ...(hint ? { hint } : {}),
        locative,
        by: `recognize:${match.via}${hint ? `+${hint}` : ""}`,
      });
    }
    i = (reject === "site" ? match.to : to) + 1;
    if (reject === "site") {
      const site = namedSite(text, tokens, match.from, gaz);
      if (site) {
        mentions.push(site.mention);
        i = site.next;
      }
    }
  }
  linkContainers(text, mentions, gaz);
  return mentions;
}

/**
 * Names the gazetteer lacks but whose head word says what they are: "Avoyelles Parish" (a
 * county), "Lakeside Air Base" (a site). They resolve from context in the next stage.
 */
function unknownNamed(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
): { mention: PlaceMention; next: number } | undefined {
  const tok = tokens[i];
  if (!tok?.cap || tok.sentStart && COMMON_WORDS.has(tok.lower)) return undefined;
  if (COMMON_WORDS.has(tok.lower) || TITLES.has(tok.lower) || FIRST_NAMES.has(tok.lower)) return undefined;
  // The run of capitalised words starting here.
  let j = i;
  while (j + 1 < tokens.length) {
    const n = tokens[j + 1];
    const c = tokens[j];
    if (!n || !c || !n.cap || !isSpaceGap(n.gap)) break;
    j++;
    if (ADMIN_HEADS.has(n.lower) || SITE_HEADS.has(n.lower)) break;
  }
  const head = tokens[j];
  if (!head || j === i) return undefined;
  const prev = tokens[i - 1];
  if (prev && prev.cap && isSpaceGap(tok.gap) && !tok.sentStart) return undefined;
  if (head.lower === "county" || head.lower === "parish") {
    const end = withoutPossessive(head).end;
    const name = text.slice(tok.start, end);
    return {
      mention: {
        start: tok.start,
        end,
        text: name,
        via: "name",
        key: foldName(name),
        candidates: gaz.lookupFolded(foldName(text.slice(tok.start, tokens[j - 1]?.end ?? end))),
        hint: "county",
        locative: isLocative(tokens, i),
        by: "recognize:county-head",
      },
      next: j + 1,
    };
  }
  if (SITE_HEADS.has(head.lower)) return namedSite(text, tokens, i, gaz);
  return undefined;
}

function isLocative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  return !!prev && !!tok && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.lower) && isSpaceGap(tok.gap);
}

/** Site heads that make a named site worth placing on a map (not every school or station). */
const MAPPED_SITES = new Set(["airport", "airfield", "base", "dam", "refinery", "reactor", "plant", "prison", "camp", "barracks"]);

/**
 * "Lakeside Air Base", "the Dorval airport near X": a capitalised name ending in a site head word.
 * The mention covers the whole name; its candidates are whatever place its first words name, and
 * resolution prefers the place the text puts it near.
 */
function namedSite(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
): { mention: PlaceMention; next: number } | undefined {
  let j = i;
  while (j + 1 < tokens.length) {
    const n = tokens[j + 1];
    if (!n || !isSpaceGap(n.gap)) break;
    if (!n.cap && !(SITE_HEADS.has(n.lower) || n.lower === "air" || n.lower === "power" || n.lower === "nuclear")) break;
    j++;
    if (SITE_HEADS.has(n.lower)) break;
  }
  const head = tokens[j];
  const first = tokens[i];
  if (!head || !first || !MAPPED_SITES.has(head.lower) || j === i) return undefined;
  const name = text.slice(first.start, head.end);
  // The place part: the longest prefix the gazetteer knows ("Ramstein" in "Ramstein Air Base").
  let candidates: GazetteerEntry[] = [];
  for (let k = j - 1; k >= i && candidates.length === 0; k--) {
    const t = tokens[k];
    if (t) candidates = gaz.lookupFolded(foldName(text.slice(first.start, t.end)));
  }
  return {
    mention: {
      start: first.start,
      end: head.end,
      text: name,
      via: "name",
      key: foldName(name),
      candidates,
      hint: "site",
      site: { id: `site:${slugify(name)}`, name },
      locative: isLocative(tokens, i),
      by: "recognize:site",
    },
    next: j + 1,
  };
}

/**
 * Containment between neighbouring mentions: "Alexandria, La." (a state abbreviation, added as a
 * mention of the state), "Lviv, Ukraine" (comma), "a village in Kherson" ("in", weaker).
 */
function linkContainers(text: string, mentions: PlaceMention[], gaz: Gazetteer): void {
  // State abbreviations after a comma are mentions of the state.
  const extra: PlaceMention[] = [];
  for (const m of mentions) {
    const after = text.slice(m.end, m.end + 12);
    const ab = /^,\s*((?:[A-Z][a-z]{1,4}\.)|(?:[A-Z]\.){2}|(?:W\.\s?Va\.?))/.exec(after);
    const abbr = ab?.[1];
    if (!ab || !abbr) continue;
    const code = US_STATE_ABBREVIATIONS[abbr.replace(/\s/g, "")];
    const state = code ? gaz.byId(`admin:US-${code}`) : undefined;
    if (!state) continue;
    const start = m.end + ab[0].length - abbr.length;
    if (mentions.some((o) => o.start === start)) continue;
    extra.push({
      start,
      end: start + abbr.length,
      text: abbr,
      via: "name",
      key: foldName(state.name),
      candidates: [state],
      locative: false,
      by: "recognize:state-abbreviation",
    });
  }
  if (extra.length) {
    mentions.push(...extra);
    mentions.sort((a, b) => a.start - b.start);
  }
  for (let k = 0; k + 1 < mentions.length; k++) {
    const m = mentions[k];
    const n = mentions[k + 1];
    if (!m || !n) continue;
    const between = text.slice(m.end, n.start);
    if (/^\s*,\s*$/.test(between)) m.container = { index: k + 1, strength: "comma" };
    else if (/^\s+in\s+(?:the\s+)?$/i.test(between)) m.container = { index: k + 1, strength: "in" };
  }
}
