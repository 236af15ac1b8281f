// Parses (and, for a bare dataset.json, validates and derives) the data off the main thread, then
// posts it back in chunks small enough that handling one never blocks the page for long.
import { INVALID_JSON_TITLE, INVALID_SCHEMA_TITLE, REGENERATE_HINT } from "./derivedFormat";
import { parseDataset } from "./datasetSchema";
import { deriveCompact, type DerivedMeta } from "./derive";
import { dayColumns } from "./datasetIndex";
import { encodeMentionTable } from "./mentionTable";
import type { DatelineEvent } from "../../core/contract";
import type { WorkerMessage, WorkerRequest } from "./workerProtocol";

// Each chunk is deserialised in one main-thread task; a few thousand events take some tens of ms.
const EVENTS_PER_MESSAGE = 2000;

const decoder = new TextDecoder();

function post(message: WorkerMessage, transfer: Transferable[] = []): void {
  self.postMessage(message, { transfer });
}

function postEvents(events: readonly DatelineEvent[]): void {
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const chunk = events.slice(i, i + EVENTS_PER_MESSAGE);
    const { start, end } = dayColumns(chunk);
    post({ kind: "events", events: chunk, start, end }, [start.buffer, end.buffer]);
  }
}

function fromDataset(bytes: ArrayBuffer): void {
  let json: unknown;
  try {
    json = JSON.parse(decoder.decode(bytes));
  } catch (error) {
    post({ kind: "failed", title: INVALID_JSON_TITLE, problems: [String(error)] });
    return;
  }
  const result = parseDataset(json);
  if (!result.ok) {
    post({
      kind: "failed",
      title: INVALID_SCHEMA_TITLE,
      problems: result.problems,
      hint: REGENERATE_HINT,
    });
    return;
  }
  const derived = deriveCompact(result.dataset);
  const mentions = encodeMentionTable(derived.mentions);
  post({ kind: "meta", meta: derived.meta, mentions, texts: derived.texts }, [mentions.buffer]);
  postEvents(derived.events);
  post({ kind: "done" });
}

// Derived files were validated when they were written (src/cli/derive.ts); a file that does not
// parse here means a broken build or transfer, reported the same way.
function parseDerived(bytes: ArrayBuffer, what: string): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (error) {
    post({
      kind: "failed",
      title: `The derived ${what} is not valid JSON.`,
      problems: [String(error)],
    });
    return undefined;
  }
}

self.onmessage = (e: MessageEvent<WorkerRequest>) => {
  const request = e.data;
  switch (request.kind) {
    case "dataset":
      fromDataset(request.bytes);
      break;
    case "meta": {
      const meta = parseDerived(request.bytes, "meta.json") as DerivedMeta | undefined;
      if (meta) post({ kind: "meta", meta, mentions: null, texts: null });
      break;
    }
    case "events": {
      const events = parseDerived(request.bytes, "events chunk") as DatelineEvent[] | undefined;
      if (events) postEvents(events);
      break;
    }
    case "end":
      post({ kind: "done" });
      break;
  }
};
