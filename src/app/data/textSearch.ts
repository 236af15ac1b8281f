// Full-text search over event passages. A query is a list of terms (words, or "quoted phrases");
// a passage matches when it holds every term, case-insensitively. Matching runs on the original
// text with a regular expression, so the offsets it reports are offsets into that text (lowering
// the case first can change a string's length, e.g. "İ").
import type { DatelineEvent } from "../../core/contract";

export interface TextRun {
  text: string;
  hit: boolean;
}

const MAX_TERMS = 8;

export function searchTerms(query: string): string[] {
  const terms: string[] = [];
  for (const m of query.matchAll(/"([^"]+)"|(\S+)/g)) {
    const term = (m[1] ?? m[2] ?? "").trim().toLowerCase();
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms.slice(0, MAX_TERMS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** One pattern for all terms, longest first so "kyiv region" wins over "kyiv". */
function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(sorted.join("|"), "giu");
}

export function matchesAllTerms(text: string, terms: readonly string[]): boolean {
  if (terms.length === 0) return true;
  const found = new Set<string>();
  // Each term is checked on its own: one pattern would let "kyiv" hide inside a "kyiv region" hit.
  for (const term of terms) {
    if (new RegExp(escapeRegExp(term), "iu").test(text)) found.add(term);
  }
  return found.size === terms.length;
}

export function filterBySearch(
  events: readonly DatelineEvent[],
  terms: readonly string[],
): readonly DatelineEvent[] {
  if (terms.length === 0) return events;
  return events.filter((e) => matchesAllTerms(e.text, terms));
}

/** Splits text into runs, the runs matching a term marked as hits. */
export function splitByTerms(text: string, terms: readonly string[]): TextRun[] {
  const pattern = termPattern(terms);
  if (!pattern || !text) return text ? [{ text, hit: false }] : [];
  const runs: TextRun[] = [];
  let cursor = 0;
  for (const m of text.matchAll(pattern)) {
    const at = m.index;
    if (m[0].length === 0) continue;
    if (at > cursor) runs.push({ text: text.slice(cursor, at), hit: false });
    runs.push({ text: m[0], hit: true });
    cursor = at + m[0].length;
  }
  if (cursor < text.length) runs.push({ text: text.slice(cursor), hit: false });
  return runs;
}
