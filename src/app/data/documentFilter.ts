// Which articles the reader has chosen to look at (the Articles panel's checkboxes), and the events
// that leaves. A checked article and a checked outlet add to what is shown: checking an outlet and
// one article of another outlet shows both. Nothing checked is the full view.
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "./derive";
import { outletOf } from "./outlets";

export interface DocumentChoice {
  docs: readonly string[];
  outlets: readonly string[];
}

/** The ids of the documents the choice keeps, or null when it keeps every document. */
export function keptDocuments(
  documents: readonly DocumentSummary[],
  choice: DocumentChoice,
): ReadonlySet<string> | null {
  if (choice.docs.length === 0 && choice.outlets.length === 0) return null;
  const docs = new Set(choice.docs);
  const outlets = new Set(choice.outlets);
  return new Set(
    documents.filter((d) => docs.has(d.id) || outlets.has(outletOf(d))).map((d) => d.id),
  );
}

/** Events of the kept documents, in the order given; `kept` null keeps them all. */
export function filterByDocuments(
  events: readonly DatelineEvent[],
  kept: ReadonlySet<string> | null,
): readonly DatelineEvent[] {
  return kept === null ? events : events.filter((e) => kept.has(e.doc));
}

/**
 * The part of a choice this corpus knows: a link may name articles or outlets another corpus had.
 * Returns the same arrays when nothing is dropped, so a store update is a no-op.
 */
export function knownChoice(
  documents: readonly DocumentSummary[],
  choice: DocumentChoice,
): DocumentChoice {
  const ids = new Set(documents.map((d) => d.id));
  const names = new Set(documents.map(outletOf));
  const docs = choice.docs.filter((id) => ids.has(id));
  const outlets = choice.outlets.filter((o) => names.has(o));
  return {
    docs: docs.length === choice.docs.length ? choice.docs : docs,
    outlets: outlets.length === choice.outlets.length ? choice.outlets : outlets,
  };
}

/** A list of unique values, sorted, so the same choice always gives the same URL. */
export function normaliseChoice(values: readonly string[]): string[] {
  return [...new Set(values.filter((v) => v !== ""))].sort();
}

/** The list with the value added, or taken out when it was there. */
export function toggledIn(values: readonly string[], value: string): string[] {
  return values.includes(value)
    ? values.filter((v) => v !== value)
    : normaliseChoice([...values, value]);
}
