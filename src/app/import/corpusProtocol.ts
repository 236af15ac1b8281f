// Messages between the page and the corpus worker (corpus.worker.ts), which extracts the articles
// the reader adds and merges them with the served dataset.
import type { DocumentRecord } from "../../core/contract";
import type { DocumentFindings } from "../../core/dataset";
import type { WorkerMessage } from "../data/workerProtocol";

/** An added article as IndexedDB keeps it: what the merge needs, so a reload does not extract
 * again (nor load the gazetteer). */
export interface AddedArticle {
  record: DocumentRecord;
  findings: DocumentFindings;
  /** Milliseconds since the epoch: the list shows articles in the order they were added. */
  addedAt: number;
}

/** A file (or pasted text) to extract. */
export interface ArticleInput {
  name: string;
  bytes: ArrayBuffer;
  /** What the reader typed in the paste dialog; none for a file. */
  meta?: { title?: string; url?: string; published?: string };
}

export type CorpusRequest =
  /** The corpus the added articles join: a dataset file's bytes, or null for none. */
  | { kind: "base"; bytes: ArrayBuffer | null; name: string }
  /** Articles added in an earlier visit, from IndexedDB; shown with the base sent next. */
  | { kind: "restore"; articles: AddedArticle[] }
  | { kind: "add"; inputs: ArticleInput[]; gazetteerUrl: string }
  /** The answer to "ask-date": an ISO date, or null to leave the article undated. */
  | { kind: "date"; date: string | null }
  | { kind: "cancel" }
  | { kind: "remove"; id: string }
  | { kind: "download" };

export type CorpusMessage =
  /** The merged corpus, as the dataset worker posts one. */
  | WorkerMessage
  /** The base file could not be used; the corpus shown stays as it was. */
  | { kind: "base-failed"; name: string; reason: string; problem: string | null }
  | { kind: "gazetteer"; loaded: number; total: number | null }
  | { kind: "progress"; done: number; total: number; current: string | null }
  | { kind: "ask-date"; name: string; title: string }
  | { kind: "added"; article: AddedArticle }
  | { kind: "problem"; name: string; reason: string }
  | { kind: "finished"; cancelled: boolean }
  | { kind: "dataset-file"; json: string };
