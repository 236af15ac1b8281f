// One happening, many sources (issue 11): events of different articles that report the same
// thing get one `story` id. It spans articles, so it runs once on the merged Dataset, after the
// per-article stages, and reads nothing but the Dataset (no clock, no Node): the same corpus gives
// the same stories wherever it runs.
//
// Two events are the same happening when all three hold:
//  1. their date ranges overlap, and each is at most a week long: "in 2019" or "in March" is a
//     period, not the date of a happening, and overlapping one says nothing;
//  2. they share a place, or one names a country and the other a place inside it (the only
//     containment the Dataset records, via Place.country). Two cities of one country do not
//     match: that is "same day, another city". An event whose passage names no place ("Police
//     identified the man on Saturday") is taken to be where its article is: every town, site
//     and admin area the article names. That is looser, so such a pair needs stronger wording;
//  3. their wording is alike: TF-IDF cosine of content-word stems (./wording.ts), with date and
//     place names masked, at least `minCosine` (`minCosineBorrowed` with borrowed places) and
//     at least `minShared` stems in common.
//
// Never all pairs: events are blocked by (day, country) and compared only inside a block, and a
// pair only in the block of the first day they share, so it is met once per country they share.
// Accepted pairs are merged greedily, most alike first, and only while the two groups have no
// article in common: a story holds at most one event per article, so a chain of loose matches
// cannot grow into a blob.

import type { Dataset, DatelineEvent, Place } from "../contract";
import { parseIsoDay, toEpochDay } from "../dates/calendar";
import { cyrb53 } from "../ids";
import { contentStems, similarity, tfidfVectors, type WordVector } from "./wording";

// Chosen on the test articles in ./fixtures and checked on US local news (see README, "One
// happening, many sources"): reports of one happening in other words scored 0.25-0.6, different
// happenings of one town and day under 0.15.
export interface StoryOptions {
  minCosine: number;
  minCosineBorrowed: number;
  minShared: number;
  maxRangeDays: number;
}
export const STORY_DEFAULTS: StoryOptions = {
  minCosine: 0.2,
  minCosineBorrowed: 0.4,
  minShared: 3,
  maxRangeDays: 7,
};
const LOCAL = new Set<Place["kind"]>(["city", "site", "admin"]);

interface Candidate {
  event: DatelineEvent;
  first: number;
  last: number;
  places: Place[];
  /** The places are the article's, the passage naming none. */
  borrowed: boolean;
  vector: WordVector;
}

function epochDay(iso: string): number | null {
  const d = parseIsoDay(iso);
  return d ? toEpochDay(d) : null;
}

/** The passage with its date expression and place names blanked (see ./wording.ts for why). */
/**
 * An event's passage with its date and place mentions blanked, so wording compares what happened,
 * not where or when (that is compared on its own). Needs the article's text, so the extractor
 * works it out per article (see `findingsOf`) and the merge, which no longer holds texts, gets it.
 */
export function maskedPassage(
  event: DatelineEvent,
  docText: string,
  mentions: readonly { start: number; end: number }[],
): string {
  const cuts = [event.date.span, ...mentions]
    .filter((m) => m.end > event.start && m.start < event.end)
    .sort((x, y) => x.start - y.start);
  let out = "";
  let at = event.start;
  for (const c of cuts) {
    if (c.start > at) out += docText.slice(at, c.start);
    out += " ";
    at = Math.max(at, c.end);
  }
  return out + docText.slice(Math.min(at, event.end), event.end);
}

/** Mentions per document, sorted by start, so an event finds its own by binary search. */
function mentionsByDoc(places: Place[]): Map<string, { start: number; end: number }[]> {
  const out = new Map<string, { start: number; end: number }[]>();
  for (const p of places) {
    for (const m of p.mentions) {
      let list = out.get(m.doc);
      if (!list) out.set(m.doc, (list = []));
      list.push(m);
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

function mentionsIn(list: { start: number; end: number }[], start: number, end: number) {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < start) lo = mid + 1;
    else hi = mid;
  }
  const out: { start: number; end: number }[] = [];
  for (let i = lo; i < list.length && list[i]!.start < end; i++) out.push(list[i]!);
  return out;
}

function placesMatch(a: Place[], b: Place[]): boolean {
  return a.some((p) =>
    b.some(
      (q) =>
        p.id === q.id ||
        (p.kind === "country" && q.country === p.country) ||
        (q.kind === "country" && p.country === q.country),
    ),
  );
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function storyId(memberIds: string[]): string {
  const smallest = [...memberIds].sort(cmp)[0] ?? "";
  return `story:${cyrb53(smallest).toString(16).padStart(14, "0")}`;
}

/** Event id -> story id, for the events that share a happening with another article's event. */
export function assignStories(
  dataset: Pick<Dataset, "places" | "events">,
  maskedOf: (event: DatelineEvent) => string,
  options: StoryOptions = STORY_DEFAULTS,
): Map<string, string> {
  const { minCosine, minCosineBorrowed, minShared, maxRangeDays } = options;
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const docPlaces = new Map<string, Place[]>();
  for (const p of dataset.places) {
    for (const doc of new Set(p.mentions.map((m) => m.doc))) {
      const list = docPlaces.get(doc);
      if (list) list.push(p);
      else docPlaces.set(doc, [p]);
    }
  }

  const eligible: Omit<Candidate, "vector">[] = [];
  const stems: string[][] = [];
  for (const event of dataset.events) {
    const first = epochDay(event.date.start);
    const last = epochDay(event.date.end);
    if (first === null || last === null || last - first + 1 > maxRangeDays) continue;
    const masked = maskedOf(event);
    const own = event.places.flatMap((id) => placeById.get(id) ?? []);
    const borrowed = own.length === 0;
    // Borrowed places are the article's towns, sites and admin areas, not the countries and
    // regions it also names: "the U.S." in a story about one town says nothing about where an
    // unplaced sentence of it happened.
    const places = borrowed
      ? (docPlaces.get(event.doc) ?? []).filter((p) => LOCAL.has(p.kind))
      : own;
    eligible.push({ event, first, last, places, borrowed });
    stems.push(contentStems(masked));
  }
  const vectors = tfidfVectors(stems);
  const candidates: Candidate[] = eligible.map((c, i) => ({ ...c, vector: vectors[i]! }));

  const blocks = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    const keys = new Set(c.places.map((p) => p.country ?? p.id));
    for (let day = c.first; day <= c.last; day++) {
      for (const key of keys) {
        const k = `${day}|${key}`;
        const block = blocks.get(k);
        if (block) block.push(i);
        else blocks.set(k, [i]);
      }
    }
  });

  const n = candidates.length;
  // The inner loop runs millions of times at 100k events: plain numbers, no string compares.
  const docNumber = new Map<string, number>();
  const docOf = Int32Array.from(candidates, (c) => {
    const known = docNumber.get(c.event.doc);
    if (known !== undefined) return known;
    docNumber.set(c.event.doc, docNumber.size);
    return docNumber.size - 1;
  });
  const firstOf = Int32Array.from(candidates, (c) => c.first);
  const pairs = new Map<number, { i: number; j: number; cosine: number }>();
  for (const [key, block] of blocks) {
    const day = Number(key.slice(0, key.indexOf("|")));
    for (let x = 0; x < block.length; x++) {
      const i = block[x]!;
      const [docA, firstA] = [docOf[i]!, firstOf[i]!];
      for (let y = x + 1; y < block.length; y++) {
        const j = block[y]!;
        if (docOf[j] === docA || (firstA > firstOf[j]! ? firstA : firstOf[j]!) !== day) continue;
        const [a, b] = [candidates[i]!, candidates[j]!];
        if (pairs.has(i * n + j) || !placesMatch(a.places, b.places)) continue;
        const { cosine, shared } = similarity(a.vector, b.vector);
        const least = a.borrowed || b.borrowed ? minCosineBorrowed : minCosine;
        if (shared >= minShared && cosine >= least) pairs.set(i * n + j, { i, j, cosine });
      }
    }
  }

  // Greedy merge, most alike first; ties by event ids so the result never depends on map order.
  const idPair = (p: { i: number; j: number }) =>
    [candidates[p.i]!.event.id, candidates[p.j]!.event.id].sort(cmp).join(" ");
  const ordered = [...pairs.values()]
    .map((p) => ({ ...p, key: idPair(p) }))
    .sort((p, q) => q.cosine - p.cosine || cmp(p.key, q.key));
  const parent = candidates.map((_, i) => i);
  const docs = candidates.map((c) => new Set([c.event.doc]));
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const { i, j } of ordered) {
    const [ri, rj] = [root(i), root(j)];
    if (ri === rj) continue;
    const [small, large] = docs[ri]!.size <= docs[rj]!.size ? [ri, rj] : [rj, ri];
    if ([...docs[small]!].some((d) => docs[large]!.has(d))) continue;
    parent[small] = large;
    for (const d of docs[small]!) docs[large]!.add(d);
  }

  const members = new Map<number, string[]>();
  candidates.forEach((c, i) => {
    const r = root(i);
    const list = members.get(r);
    if (list) list.push(c.event.id);
    else members.set(r, [c.event.id]);
  });
  const out = new Map<string, string>();
  for (const ids of members.values()) {
    if (ids.length < 2) continue;
    const id = storyId(ids);
    for (const e of ids) out.set(e, id);
  }
  return out;
}

/** The Dataset with `story` set on grouped events (and cleared on the rest); the input is kept. */
/** Event id -> story id for a whole Dataset, its texts at hand. */
export function storiesOf(dataset: Dataset, options = STORY_DEFAULTS): Map<string, string> {
  const textByDoc = new Map(dataset.documents.map((d) => [d.id, d.text]));
  const mentions = mentionsByDoc(dataset.places);
  const maskedOf = (event: DatelineEvent) =>
    maskedPassage(
      event,
      textByDoc.get(event.doc) ?? "",
      mentionsIn(mentions.get(event.doc) ?? [], event.start, event.end),
    );
  return assignStories(dataset, maskedOf, options);
}

/** The dataset with `story` set on the events that share a happening (any old value cleared). */
export function withStories(dataset: Dataset, options = STORY_DEFAULTS): Dataset {
  return { ...dataset, events: applyStories(dataset.events, storiesOf(dataset, options)) };
}

/** Events with the stories set (any old value cleared), in the same order. */
export function applyStories(
  events: readonly DatelineEvent[],
  stories: ReadonlyMap<string, string>,
): DatelineEvent[] {
  return events.map((e) => {
    const { story: _old, ...rest } = e;
    const story = stories.get(e.id);
    return story ? { ...rest, story } : rest;
  });
}
