// The rows of the Articles panel: every document with its outlet and event count, sorted and
// searched there. Pure, so the panel can memoise on the index, the sort and the query alone.
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "./derive";
import { outletOf } from "./outlets";

export interface ArticleRow {
  document: DocumentSummary;
  outlet: string;
  events: number;
  /** Title and outlet as they sort (see sortKey). */
  titleKey: string;
  outletKey: string;
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
  return documents.map((document) => {
    const outlet = outletOf(document);
    return {
      document,
      outlet,
      events: counts.get(document.id) ?? 0,
      titleKey: sortKey(document.title),
      outletKey: sortKey(outlet),
    };
  });
}

/**
 * A string that sorts as a reader expects under plain `<`: case and accents aside ("apple" beside
 * "Apple", "École" among the e's), numbers by value ("9" before "10"). Worked out once per row:
 * Intl.Collator compares the same way but costs microseconds a comparison, and sorting 15k
 * articles makes 200k of them.
 */
export function sortKey(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, "").padStart(12, "0"));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: ArticleRow, b: ArticleRow): number {
  // Newest first; undated articles last.
  const x = a.document.published ?? "";
  const y = b.document.published ?? "";
  return x < y ? 1 : x > y ? -1 : 0;
}

const ORDERS: Record<ArticleSort, (a: ArticleRow, b: ArticleRow) => number> = {
  date: byDate,
  title: (a, b) => compare(a.titleKey, b.titleKey),
  outlet: (a, b) => compare(a.outletKey, b.outletKey) || byDate(a, b),
  events: (a, b) => b.events - a.events || byDate(a, b),
};

/** Sorted by `sort`, ties by title then path, so the order never depends on the input's. */
export function sortArticles(rows: readonly ArticleRow[], sort: ArticleSort): ArticleRow[] {
  const order = ORDERS[sort];
  return [...rows].sort(
    (a, b) =>
      order(a, b) || compare(a.titleKey, b.titleKey) || compare(a.document.path, b.document.path),
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
