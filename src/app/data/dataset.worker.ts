// Parses (and, for a bare dataset.json, validates and derives) the data off the main thread, then
// posts it back in chunks small enough that handling one never blocks the page for long.
import type { DatelineEvent } from "../../core/contract";
import { postDataset, postEvents, readDataset, type Post } from "./datasetMessages";
import type { DerivedMeta } from "./derive";
import type { WorkerRequest } from "./workerProtocol";

const post: Post = (message, transfer = []) => self.postMessage(message, { transfer });

// Derived files were validated when they were written (src/cli/derive.ts); a file that does not
// parse here means a broken build or transfer, reported the same way.
function parseDerived(bytes: ArrayBuffer, what: string): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
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
    case "dataset": {
      const read = readDataset(request.bytes);
      if (read.ok) postDataset(post, read.dataset);
      else post(read.failure);
      break;
    }
    case "meta": {
      const meta = parseDerived(request.bytes, "meta.json") as DerivedMeta | undefined;
      if (meta) post({ kind: "meta", meta, mentions: null, texts: null });
      break;
    }
    case "events": {
      const events = parseDerived(request.bytes, "events chunk") as DatelineEvent[] | undefined;
      if (events) postEvents(post, events);
      break;
    }
    case "end":
      post({ kind: "done" });
      break;
  }
};
