// Pages of the Sources panel: passages numbered across all of a place's documents.
import type { DocumentSources } from "./passages";

// A place named in thousands of passages shows them a page at a time, so opening its Sources
// draws fifty passages, not all of them.
export const PAGE_SIZE = 50;

/** The documents and passages on one page, passages numbered across all documents. */
export function pageOf(sources: readonly DocumentSources[], start: number): DocumentSources[] {
  const end = start + PAGE_SIZE;
  const page: DocumentSources[] = [];
  let first = 0;
  for (const { document, passages } of sources) {
    const last = first + passages.length;
    if (last > start && first < end)
      page.push({
        document,
        passages: passages.slice(Math.max(0, start - first), end - first),
      });
    if (last >= end) break;
    first = last;
  }
  return page;
}

/** The page holding the first passage that reports the event, else the first page. */
export function pageOfEvent(sources: readonly DocumentSources[], eventId: string | null): number {
  if (eventId === null) return 0;
  let n = 0;
  for (const { passages } of sources)
    for (const passage of passages) {
      if (passage.events.some((e) => e.id === eventId)) return Math.floor(n / PAGE_SIZE);
      n++;
    }
  return 0;
}
