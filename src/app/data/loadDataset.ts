// Loads what the app shows. The derived files that `npm run build` writes come first; without them
// (dev server, or a test that injects a dataset) dataset.json itself is read, and the same derive
// code turns it into the same compact form in the worker. The main thread only fetches raw bytes and
// hands them on; parsing, validation and indexing happen in the worker, so the page never blocks.
// URLs are relative so the built app works from any sub-path (vite `base: "./"`).
import { knownChoice } from "./documentFilter";
import { useDatelineStore } from "../store";
import { IndexBuilder } from "./datasetIndex";
import { deriveCompact, type DerivedMeta } from "./derive";
import { decodeMentionTable, encodeMentionTable } from "./mentionTable";
import type { DerivedManifest } from "./derivedFormat";
import { setTextSource } from "./documentTexts";
import type { WorkerMessage, WorkerRequest } from "./workerProtocol";

export const DATASET_URL = "./data/dataset.json";
export const DERIVED_URL = "./data/derived/";

export class LoadError extends Error {
  constructor(
    readonly title: string,
    readonly problems: string[] = [],
    readonly hint?: string,
  ) {
    super(title);
  }
}

/** The server has no dataset.json: an empty corpus (the empty state says how to make one). */
class NoDataset extends LoadError {
  constructor() {
    super("No dataset.json is served.");
  }
}

/** The served dataset.json as bytes, or null when there is none: the corpus added articles join. */
export async function fetchServedDataset(): Promise<ArrayBuffer | null> {
  try {
    return await fetchBytes(DATASET_URL, "dataset");
  } catch (error) {
    if (error instanceof NoDataset) return null;
    throw error;
  }
}

/** The derived manifest, or null when there is none to read (404, or the server answered with
 * something that is not one, e.g. an HTML fallback page). */
async function fetchManifest(): Promise<DerivedManifest | null> {
  try {
    const response = await fetch(`${DERIVED_URL}manifest.json`, { cache: "no-cache" });
    if (!response.ok) return null;
    const manifest = (await response.json()) as DerivedManifest;
    return manifest.format === 1 ? manifest : null;
  } catch {
    return null;
  }
}

async function fetchBytes(url: string, what: string): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-cache" });
  } catch (error) {
    throw new LoadError(`The ${what} could not be fetched.`, [String(error)]);
  }
  if (response.status === 404 && url === DATASET_URL) throw new NoDataset();
  if (!response.ok)
    throw new LoadError(`The ${what} could not be fetched (HTTP ${response.status}).`);
  return response.arrayBuffer();
}

export interface Collected {
  meta: DerivedMeta;
  mentions: Int32Array | null;
  texts: string[] | null;
  builder: IndexBuilder;
}

/** Gathers one dataset's worker messages (meta, event chunks, done) until it is done; each one is
 * handled (and its events indexed) in a task of its own. */
export function collector(onEvents: (count: number) => void): {
  handle: (message: WorkerMessage) => void;
  fail: (error: Error) => void;
  result: Promise<Collected>;
} {
  const builder = new IndexBuilder();
  let head: Pick<Collected, "meta" | "mentions" | "texts"> | null = null;
  let settle: { resolve: (c: Collected) => void; reject: (e: Error) => void } | null = null;
  const result = new Promise<Collected>((resolve, reject) => (settle = { resolve, reject }));
  const handle = (message: WorkerMessage) => {
    switch (message.kind) {
      case "meta":
        head = message;
        break;
      case "events":
        builder.add(message.events, { start: message.start, end: message.end });
        onEvents(builder.count);
        break;
      case "failed":
        settle?.reject(new LoadError(message.title, message.problems, message.hint));
        break;
      case "done":
        if (head) settle?.resolve({ ...head, builder });
        else settle?.reject(new LoadError("The dataset could not be read.", ["no metadata"]));
        break;
    }
  };
  return { handle, fail: (error) => settle?.reject(error), result };
}

function collect(worker: Worker, onEvents: (count: number) => void): Promise<Collected> {
  const { handle, fail, result } = collector(onEvents);
  worker.onerror = (e) => fail(new LoadError("The dataset could not be read.", [e.message]));
  worker.onmessage = (e: MessageEvent<WorkerMessage>) => handle(e.data);
  return result;
}

/** Puts a collected dataset in the store; `mentions` when the page fetched mentions.bin itself. */
export function showCollected(data: Collected, mentions: Int32Array | null = null): void {
  const table = decodeMentionTable(mentions ?? data.mentions ?? new Int32Array(0));
  setTextSource(data.texts ? { all: data.texts } : { url: DERIVED_URL });
  const index = data.builder.finish({ meta: data.meta, mentions: table });
  // Selections restored from a link (or made in the corpus before an import) may name things
  // this dataset does not have.
  const { selectedPlaceId, selectedEventId, selectedStoryId, docs, outlets } =
    useDatelineStore.getState();
  useDatelineStore.setState({
    ...knownChoice(index.documents, { docs, outlets }),
    selectedPlaceId:
      selectedPlaceId !== null && index.placesById.has(selectedPlaceId) ? selectedPlaceId : null,
    selectedEventId:
      selectedEventId !== null && index.eventsById.has(selectedEventId) ? selectedEventId : null,
    selectedStoryId:
      selectedStoryId !== null && index.storyMembers.has(selectedStoryId) ? selectedStoryId : null,
  });
  // The workspace mounts its panels in stages (Workspace.tsx): a store update renders at once.
  useDatelineStore.getState().datasetLoaded(index);
}

async function feedWorker(
  send: (request: WorkerRequest, transfer?: Transferable[]) => void,
  manifest: DerivedManifest | null,
): Promise<Int32Array | null> {
  if (!manifest) {
    const bytes = await fetchBytes(DATASET_URL, "dataset");
    send({ kind: "dataset", bytes }, [bytes]);
    return null;
  }
  // Every file is requested at once and handed on in order as it arrives, so the worker parses
  // one chunk while the next downloads.
  const meta = fetchBytes(DERIVED_URL + manifest.meta, "derived metadata");
  const mentions = fetchBytes(DERIVED_URL + manifest.mentions, "mentions");
  const events = manifest.events.map((file) => fetchBytes(DERIVED_URL + file, "events"));
  const metaBytes = await meta;
  send({ kind: "meta", bytes: metaBytes }, [metaBytes]);
  for (const chunk of events) {
    const bytes = await chunk;
    send({ kind: "events", bytes }, [bytes]);
  }
  send({ kind: "end" });
  // The mention table is int32 columns: a view over the bytes, nothing to parse.
  return new Int32Array(await mentions);
}

export async function loadDataset(): Promise<void> {
  const { datasetFailed, loadProgressed } = useDatelineStore.getState();
  const startedAt = performance.now();
  const manifest = await fetchManifest();
  if (manifest?.error) {
    const { title, problems, hint } = manifest.error;
    datasetFailed(title, problems, hint);
    return;
  }
  const worker = new Worker(new URL("./dataset.worker.ts", import.meta.url), { type: "module" });
  try {
    // The loading screen counts events as they are indexed (the total is known from derived files).
    const total = manifest?.eventCount ?? null;
    const collected = collect(worker, (events) => loadProgressed({ events, total, startedAt }));
    const [fetchedMentions, data] = await Promise.all([
      feedWorker((request, transfer = []) => worker.postMessage(request, transfer), manifest),
      collected,
    ]);
    showCollected(data, fetchedMentions);
  } catch (error) {
    // A build without a dataset is an empty corpus: the empty state says how to make one, and
    // articles can be added in the page (issue 13: an intranet copy with nothing preprocessed).
    if (error instanceof NoDataset) {
      const empty = deriveCompact({
        schemaVersion: 1,
        documents: [],
        places: [],
        events: [],
        dates: [],
      });
      const mentions = encodeMentionTable(empty.mentions);
      showCollected({ meta: empty.meta, mentions, texts: [], builder: new IndexBuilder() });
    } else if (error instanceof LoadError) datasetFailed(error.title, error.problems, error.hint);
    else datasetFailed("The dataset could not be read.", [String(error)]);
  } finally {
    // Everything it built has been handed over; its heap is no use to anyone now.
    worker.terminate();
  }
}
