// The corpus worker: extracts the articles the reader adds, with the CLI's pipeline and the
// gazetteer loaded here on first use, and posts the merged corpus after each article (at most
// twice a second, less often when the corpus is slow to merge), so articles show up as they
// finish. One article at a time; between two, the worker yields, so that a cancel or a date
// answer gets in.
import { postDataset, readDataset, type Post } from "../data/datasetMessages";
import { INVALID_JSON_TITLE } from "../data/derivedFormat";
import type { Gazetteer } from "../../core/places/gazetteer";
import { Corpus, extractInput } from "./corpus";
import type { ArticleInput, CorpusMessage, CorpusRequest } from "./corpusProtocol";
import { fetchGazetteer } from "./gazetteerStream";

const post = (message: CorpusMessage, transfer: Transferable[] = []) =>
  self.postMessage(message, { transfer });
const postDerived: Post = post;

const PUBLISH_EVERY_MS = 500;
/** How long the last merge took: a corpus of 100k events takes seconds to regroup, and merging
 * after every article would then cost far more than extracting them. */
let mergeMs = 0;

const corpus = new Corpus();
const queue: ArticleInput[] = [];
let running = false;
let cancelled = false;
let gazetteer: Promise<Gazetteer> | null = null;
let answerDate: ((date: string | null) => void) | null = null;

function publish(): void {
  const t0 = performance.now();
  postDataset(postDerived, corpus.dataset());
  mergeMs = performance.now() - t0;
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

async function run(gazetteerUrl: string): Promise<void> {
  running = true;
  cancelled = false;
  let done = 0;
  let lastPublished = performance.now();
  let unpublished = false;
  try {
    gazetteer ??= fetchGazetteer(gazetteerUrl, (loaded, total) =>
      post({ kind: "gazetteer", loaded, total }),
    );
    const places = await gazetteer.catch((error: unknown) => {
      gazetteer = null;
      throw error;
    });
    while (queue.length > 0 && !cancelled) {
      const input = queue.shift()!;
      post({ kind: "progress", done, total: done + queue.length + 1, current: input.name });
      const result = await extractInput(input, places, (title) => {
        post({ kind: "ask-date", name: input.name, title });
        return new Promise((resolve) => (answerDate = resolve));
      });
      done++;
      // Cancelled while its date was asked: the reader stopped before it was done.
      if (cancelled) break;
      if (!result.ok) post({ kind: "problem", name: input.name, reason: result.reason });
      else if (corpus.has(result.record.id))
        post({ kind: "problem", name: input.name, reason: "already added" });
      else {
        const article = { record: result.record, findings: result.findings, addedAt: Date.now() };
        corpus.add(article);
        post({ kind: "added", article });
        unpublished = true;
      }
      // At most every half second, and no more than a third of the time spent merging.
      const wait = Math.max(PUBLISH_EVERY_MS, 2 * mergeMs);
      if (unpublished && performance.now() - lastPublished >= wait) {
        publish();
        lastPublished = performance.now();
        unpublished = false;
      }
      await nextTask();
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    post({ kind: "problem", name: "place index", reason });
  } finally {
    if (unpublished) publish();
    queue.length = 0;
    running = false;
    post({ kind: "finished", cancelled });
  }
}

self.onmessage = (e: MessageEvent<CorpusRequest>) => {
  const request = e.data;
  switch (request.kind) {
    case "base": {
      if (request.bytes === null) corpus.setBase(null);
      else {
        const read = readDataset(request.bytes);
        if (!read.ok) {
          const { title, problems } = read.failure;
          const reason =
            title === INVALID_JSON_TITLE ? "not valid JSON" : "not a Dateline dataset (schema 1)";
          post({ kind: "base-failed", name: request.name, reason, problem: problems[0] ?? null });
          break;
        }
        corpus.setBase(read.dataset);
      }
      publish();
      break;
    }
    case "restore":
      // Shown with the base that follows.
      for (const article of request.articles) corpus.add(article);
      break;
    case "add":
      queue.push(...request.inputs);
      if (!running) void run(request.gazetteerUrl);
      break;
    case "date":
      answerDate?.(request.date);
      answerDate = null;
      break;
    case "cancel":
      cancelled = true;
      // An open date question is answered "skip"; the article is then the last one done.
      answerDate?.(null);
      answerDate = null;
      break;
    case "remove":
      if (corpus.remove(request.id)) publish();
      break;
    case "download":
      post({ kind: "dataset-file", json: `${JSON.stringify(corpus.dataset())}\n` });
      break;
  }
};
