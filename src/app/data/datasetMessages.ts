// What a worker posts to hand the page a dataset: its compact form (meta with the mention table
// and texts, events in chunks, done), or why it could not. The dataset worker posts a served
// dataset.json this way and the corpus worker (src/app/import) each merged corpus, so the page
// takes both the same way (loadDataset.ts).
import type { Dataset, DatelineEvent } from "../../core/contract";
import { parseDataset } from "./datasetSchema";
import { dayColumns } from "./datasetIndex";
import { deriveCompact } from "./derive";
import { INVALID_JSON_TITLE, INVALID_SCHEMA_TITLE, REGENERATE_HINT } from "./derivedFormat";
import { encodeMentionTable } from "./mentionTable";
import type { WorkerMessage } from "./workerProtocol";

// Each chunk is deserialised in one main-thread task; a few thousand events take some tens of ms.
const EVENTS_PER_MESSAGE = 2000;

export type Failure = Extract<WorkerMessage, { kind: "failed" }>;

export type Post = (message: WorkerMessage, transfer?: Transferable[]) => void;

export function postEvents(post: Post, events: readonly DatelineEvent[]): void {
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const chunk = events.slice(i, i + EVENTS_PER_MESSAGE);
    const { start, end } = dayColumns(chunk);
    post({ kind: "events", events: chunk, start, end }, [start.buffer, end.buffer]);
  }
}

/** A validated dataset, posted whole. */
export function postDataset(post: Post, dataset: Dataset): void {
  const derived = deriveCompact(dataset);
  const mentions = encodeMentionTable(derived.mentions);
  post({ kind: "meta", meta: derived.meta, mentions, texts: derived.texts }, [mentions.buffer]);
  postEvents(post, derived.events);
  post({ kind: "done" });
}

/** The bytes of a dataset file, parsed and validated; the failure as the page shows it. */
export function readDataset(
  bytes: ArrayBuffer,
): { ok: true; dataset: Dataset } | { ok: false; failure: Failure } {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    return {
      ok: false,
      failure: { kind: "failed", title: INVALID_JSON_TITLE, problems: [String(error)] },
    };
  }
  const result = parseDataset(json);
  if (result.ok) return result;
  const problems = result.problems;
  return {
    ok: false,
    failure: { kind: "failed", title: INVALID_SCHEMA_TITLE, problems, hint: REGENERATE_HINT },
  };
}
