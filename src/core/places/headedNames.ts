// Stage 2: head words. A word after a name says what the name is before any filter asks about
// the name itself: "Dublin Road" is a street and "Fraser Valley" a valley, not Dublin or Fraser;
// "Kherson Oblast" and "the Kharkiv region" are divisions. Names the gazetteer lacks are read
// here too, from their head word ("Avoyelles Parish", "Lakeside Air Base", "Lake Velkin"), as
// readings of their first token for the scan stage.
import { foldName, slugify } from "./fold";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { placeNounBefore } from "./candidates";
import {
  ADMIN_HEADS,
  CALENDAR_WORDS,
  CODE_NAME_PREFIXES,
  COMMON_WORDS,
  COMPANY_HEADS,
  FEATURE_HEADS,
  FEATURE_PREFIXES,
  FIRST_NAMES,
  LOCATIVE_PREPOSITIONS,
  MEDIA_HEADS,
  NAME_CONNECTORS,
  SITE_HEADS,
  STREET_HEADS,
  TITLES,
} from "./lexicon";
import { type Token, isSpaceGap, runStart, withoutPossessive } from "./tokens";
import type { Candidate, Head, PlaceDraft, PlaceMention, PlaceStage } from "./types";

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

/**
 * Does the capitalised word at token i carry on a name begun before it? Not after a sentence's
 * opening "The" ("The Great Plains") nor after a place's possessive ("Ruritania's Velkin
 * Valley"): those open a new name.
 */
function continuesName(tokens: Token[], i: number, gaz: Gazetteer): boolean {
  const prev = tokens[i - 1];
  const tok = tokens[i];
  if (!prev?.cap || !tok || !isSpaceGap(tok.gap) || tok.sentStart) return false;
  if (prev.lower === "the" && prev.sentStart) return false;
  const owner = withoutPossessive(prev);
  return owner.end === prev.end || !gaz.hasFolded(foldName(owner.text));
}

/**
 * Names the gazetteer lacks but whose head word says what they are: "Avoyelles Parish" (a
 * county), "Lakeside Air Base" (a site). They resolve from context in the next stage.
 */
export function unknownNamed(
  text: string,
  tokens: Token[],
  i: number,
  gaz: Gazetteer,
): { mention: PlaceMention; next: number } | undefined {
  const tok = tokens[i];
  if (!tok?.cap) return undefined;
  // "Operation Desert Lance": a code name borrows head words but names no feature.
  if (CODE_NAME_PREFIXES.has(tokens[runStart(tokens, i)]?.lower ?? "")) return undefined;
  const nextTok = tokens[i + 1];
  if (
    FEATURE_PREFIXES.has(tok.lower) &&
    !continuesName(tokens, i, gaz) &&
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
    if (SITE_HEADS.has(n.lower) && mappedHeadNext(tokens, j)) continue;
    if (ADMIN_HEADS.has(n.lower) || SITE_HEADS.has(n.lower) || STREET_HEADS.has(n.lower)) break;
    // "Red River Delta": a feature named after another runs on to the second head.
    const n2 = tokens[j + 1];
    if (
      FEATURE_HEADS.has(n.lower) &&
      !(n2?.cap && isSpaceGap(n2.gap) && FEATURE_HEADS.has(n2.lower))
    )
      break;
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
  if (continuesName(tokens, i, gaz)) return undefined;
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
  // "the Summer Palace": after "the", an ordinary word may name a landmark.
  const landmark = j === i + 1 && MAPPED_SITES.has(head.lower) && tokens[i - 1]?.lower === "the";
  if (ordinaryStart && landmark) return namedSite(text, tokens, i, gaz);
  // "the Great Plains", "the Sun Belt": after "the", an ordinary word may name a broad area, and
  // names no place of its own. Not a river or a valley ("the Red River"): such names run through
  // several regions or countries, and reading them cost local-news resolution accuracy.
  if (ordinaryStart && j === i + 1 && AREA_HEADS.has(head.lower) && tokens[i - 1]?.lower === "the")
    return {
      mention: headedMention(text, tok, head, "feature", [], isLocative(tokens, i)),
      next: j + 1,
    };
  // A feature named after another ("the Red River Delta") is one area, however ordinary its
  // first word.
  const compound = j === i + 2 && FEATURE_HEADS.has(tokens[i + 1]?.lower ?? "");
  if (ordinaryStart && !compound) return undefined;
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
export function headedMention(
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

/** Feature heads of broad areas, which an ordinary word may name: "the Corn Belt". */
const AREA_HEADS = new Set(["belt", "plains"]);

/** Site heads that make a named site worth placing on a map (not every school or station). */
export const MAPPED_SITES = new Set([
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
  "station",
  "palace",
]);

/** "Velkin Hospital Station", "Quenby University Airport": a site named after another site. */
function mappedHeadNext(tokens: Token[], j: number): boolean {
  const n = tokens[j + 1];
  return !!n && n.cap && isSpaceGap(n.gap) && MAPPED_SITES.has(n.lower);
}

/**
 * Services whose stations are everywhere and named for them ("the Quenby Fire Station"): a
 * building, not a stop or a base worth its own pin.
 */
const SERVICE_STATIONS =
  /^(?:fire|police|gas|petrol|filling|service|power|pumping|radio|weather|research|space|lifeboat|ambulance)$/;

/**
 * "Lakeside Air Base", "the Dorval airport near X": a capitalised name ending in a site head word.
 * The mention covers the whole name; its candidates are whatever place its first words name, and
 * resolution prefers the place the text puts it near.
 */
export function namedSite(
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
    if (SITE_HEADS.has(n.lower) && !mappedHeadNext(tokens, j)) break;
  }
  const head = tokens[j];
  const first = tokens[i];
  if (!head || !first || !MAPPED_SITES.has(head.lower) || j === i) return undefined;
  if (head.lower === "station" && SERVICE_STATIONS.test(tokens[j - 1]?.lower ?? ""))
    return undefined;
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
 * A head-word rule: the head it reads after a gazetteer name, if any. Examples and non-examples
 * as for the filter rules (the name in brackets), checked by the same test.
 */
export interface HeadRule {
  name: Head["kind"];
  head: (c: Candidate, tokens: Token[]) => Head | undefined;
  examples: string[];
  nonExamples: string[];
}

const nextWord = (c: Candidate): string => (c.via === "name" ? (c.next?.lower ?? "") : "");

/** In order: the first that reads a head decides. */
export const HEAD_RULES: HeadRule[] = [
  {
    name: "street",
    head: (c) => (c.nextHead && STREET_HEADS.has(nextWord(c)) ? { kind: "street" } : undefined),
    examples: ["A fire on [Dublin] Road spread.", "Crowds filled [Quenby]'s Square."],
    nonExamples: ["A fire in [Dublin] spread."],
  },
  {
    name: "feature",
    head: (c, tokens) =>
      c.nextHead && FEATURE_HEADS.has(nextWord(c)) && !namedOn(tokens, c.to + 1)
        ? { kind: "feature" }
        : undefined,
    examples: ["The [Velkin] River rose."],
    nonExamples: ["The [Velkin] River Authority met.", "The [Velkin] council met."],
  },
  {
    // "US Delta Force": the rest of the run is another name, never read as a place.
    name: "rest-of-run",
    head: (c, tokens) =>
      c.nextHead && FEATURE_HEADS.has(nextWord(c)) && namedOn(tokens, c.to + 1)
        ? { kind: "rest-of-run" }
        : undefined,
    examples: ["The [Velkin] River Authority met."],
    nonExamples: ["The [Velkin] River rose."],
  },
  {
    // "the Kyiv Post", "Canada Day", "Dublin Bus" are not divisions: the filters judge them.
    name: "division",
    head: (c) => {
      const w = nextWord(c);
      if (!c.nextJoined || MEDIA_HEADS.has(w) || w === "day" || COMPANY_HEADS.has(w)) return;
      if (!ADMIN_HEADS.has(w)) return undefined;
      const county = /^(county|parish|borough|township)$/.test(w);
      return { kind: "division", hint: county ? "county" : "admin" };
    },
    examples: ["Floods hit [Velkin] County.", "Shelling hit [Velkin] Province."],
    nonExamples: ["Floods hit [Velkin] on Monday.", "Floods hit the [Velkin] region."],
  },
  {
    // "the Kharkiv region", "Helmand province": a lower-case division word.
    name: "division-word",
    head: (c) =>
      c.next && !c.next.cap && /^\s+$/.test(c.next.gap) && ADMIN_HEADS.has(nextWord(c))
        ? { kind: "division-word" }
        : undefined,
    examples: ["Floods hit the [Velkin] region."],
    nonExamples: ["Floods hit [Velkin] County.", "Floods hit [Velkin] again."],
  },
  {
    // "Velkin town", "in Kherson city": the town, where a region or district shares its name.
    name: "town-word",
    head: (c) =>
      c.next && !c.next.cap && /^\s+$/.test(c.next.gap) && /^(town|city)$/.test(nextWord(c))
        ? { kind: "town-word" }
        : undefined,
    examples: ["Lights came on in [Velkin] town."],
    nonExamples: ["Lights came on in [Velkin] Town.", "Lights came on in [Velkin] today."],
  },
];

/** The head word after a gazetteer name, if any. */
function headOf(c: Candidate, tokens: Token[]): Head | undefined {
  for (const rule of HEAD_RULES) {
    const head = rule.head(c, tokens);
    if (head) return head;
  }
  return undefined;
}

/** Particles inside a foreign name ("Deir al-Velk"), not English words that join two names. */
const FOREIGN_PARTICLES = new Set(
  [...NAME_CONNECTORS].filter((w) => !["of", "the", "and", "on", "upon"].includes(w)),
);

/**
 * The name a place noun introduces, when the gazetteer lacks it: "the village of Brannock",
 * "the districts of Oska and Velmar Jos", "a town called Ilkarra". Up to four capitalised words,
 * joined by spaces, hyphens or a lower-case particle ("Deir al-Velk"). A plural noun goes on
 * through a list ("X, Y and Z"). Read as a site: resolution puts it where the text does.
 */
function placeNounNames(text: string, tokens: Token[], gaz: Gazetteer): PlaceDraft[] {
  const out: PlaceDraft[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!tokens[i]?.cap || !placeNounBefore(tokens, i - 1)) continue;
    const plural = /s$/.test(tokens[i - 2]?.lower ?? "");
    const list: PlaceDraft[] = [];
    let k = i;
    let j = i;
    for (;;) {
      const first = tokens[k];
      if (!first?.cap || TITLES.has(first.lower) || CALENDAR_WORDS.has(first.lower)) break;
      if (COMMON_WORDS.has(first.lower)) break;
      j = k;
      while (j - k < 3) {
        const n = tokens[j + 1];
        if (!n || !(isSpaceGap(n.gap) || n.gap === "-")) break;
        const particle = !n.cap && FOREIGN_PARTICLES.has(n.lower) && !!tokens[j + 2]?.cap;
        if (!n.cap && !particle) break;
        if (particle) {
          const after = tokens[j + 2];
          if (!after || !(isSpaceGap(after.gap) || after.gap === "-")) break;
          j++;
        }
        j++;
      }
      const end = withoutPossessive(tokens[j] ?? first).end;
      const name = text.slice(first.start, end);
      const key = foldName(name);
      if (!gaz.hasFolded(key) && !gaz.hasFolded(first.lower)) {
        list.push({
          at: k,
          next: j + 1,
          mention: {
            start: first.start,
            end,
            text: name,
            via: "name",
            key,
            candidates: [],
            hint: "site",
            site: { id: `site:${slugify(name)}`, name, kind: "site" },
            locative: true,
            by: "recognize:place-noun",
          },
        });
      }
      if (!plural) break;
      // "X, Y and Z", "X and Y": the next name of the list.
      const sep = tokens[j + 1];
      if (sep?.lower === "and" && !sep.cap && tokens[j + 2]?.cap) k = j + 2;
      else if (sep?.cap && /^,\s*$/.test(sep.gap)) k = j + 1;
      else break;
    }
    // Only where the text says where the list lies ("X, Y", "X in Y", "X near Y"): with no place
    // beside it, a name the gazetteer lacks has nowhere to go but the story's main town, which
    // may be far off.
    const after = tokens[j + 1];
    const beside =
      !!after &&
      ((after.cap && /^,\s*$/.test(after.gap)) ||
        (!after.cap &&
          /^(?:in|near|outside)$/.test(after.lower) &&
          !!tokens[j + 2]?.cap &&
          isSpaceGap(tokens[j + 2]?.gap ?? "")));
    if (beside) out.push(...list);
    i = k;
  }
  return out;
}

export const readHeadedNames: PlaceStage = (ctx, drafts) => {
  const { text, tokens, gaz } = ctx;
  const out: PlaceDraft[] = [];
  for (const d of drafts) {
    const head = d.candidate && headOf(d.candidate, tokens);
    out.push(head ? { ...d, head } : d);
  }
  const named = new Set<number>();
  tokens.forEach((tok, i) => {
    if (tok.lower === "the") return;
    const unknown = unknownNamed(text, tokens, i, gaz);
    if (unknown) {
      out.push({ at: i, next: unknown.next, mention: unknown.mention });
      named.add(i);
    }
  });
  // One head reading a token: one from a head word is the more specific.
  for (const d of placeNounNames(text, tokens, gaz)) if (!named.has(d.at)) out.push(d);
  return out;
};

/** The mention a candidate makes with its head word: the street, feature or division it names. */
export function withHead(text: string, d: PlaceDraft, c: Candidate): PlaceMention {
  const head = d.head;
  if (head && (head.kind === "street" || head.kind === "feature") && c.next)
    return headedMention(text, c.first, c.next, head.kind, c.candidates, c.locative);
  let hint: PlaceMention["hint"];
  let end = c.end;
  if (head?.kind === "division" && c.next) {
    hint = head.hint;
    end = withoutPossessive(c.next).end;
  } else if (head?.kind === "division-word") hint = "admin";
  else if (head?.kind === "town-word") hint = "city";
  return {
    ...d.mention,
    end,
    text: text.slice(c.first.start, end),
    ...(hint ? { hint } : {}),
    by: `recognize:${c.via}${hint ? `+${hint}` : ""}`,
  };
}
