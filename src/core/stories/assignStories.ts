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
//     match: that is "same day, another city". Events naming no place match only each other, and
//     on stronger wording (3);
//  3. their wording is alike: TF-IDF cosine of content-word stems (./wording.ts), with date and
//     place names masked, at least MIN_COSINE and at least MIN_SHARED stems in common.
//
// Never all pairs: events are blocked by (day, country) and compared only inside a block, and a
// pair only in the block of the first day they share, so it is met once per country they share.
// Accepted pairs are merged greedily, most alike first, and only while the two groups have no
// article in common: a story holds at most one event per article, so a chain of loose matches
// cannot grow into a blob.

import type { Dataset, DatelineEvent, Place } from "../contract";
import { parseIsoDay, toEpochDay } from "../dates/calendar";
import { cyrb53 } from "../ids";
import { contentStems, documentFrequencies, tfidfVectors, type WordVector } from "./wording";

// Chosen on the test articles in ./fixtures (see README, "One happening, many sources"): reports
// of one happening in other words scored 0.25-0.6, different happenings of one town and day
// under 0.15. A placeless pair has only the words to go on, so it needs far more of them.
export const MIN_COSINE = 0.2;
export const MIN_COSINE_NO_PLACE = 0.4;
export const MIN_SHARED = 2;
export const MAX_RANGE_DAYS = 7;
export const MAX_WORD_BLOCK = 1000;

interface Candidate {
  event: DatelineEvent;
  first: number;
  last: number;
  places: Place[];
  vector: WordVector;
}

function epochDay(iso: string): number | null {
  const d = parseIsoDay(iso);
  return d ? toEpochDay(d) : null;
}

/** The passage with its date expression and place names blanked (see ./wording.ts for why). */
function maskedPassage(
  event: DatelineEvent,
  docText: string | undefined,
  mentions: { start: number; end: number }[],
): string {
  if (docText === undefined) return event.text.replace(event.date.text, " ");
  const chars = docText.slice(event.start, event.end).split("");
  const blank = (s: number, e: number) => {
    for (let i = Math.max(s, event.start); i < Math.min(e, event.end); i++)
      chars[i - event.start] = " ";
  };
  blank(event.date.span.start, event.date.span.end);
  for (const m of mentions) if (m.end > event.start && m.start < event.end) blank(m.start, m.end);
  return chars.join("");
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

function similarity(a: WordVector, b: WordVector): { cosine: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let cosine = 0;
  let shared = 0;
  for (const [s, w] of small) {
    const o = large.get(s);
    if (o !== undefined) {
      cosine += w * o;
      shared++;
    }
  }
  return { cosine, shared };
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function storyId(memberIds: string[]): string {
  const smallest = [...memberIds].sort(cmp)[0] ?? "";
  return `story:${cyrb53(smallest).toString(16).padStart(14, "0")}`;
}

/** Event id -> story id, for the events that share a happening with another article's event. */
export function assignStories(dataset: Dataset): Map<string, string> {
  const placeById = new Map(dataset.places.map((p) => [p.id, p]));
  const textByDoc = new Map(dataset.documents.map((d) => [d.id, d.text]));
  const mentions = mentionsByDoc(dataset.places);

  const eligible: Omit<Candidate, "vector">[] = [];
  const stems: string[][] = [];
  for (const event of dataset.events) {
    const first = epochDay(event.date.start);
    const last = epochDay(event.date.end);
    if (first === null || last === null || last - first + 1 > MAX_RANGE_DAYS) continue;
    const docMentions = mentionsIn(mentions.get(event.doc) ?? [], event.start, event.end);
    const masked = maskedPassage(event, textByDoc.get(event.doc), docMentions);
    const places = event.places.flatMap((id) => placeById.get(id) ?? []);
    eligible.push({ event, first, last, places });
    stems.push(contentStems(masked));
  }
  const df = documentFrequencies(stems);
  const vectors = tfidfVectors(stems, df);
  const candidates: Candidate[] = eligible.map((c, i) => ({ ...c, vector: vectors[i]! }));

  // Blocks: one per (day, country) an event touches, where events that both name places meet;
  // and one per (day, stem) for every stem that some other passage also has, where a placeless
  // event meets anyone. A stem that fills more than MAX_WORD_BLOCK passages of one day is too
  // common to say two of them are alike, and its block is skipped.
  const blocks = new Map<string, number[]>();
  const put = (k: string, i: number) => {
    const block = blocks.get(k);
    if (block) block.push(i);
    else blocks.set(k, [i]);
  };
  candidates.forEach((c, i) => {
    const keys = c.places.map((p) => `c:${p.country ?? p.id}`);
    for (const stem of c.vector.keys()) if ((df.get(stem) ?? 0) > 1) keys.push(`w:${stem}`);
    for (let day = c.first; day <= c.last; day++)
      for (const key of new Set(keys)) put(`${day}|${key}`, i);
  });

  const n = candidates.length;
  const pairs = new Map<number, { i: number; j: number; cosine: number }>();
  const consider = (i: number, j: number, day: number) => {
    const [a, b] = [candidates[i]!, candidates[j]!];
    if (a.event.doc === b.event.doc || Math.max(a.first, b.first) !== day) return;
    if (pairs.has(i * n + j)) return;
    const placeless = a.places.length === 0 || b.places.length === 0;
    if (!placeless && !placesMatch(a.places, b.places)) return;
    // In id order, so that the float sum, and with it the merge order, never depends on the
    // order events came in.
    const [first, second] = a.event.id < b.event.id ? [a, b] : [b, a];
    const { cosine, shared } = similarity(first.vector, second.vector);
    if (shared < MIN_SHARED || cosine < (placeless ? MIN_COSINE_NO_PLACE : MIN_COSINE)) return;
    pairs.set(i * n + j, { i, j, cosine });
  };
  for (const [key, block] of blocks) {
    const bar = key.indexOf("|");
    const day = Number(key.slice(0, bar));
    if (key.startsWith("c:", bar + 1)) {
      // Placeless events never stand in a country block.
      for (let x = 0; x < block.length; x++)
        for (let y = x + 1; y < block.length; y++) consider(block[x]!, block[y]!, day);
      continue;
    }
    if (block.length > MAX_WORD_BLOCK) continue;
    for (const i of block) {
      if (candidates[i]!.places.length > 0) continue;
      for (const j of block) {
        // A placeless pair is met from its first member only.
        if (j === i || (j < i && candidates[j]!.places.length === 0)) continue;
        consider(Math.min(i, j), Math.max(i, j), day);
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
export function withStories(dataset: Dataset): Dataset {
  const stories = assignStories(dataset);
  const events = dataset.events.map((e) => {
    const { story: _old, ...rest } = e;
    const story = stories.get(e.id);
    return story ? { ...rest, story } : rest;
  });
  return { ...dataset, events };
}
