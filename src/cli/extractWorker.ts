// One worker of the extraction pool: loads the gazetteer once, on its first article, then
// extracts whatever articles the main thread sends, one message in, one message out.
import { parentPort } from "node:worker_threads";
import type { Gazetteer } from "../core/places/gazetteer";
import { type ArticleTask, extractArticle } from "../core/extractArticle";
import { loadGazetteer } from "./loadGazetteer";
import type { WorkerReply } from "./extractPool";

const port = parentPort;
if (!port) throw new Error("extractWorker runs only as a worker thread");

let gazetteer: Promise<Gazetteer> | undefined;

port.on("message", (task: ArticleTask) => {
  gazetteer ??= loadGazetteer();
  gazetteer.then(
    (g) => port.postMessage({ outcome: extractArticle(task, g) } satisfies WorkerReply),
    (err: unknown) =>
      port.postMessage({
        error: `could not load the gazetteer: ${err instanceof Error ? err.message : String(err)}`,
      } satisfies WorkerReply),
  );
});
