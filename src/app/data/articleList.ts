// The rows of the Articles panel: every document with its outlet and event count, sorted and
// searched there. Pure, so the panel can memoise on the index, the sort and the query alone.
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "./derive";
import { outletOf } from "./outlets";

export interface ArticleRow {
  document: DocumentSummary;
  outlet: string;
  events: number;
}

export type ArticleSort = "date" | "title" | "outlet" | "events";

export const ARTICLE_SORTS: readonly { key: ArticleSort; label: string }[] = [
  { key: "date", label: "Newest first" },
  { key: "title", label: "Title" },
  { key: "outlet", label: "Outlet" },
  { key: "events", label: "Most events" },
];

export function articleRows(
  documents: readonly DocumentSummary[],
  events: readonly DatelineEvent[],
): ArticleRow[] {
  const counts = new Map<string, number>();
  for (const e of events) counts.set(e.doc, (counts.get(e.doc) ?? 0) + 1);
  return documents.map((document) => ({
    document,
    outlet: outletOf(document),
    events: counts.get(document.id) ?? 0,
  }));
}

// Titles and outlets compare as a reader expects ("apple" beside "Apple", "10" after "9"); one
// collator, since creating one per comparison is slow at 10k rows.
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

function byDate(a: ArticleRow, b: ArticleRow): number {
  // Newest first; undated articles last.
  const x = a.document.published ?? "";
  const y = b.document.published ?? "";
  return x < y ? 1 : x > y ? -1 : 0;
}

const ORDERS: Record<ArticleSort, (a: ArticleRow, b: ArticleRow) => number> = {
  date: byDate,
  title: (a, b) => collator.compare(a.document.title, b.document.title),
  outlet: (a, b) => collator.compare(a.outlet, b.outlet) || byDate(a, b),
  events: (a, b) => b.events - a.events || byDate(a, b),
};

/** Sorted by `sort`, ties by title then path, so the order never depends on the input's. */
export function sortArticles(rows: readonly ArticleRow[], sort: ArticleSort): ArticleRow[] {
  const order = ORDERS[sort];
  return [...rows].sort(
    (a, b) =>
      order(a, b) ||
      collator.compare(a.document.title, b.document.title) ||
      (a.document.path < b.document.path ? -1 : a.document.path > b.document.path ? 1 : 0),
  );
}

/** Rows whose title, outlet or path holds every word of the query, in any case. */
export function searchArticles(rows: readonly ArticleRow[], query: string): readonly ArticleRow[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return rows;
  return rows.filter((row) => {
    const haystack = `${row.document.title}\n${row.outlet}\n${row.document.path}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** Each outlet with its article count, in the legend's order (data/outlets: most articles first). */
export function outletCounts(
  rows: readonly ArticleRow[],
  outlets: readonly string[],
): { outlet: string; articles: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(row.outlet, (counts.get(row.outlet) ?? 0) + 1);
  return outlets.map((outlet) => ({ outlet, articles: counts.get(outlet) ?? 0 }));
}
