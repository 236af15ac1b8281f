// One happening, one card: events of several articles sharing a `story` (src/core/stories) are
// shown once in the timeline, with every article that reported it as a source. Folding runs on
// what the filters leave, so a card counts only the sources still shown (checking one outlet in
// the Articles panel leaves one source, and an ordinary card).
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "./derive";
import { toDayNumber } from "./calendar";

export interface StoryCards {
  /** The events to show as cards, in timeline order: every event outside a story and one event
   * per story (its representative). */
  cards: readonly DatelineEvent[];
  /** The shown events of each folded card, the representative first, keyed by its id; cards
   * of a single article are not listed. */
  sourcesOf: ReadonlyMap<string, readonly DatelineEvent[]>;
}

/**
 * Which event stands for the story on its card, and so under which date it is listed: the most
 * precise date first (the narrowest range: "on Tuesday" says more than "last week", and every
 * member's range overlaps it), then the article published first (the first report), then the
 * timeline's own order.
 */
export function representativeOrder(
  documentsById: ReadonlyMap<string, DocumentSummary>,
): (a: DatelineEvent, b: DatelineEvent) => number {
  const span = (e: DatelineEvent) => toDayNumber(e.date.end) - toDayNumber(e.date.start);
  // An article without a date sorts after the dated ones.
  const published = (e: DatelineEvent) => documentsById.get(e.doc)?.published ?? "~";
  return (a, b) =>
    span(a) - span(b) || (published(a) < published(b) ? -1 : published(a) > published(b) ? 1 : 0);
}

/** Expects events in timeline order; keeps that order (the sort is stable, so ties keep it). */
export function foldStories(
  events: readonly DatelineEvent[],
  documentsById: ReadonlyMap<string, DocumentSummary>,
): StoryCards {
  const byStory = new Map<string, DatelineEvent[]>();
  for (const event of events) {
    if (event.story === undefined) continue;
    const members = byStory.get(event.story);
    if (members) members.push(event);
    else byStory.set(event.story, [event]);
  }
  const order = representativeOrder(documentsById);
  const sourcesOf = new Map<string, DatelineEvent[]>();
  const folded = new Set<DatelineEvent>();
  for (const members of byStory.values()) {
    if (new Set(members.map((e) => e.doc)).size < 2) continue;
    const ranked = [...members].sort(order);
    sourcesOf.set(ranked[0]!.id, ranked);
    for (const e of ranked.slice(1)) folded.add(e);
  }
  if (folded.size === 0) return { cards: events, sourcesOf };
  return { cards: events.filter((e) => !folded.has(e)), sourcesOf };
}

/** How many articles a card's events come from. */
export function sourceCount(sources: readonly DatelineEvent[]): number {
  return new Set(sources.map((e) => e.doc)).size;
}
