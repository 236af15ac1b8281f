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
  MEDIA_HEADS,
  NAME_CONNECTORS,
  CALENDAR_WORDS,
  COMPANY_HEADS,
  DIRECTIONS,
  FEATURE_HEADS,
  FEATURE_PREFIXES,
  NOT_PLACES,
  SITE_HEADS,
  STREET_HEADS,
  TITLES,
  VESSEL_NOUNS,
  VESSEL_PREFIXES,
} from "./lexicon";
import { US_STATE_ABBREVIATIONS } from "./tables";
import { givenNameLike, lowerCaseWords, personNames } from "./persons";
import { tokenize, withoutPossessive, type Token, isSpaceGap } from "./tokens";

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
  /**
   * A named site, street or natural feature absent from the gazetteer: placed where the text
   * says it is (its container, the place its name contains, else the document's main town).
   */
  site?: { id: string; name: string; kind: "site" | "region" };
  /** Index of the mention that contains this one ("X, Y"; "X in Y" is weaker). */
  container?: { index: number; strength: "comma" | "in" };
  /** Preceded by a locative preposition ("in X", "near X"). */
  locative: boolean;
  /** Which recognition rule produced it. */
  by: string;
}

/** Gaps allowed inside one multi-word name. */
function joinable(gap: string, prev: Token): boolean {
  if (isSpaceGap(gap) || gap === "-") return true;
  // "St. Louis", "Ft. Worth": the period of an abbreviated first word.
  return /^\. ?$/.test(gap) && /^(st|mt|ft|pt|ste)$/.test(prev.lower);
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
  // Names in running text are at most six words ("Democratic Republic of the Congo" is five).
  const limit = Math.min(tokens.length - 1, i + Math.min(gaz.maxWords, 6) - 1);
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
    const endPos =
      j === i || end.end !== withoutPossessive(end).end ? withoutPossessive(end).end : end.end;
    const span = text.slice(first.start, endPos);
    const key = foldName(span);
    if (key.length < 2) continue;
    // Two-letter names must be written in capitals ("US", "UK"), never "Us" or "us"; a
    // three-letter one ("Van", "Ufa") also after a preposition ("the city of Van").
    const before = tokens[i - 1];
    const afterPreposition =
      !!before && !before.cap && (LOCATIVE_PREPOSITIONS.has(before.lower) || before.lower === "of");
    const alone = !(tokens[i + 1]?.cap && isSpaceGap(tokens[i + 1]?.gap ?? ""));
    if (
      key.length <= 3 &&
      !(j === i && first.allCaps) &&
      !(key.length === 3 && j === i && afterPreposition && alone)
    ) {
      continue;
    }
    // A demonym is read as one ("Canadian" is also a town in Texas) unless it follows "in".
    const demonym = gaz.demonymFolded(key);
    const prev = tokens[i - 1];
    const locative = !!prev && LOCATIVE_PREPOSITIONS.has(prev.lower) && !prev.cap;
    if (demonym && !locative) return { from: i, to: j, key, via: "demonym", candidates: [demonym] };
    // A seat of power before a town of the same name ("White House" is also a town in Tennessee).
    const metonym = gaz.metonymFolded(key);
    if (metonym && !locative) return { from: i, to: j, key, via: "metonym", candidates: [metonym] };
    const names = gaz.lookupFolded(key);
    if (names.length) return { from: i, to: j, key, via: "name", candidates: names };
    if (metonym) return { from: i, to: j, key, via: "metonym", candidates: [metonym] };
    if (demonym) return { from: i, to: j, key, via: "demonym", candidates: [demonym] };
  }
  return undefined;
}

/** Called for every candidate the recogniser turns down, with the reason: for tracing misses. */
export type RejectTrace = (reason: string, start: number, end: number) => void;

export function recognizePlaces(
  text: string,
  gaz: Gazetteer,
  onReject?: RejectTrace,
): PlaceMention[] {
  const tokens = tokenize(text);
  const lowered = lowerCaseWords(tokens);
  const persons = personNames(text, tokens, gaz, lowered);
  const streets = streetNames(tokens);
  const capsLines = capitalLines(text);
  const mentions: PlaceMention[] = [];
  // A token already judged to be part of a person's name by the match before it.
  let rejectNext = -1;

  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    if (!tok) break;
    // "The Hague" is stored without its article; a match never starts on "The".
    const match = tok.lower === "the" ? undefined : longestMatch(text, tokens, i, gaz);
    if (!match) {
      const unknown = tok.lower === "the" ? undefined : unknownNamed(text, tokens, i, gaz);
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
    const locative =
      !!prev && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.lower) && isSpaceGap(first.gap);
    const single = match.from === match.to;
    const nextJoined = !!next && next.cap && isSpaceGap(next.gap) && end === last.end;
    const prevJoined = !!prev && prev.cap && isSpaceGap(first.gap) && !first.sentStart;
    // "the Dunmore Ice Rink", "the Halvard Farms": an article or a third name marks an
    // institution's name, not a person's.
    const articleBefore = !!prev && /^(the|a|an)$/.test(prev.lower);
    const nextIsEnd = !next || !next.cap || !isSpaceGap(next.gap);
    const third = tokens[match.to + 2];
    const thirdName = !!third && !!next && third.cap && isSpaceGap(third.gap);
    // "Mobile, Ala.", "Reading, England": a comma and then a region or country.
    const commaAfter =
      !!next &&
      next.cap &&
      /^,\s*$/.test(next.gap) &&
      (US_STATE_ABBREVIATIONS[text.slice(next.start, next.end + 1)] !== undefined ||
        gaz
          .lookupFolded(foldName(next.text))
          .some((c) => c.kind === "country" || c.kind === "admin"));

    let reject: string | undefined;
    if (match.via === "name" && single && rejectNext === match.from) reject = "person";
    let hint: PlaceMention["hint"];
    let spanEnd = end;
    let to = match.to;
    let street = false;
    let feature = false;
    let restOfRun = false;
    // The next word heads this name even after a possessive ("St. Peter's Square").
    const nextHead = !!next && next.cap && isSpaceGap(next.gap);
    if (match.via === "name") {
      const keyWords = match.key.split(" ");
      if (prevJoined && prev && (TITLES.has(prev.lower) || FIRST_NAMES.has(prev.lower)))
        reject = "person";
      else if (vesselName(tokens, match.from)) reject = "vessel";
      else if (
        single &&
        nextJoined &&
        next &&
        /^(de|di|da|del|della|van|von|der|du|dos|das|le|la|bin|ibn)$/.test(next.lower) &&
        tokens[match.to + 2]?.cap &&
        isSpaceGap(tokens[match.to + 2]?.gap ?? "") &&
        match.candidates.every((c) => c.kind === "city" && c.population < 100000)
      ) {
        reject = "person"; // "Claudio De Vincenti", "Ilse Van Damme": a given name and a particle
      } else if (codeName(tokens, match.from)) reject = "code name";
      else if (
        single &&
        streets.has(match.key) &&
        !(nextHead && next && STREET_HEADS.has(next.lower)) &&
        /\b\d{1,5}[a-z]?\s+$/i.test(text.slice(Math.max(0, first.start - 8), first.start))
      ) {
        reject = "address"; // "300 Slater is assigned" once "300 Slater Street" has appeared
      } else if (single && quotedNickname(text, tokens, match.from, gaz, lowered))
        reject = "nickname";
      else if (
        single &&
        prev &&
        prev.cap &&
        isSpaceGap(first.gap) &&
        nextIsEnd &&
        givenNameLike(prev, gaz, lowered) &&
        !(tokens[match.from - 2] && /^(the|a|an)$/i.test(tokens[match.from - 2]?.lower ?? "")) &&
        match.candidates.every((c) => c.kind === "city" && c.population < 100000)
      ) {
        reject = "person"; // "Hillary Clinton": an unknown name before a small town's name
      } else if (prev && TITLES.has(prev.lower) && prev.cap && /^\. ?$/.test(first.gap))
        reject = "person";
      else if (
        prev &&
        prev.cap &&
        first.gap === "-" &&
        !/^[DRI]$/.test(prev.text) && // party tags: "R-Brackton"
        !gaz.hasFolded(foldName(prev.text)) &&
        !gaz.demonymFolded(foldName(prev.text)) // "Egyptian-US relations"
      ) {
        reject = "inside a hyphenated name"; // "Wal-Mart", "Webb-Lawton"
      } else if (
        prev &&
        !prev.cap &&
        first.gap === "-" &&
        prev.gap === "-" &&
        prev.text.length <= 3 &&
        tokens[match.from - 2]?.cap
      ) {
        reject = "inside a hyphenated name"; // "Tehrik-e-Taliban", "Hizb-ut-Tahrir"
      } else if (
        keyWords.every((w) => DIRECTIONS.has(w) || NAME_CONNECTORS.has(w)) &&
        !match.candidates.some((c) => c.kind === "region" || c.kind === "continent")
      ) {
        reject = "direction";
      } else if (
        /(?:^|[^,\d])\s(?:19|20)\d\d\s+$/.test(
          text.slice(Math.max(0, first.start - 8), first.start),
        ) &&
        ((nextJoined && next && !ADMIN_HEADS.has(next.lower) && !FEATURE_HEADS.has(next.lower)) ||
          /^\s+(?:sedan|truck|pickup|car|suv|van|minivan|coupe|wagon|motorcycle)\b/i.test(
            text.slice(end, end + 12),
          ))
      ) {
        reject = "vehicle"; // "a 1992 Toyota Corolla": a year, a make, a model
      } else if (
        single &&
        (CALENDAR_WORDS.has(match.key) || NOT_PLACES.has(match.key)) &&
        !commaAfter
      ) {
        reject = "not a place";
      }
      if (!reject && text.charAt(end) === "$") reject = "currency"; // "US$460 million"
      if (
        !reject &&
        !(prev && LOCATIVE_PREPOSITIONS.has(prev.lower)) &&
        capsLines.some(([from, to]) => first.start >= from && first.start < to) &&
        match.candidates.every((c) => c.kind === "city") &&
        !text.includes(titleCase(text.slice(first.start, end)))
      ) {
        // A headline in capitals says nothing about which words are names: "TRUMP MEETS
        // SALVADOR LEADER". A town there counts after a preposition (itself in capitals) or
        // when the text names it.
        reject = "headline capitals";
      }
      if (
        !reject &&
        single &&
        nextJoined &&
        next &&
        match.candidates.every((c) => c.kind === "city")
      ) {
        // "Blair Norton", "Socorro Molina": two town names in a row that are no town together
        // are a person's names.
        const after = longestMatch(text, tokens, match.to + 1, gaz);
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
        const selfNameLike = !COMMON_WORDS.has(match.key) && !lowered.has(match.key);
        if (
          nameLike &&
          selfNameLike &&
          after &&
          after.via === "name" &&
          after.from === after.to &&
          after.candidates.every((c) => c.kind === "city")
        ) {
          const afterNext = tokens[after.to + 1];
          const third = afterNext && afterNext.cap && isSpaceGap(afterNext.gap);
          if (!third || !FEATURE_HEADS.has(afterNext.lower)) {
            reject = "person-pair";
            rejectNext = after.from;
          }
        }
      }
      if (
        !reject &&
        single &&
        !locative &&
        !commaAfter &&
        FIRST_NAMES.has(match.key) &&
        match.candidates.every((c) => c.kind === "city" && c.population < 100000)
      ) {
        reject = "person-first"; // "Laura and I": a given name that is also a small town
      }
      if (
        !reject &&
        next &&
        next.cap &&
        next.gap === "-" &&
        !gaz.hasFolded(foldName(next.text)) &&
        // "Athens-Clarke County", "Watertown-ML" still name the place; "Agence France-Presse" not.
        (MEDIA_HEADS.has(next.lower) ||
          !(
            next.allCaps || match.candidates.some((c) => c.kind !== "city" || c.population >= 50000)
          ))
      ) {
        reject = "inside a hyphenated name";
      }
      if (!reject && nextHead && next && STREET_HEADS.has(next.lower)) street = true;
      else if (!reject && nextHead && next && FEATURE_HEADS.has(next.lower)) {
        // "US Delta Force": the rest of the run is another name, never read as a place.
        if (namedOn(tokens, match.to + 1)) restOfRun = true;
        else feature = true;
      } else if (!reject && nextJoined && next) {
        if (MEDIA_HEADS.has(next.lower)) reject = "media title";
        else if (next.lower === "day")
          reject = "holiday"; // "Waitangi Day", "Canada Day"
        else if (COMPANY_HEADS.has(next.lower)) reject = "company";
        else if (ADMIN_HEADS.has(next.lower)) {
          hint =
            next.lower === "county" ||
            next.lower === "parish" ||
            next.lower === "borough" ||
            next.lower === "township"
              ? "county"
              : "admin";
          spanEnd = withoutPossessive(next).end;
          to = match.to + 1;
        } else if (SITE_HEADS.has(next.lower) && MAPPED_SITES.has(next.lower)) reject = "site";
        else if (
          single &&
          FIRST_NAMES.has(match.key) &&
          !COMMON_WORDS.has(next.lower) &&
          !gaz.lookupFolded(foldName(next.text)).some((c) => c.kind !== "city")
        ) {
          reject = "person"; // "George Bush", "Jordan Spieth", "Scott Wheatley"
        } else if (
          single &&
          !locative &&
          !articleBefore &&
          match.candidates.every((c) => c.kind === "city") &&
          givenNameLike(next, gaz, lowered) &&
          !/s$/.test(next.lower) && // plurals head institutions: "Velkin Seniors", "Quenby Elks"
          !thirdName &&
          !FEATURE_HEADS.has(next.lower) &&
          !SITE_HEADS.has(next.lower) &&
          !TITLES.has(next.lower)
        ) {
          reject = "person"; // "Marisa Huerta", "Denise Carver": a town name before an unknown name
        }
      }
      if (
        !reject &&
        next &&
        !next.cap &&
        isSpaceGap(next.gap) &&
        /^(air|airport|airfield|base)$/.test(next.lower)
      ) {
        reject = "site"; // "the Quenby air base"
      }
      if (!reject && next && !nextJoined && !next.cap && /^\s+$/.test(next.gap)) {
        // "the Kharkiv region", "Helmand province": a lower-case division word.
        if (ADMIN_HEADS.has(next.lower)) hint = "admin";
      }
      // After a preposition a person's name is still a person's when possessive ("errors in
      // Howard's plan" once "John Howard" has appeared), or when the next word is that person's
      // too ("according to Amina Salum, 34,").
      if (
        !reject &&
        single &&
        (!locative ||
          end !== last.end ||
          (nextJoined && !!next && persons.has(foldName(next.text)))) &&
        !commaAfter &&
        persons.has(match.key)
      )
        reject = "person";
      if (!reject && single && first.allCaps && match.key.length <= 4) {
        // "US", "UK", "UAE" are countries; other short capitals are acronyms ("UN", "ALMA"),
        // except a sizeable town opening a wire dateline ("KYIV, June 3", "ROME —").
        if (
          !match.candidates.some(
            (c) => c.kind === "country" || c.kind === "continent" || c.kind === "region",
          ) &&
          !(wireDateline(text, first, next) && match.candidates.some((c) => c.population >= 1e5))
        ) {
          reject = "acronym";
        }
      }
      if (!reject && single && !(first.allCaps && match.key.length <= 4)) {
        const singular = match.key.endsWith("s") ? match.key.slice(0, -1) : match.key;
        const ordinary =
          COMMON_WORDS.has(match.key) ||
          COMMON_WORDS.has(singular) ||
          TITLES.has(match.key) ||
          lowered.has(match.key);
        // "in Mobile", "in Reading" are towns; "at Church", "in Spring 2002" are not: an ordinary
        // word after a preposition counts only for a sizeable town, and never before a year.
        const sizeable = match.candidates.some((c) => c.kind !== "city" || c.population >= 50000);
        const beforeYear = /^\s+(?:1[89]|20)\d\d\b/.test(text.slice(end, end + 6));
        const cued = locative && !first.sentStart && sizeable && !beforeYear;
        if (ordinary && (nextJoined || !cued) && !commaAfter) reject = "common word";
      }
      if (!reject && !single && first.sentStart) {
        const allCommon = keyWords.every((w) => COMMON_WORDS.has(w) || NAME_CONNECTORS.has(w));
        if (allCommon) reject = "common words";
      }
    } else if (match.via === "demonym") {
      if (nextJoined && next && COMPANY_HEADS.has(next.lower)) reject = "company";
      else if (nextJoined && next && !TITLES.has(next.lower) && insideOfName(tokens, match.from))
        reject = "inside a longer name"; // not "the Congress of Ruritanian President X"
    } else if (match.via === "metonym") {
      if (prevJoined) reject = "inside a longer name";
    }

    if ((street || feature) && next) {
      // "Dublin Road" is a street and "Fraser Valley" a valley, not Dublin or Fraser.
      mentions.push(
        headedMention(text, first, next, street ? "street" : "feature", match.candidates, locative),
      );
      i = match.to + 2;
      continue;
    }
    if (reject && (reject === "common word" || reject === "person")) {
      // "Fort Brackton", "Lake Velkin": the rejected word may start a feature or site name.
      const unknown = unknownNamed(text, tokens, match.from, gaz);
      if (unknown) {
        mentions.push(unknown.mention);
        i = unknown.next;
        continue;
      }
    }
    if (reject) onReject?.(reject, first.start, spanEnd);
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
    if (restOfRun) while (tokens[i]?.cap && isSpaceGap(tokens[i]?.gap ?? "")) i++;
    if (reject === "site") {
      const site = namedSite(text, tokens, match.from, gaz);
      if (site) {
        mentions.push(site.mention);
        i = site.next;
      }
    }
  }
  countyLists(text, tokens, mentions, gaz);
  linkContainers(text, mentions, gaz);
  return mentions;
}

/**
 * Does a name go on past the head word at token k with a word that heads nothing ("Delta
 * Force")? Then the head word is part of another kind of name, not a feature's head.
 */
function namedOn(tokens: Token[], k: number): boolean {
  const after = tokens[k + 1];
  if (!after?.cap || !isSpaceGap(after.gap)) return false;
  const w = after.lower;
  return ![FEATURE_HEADS, ADMIN_HEADS, SITE_HEADS, STREET_HEADS].some((heads) => heads.has(w));
}

/** Lines written all in capitals, three words or more: headlines, as [start, end) offsets. */
function capitalLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/^[^\n]*$/gm)) {
    const line = m[0];
    if (!/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3)
      out.push([m.index, m.index + line.length]);
  }
  return out;
}

/** "SAN JOSE" → "San Jose": how running text would write a name from a headline. */
function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Folded names the text uses as street names ("Slater" in "Slater Street"). */
function streetNames(tokens: Token[]): Set<string> {
  const out = new Set<string>();
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    const name = tokens[k - 1];
    if (head?.cap && name?.cap && isSpaceGap(head.gap) && STREET_HEADS.has(head.lower))
      out.add(foldName(name.text));
  }
  return out;
}

/** The first token of the capitalised run (words joined by spaces) that holds token i. */
function runStart(tokens: Token[], i: number): number {
  let b = i;
  while (b > 0 && tokens[b - 1]?.cap && isSpaceGap(tokens[b]?.gap ?? "")) b--;
  return b;
}

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

/** "Operation Rio Grande", "Exercise Dover Shield": a code name, whatever places it borrows. */
function codeName(tokens: Token[], i: number): boolean {
  const b = runStart(tokens, i);
  return b < i && /^(operation|exercise)$/.test(tokens[b]?.lower ?? "");
}

/**
 * A capitalised word opening a line and followed by a comma or a dash: the place of a wire
 * dateline ("KYIV, June 3 (Reuters) -", "ODESA —").
 */
function wireDateline(text: string, first: Token, next: Token | undefined): boolean {
  const lineStart = text.lastIndexOf("\n", first.start - 1) + 1;
  if (text.slice(lineStart, first.start).trim() !== "") return false;
  return /^\s*(?:,|[—–-]\s)/.test(text.slice(first.end, next ? next.start : first.end + 3));
}

/**
 * "Ardley, Benton, Corwin and Dalby counties": every name in a list that ends in
 * "counties" or "parishes" is a county, whatever else the gazetteer calls it.
 */
function countyLists(
  text: string,
  tokens: Token[],
  mentions: PlaceMention[],
  gaz: Gazetteer,
): void {
  for (let k = 1; k < tokens.length; k++) {
    const head = tokens[k];
    if (!head || !/^(counties|parishes)$/i.test(head.text) || !isSpaceGap(head.gap)) continue;
    const runs: [Token, Token][] = [];
    let e = k - 1;
    while (e >= 0 && runs.length < 12) {
      const last = tokens[e];
      if (!last?.cap) break;
      let b = e;
      const before = tokens[b - 1];
      if (before?.cap && isSpaceGap(last.gap) && !TITLES.has(before.lower)) b--;
      const first = tokens[b];
      if (!first) break;
      runs.push([first, last]);
      // Separators: ", ", " and ", ", and ", "/".
      const sep = first.gap;
      const prevTok = tokens[b - 1];
      if (/^\s*(,|\/)\s*$/.test(sep)) e = b - 1;
      else if (prevTok && (prevTok.lower === "and" || prevTok.lower === "or") && isSpaceGap(sep))
        e = b - 2;
      else break;
    }
    if (runs.length < 2) continue;
    for (const [first, last] of runs) {
      const name = text.slice(first.start, last.end);
      const key = foldName(name);
      for (let x = mentions.length - 1; x >= 0; x--) {
        const m = mentions[x];
        if (m && m.start < last.end && first.start < m.end) mentions.splice(x, 1);
      }
      mentions.push({
        start: first.start,
        end: last.end,
        text: name,
        via: "name",
        key: `${key} county`,
        candidates: gaz.lookupFolded(key),
        hint: "county",
        locative: false,
        by: "recognize:county-list",
      });
    }
  }
  mentions.sort((a, b) => a.start - b.start);
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
  if (!tok?.cap) return undefined;
  const nextTok = tokens[i + 1];
  if (
    FEATURE_PREFIXES.has(tok.lower) &&
    nextTok?.cap &&
    isSpaceGap(nextTok.gap) &&
    !COMMON_WORDS.has(nextTok.lower)
  ) {
    // "Lake Velkin", "Mount Quenby", "Fort Brackton": the prefix and one or two names.
    let j = i + 1;
    const after = tokens[j + 1];
    if (after?.cap && isSpaceGap(after.gap) && !COMMON_WORDS.has(after.lower)) j++;
    const head = tokens[j];
    if (!head) return undefined;
    const kind = /^(fort|ft|camp)$/.test(tok.lower) ? "street" : "feature";
    const mention = headedMention(text, tok, head, kind, [], isLocative(tokens, i));
    if (kind === "street") {
      mention.site = { id: `site:${slugify(mention.text)}`, name: mention.text, kind: "site" };
      mention.by = "recognize:site";
    }
    return { mention, next: j + 1 };
  }
  if (TITLES.has(tok.lower)) return undefined;
  // An ordinary word or a given name may still start a street name ("North Avenue", "Ruth Drive").
  const ordinaryStart = COMMON_WORDS.has(tok.lower) || FIRST_NAMES.has(tok.lower);
  // The run of capitalised words starting here; place names are short, and a cap keeps a page of
  // capitalised words from being rescanned from every token.
  let j = i;
  while (j + 1 < tokens.length && j - i < 6) {
    const n = tokens[j + 1];
    const c = tokens[j];
    if (!n || !c || !n.cap || !isSpaceGap(n.gap)) break;
    j++;
    if (ADMIN_HEADS.has(n.lower) || SITE_HEADS.has(n.lower) || STREET_HEADS.has(n.lower)) break;
    if (FEATURE_HEADS.has(n.lower)) break;
  }
  const head = tokens[j];
  if (
    head &&
    j === i &&
    nextTok &&
    !nextTok.cap &&
    isSpaceGap(nextTok.gap) &&
    /^(air|airport|airfield|base|naval|military|nuclear|power|refinery|dam)$/.test(nextTok.lower)
  ) {
    // "the Kessel air base near Quenby": a lower-case site word after a name.
    return namedSite(text, tokens, i, gaz);
  }
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
  if (STREET_HEADS.has(head.lower) && head.lower !== "way" && head.lower !== "row" && j - i <= 3) {
    return {
      mention: headedMention(text, tok, head, "street", [], isLocative(tokens, i)),
      next: j + 1,
    };
  }
  if (ordinaryStart) return undefined;
  if (FEATURE_HEADS.has(head.lower)) {
    const placePart = gaz.lookupFolded(
      foldName(text.slice(tok.start, tokens[j - 1]?.end ?? head.start)),
    );
    return {
      mention: headedMention(text, tok, head, "feature", placePart, isLocative(tokens, i)),
      next: j + 1,
    };
  }
  if (SITE_HEADS.has(head.lower)) return namedSite(text, tokens, i, gaz);
  return undefined;
}

/** A street ("Marshall Street") or natural feature ("Neches River") from its first and head words. */
function headedMention(
  text: string,
  first: Token,
  head: Token,
  kind: "street" | "feature",
  candidates: GazetteerEntry[],
  locative: boolean,
): PlaceMention {
  const end = withoutPossessive(head).end;
  const name = text.slice(first.start, end);
  const slug = slugify(name);
  return {
    start: first.start,
    end,
    text: name,
    via: "name",
    key: foldName(name),
    candidates,
    hint: "site",
    site:
      kind === "street"
        ? { id: `site:${slug}`, name, kind: "site" }
        : { id: `region:${slug}`, name, kind: "region" },
    locative,
    by: `recognize:${kind}`,
  };
}

function isLocative(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  return (
    !!prev && !!tok && !prev.cap && LOCATIVE_PREPOSITIONS.has(prev.lower) && isSpaceGap(tok.gap)
  );
}

/** Site heads that make a named site worth placing on a map (not every school or station). */
const MAPPED_SITES = new Set([
  "airport",
  "airfield",
  "base",
  "dam",
  "refinery",
  "reactor",
  "plant",
  "prison",
  "camp",
  "barracks",
]);

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
    if (
      !n.cap &&
      !(
        SITE_HEADS.has(n.lower) ||
        n.lower === "air" ||
        n.lower === "power" ||
        n.lower === "nuclear"
      )
    )
      break;
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
      site: { id: `site:${slugify(name)}`, name, kind: "site" },
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
  // US state abbreviations are mentions of the state: dotted pairs ("N.Y.", "S.C.") anywhere,
  // the others ("La.", "Calif.") after a town and a comma or in a party tag ("D-Calif.").
  // Each alternative starts with its capital and checks what precedes it after that, so the
  // engine skips ahead to capitals instead of running both look-behinds at every position.
  const extra: PlaceMention[] = [];
  for (const m of text.matchAll(
    /[A-Z](?<![\p{L}.][A-Z])\.[A-Z]\.|[A-Z](?<=(?:,[ \t]{0,3}|\b[DRI]-)[A-Z])[a-z]{1,4}\.|W\.\s?Va\./gu,
  )) {
    const abbr = m[0];
    const code = US_STATE_ABBREVIATIONS[abbr.replace(/\s/g, "")];
    const state = code ? gaz.byId(`admin:US-${code}`) : undefined;
    if (!state) continue;
    const start = m.index;
    // It replaces a name read into the same letters ("Mont." is not Mont, France).
    const clash = mentions.findIndex((o) => o.start < start + abbr.length && start < o.end);
    if (clash >= 0) {
      const o = mentions[clash];
      if (!o || o.end > start + abbr.length || o.start < start) continue;
      mentions.splice(clash, 1);
    }
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
    else if (
      m.site &&
      /^,?\s+(?:near|outside|in|at|close to|(?:north|south|east|west) of)\s+(?:the\s+)?(?:(?:town|city|village) of\s+)?$/i.test(
        between,
      )
    ) {
      m.container = { index: k + 1, strength: "in" };
    } else if (
      /^,?\s+(?:(?:located|situated|based)\s+)?in\s+(?:the\s+)?(?:(?:state|province|region) of\s+)?$/i.test(
        between,
      )
    ) {
      m.container = { index: k + 1, strength: "in" };
    }
  }
}
