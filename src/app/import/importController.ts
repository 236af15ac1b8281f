// The page's side of bringing articles in: reads the files the reader picks or drops, hands them
// to the corpus worker, shows each merged corpus it posts, keeps added articles in IndexedDB and
// reports what could not be read. The worker starts on first use (or at load, when articles added
// in an earlier visit are stored), with the served dataset.json as the corpus they join.
import { formatOf, sizeProblem } from "../../core/article";
import { collector, fetchServedDataset, LoadError, showCollected } from "../data/loadDataset";
import { GAZETTEER_URL } from "../data/derivedFormat";
import { download } from "../export/download";
import { useDatelineStore } from "../store";
import type { AddedSummary } from "../store/importSlice";
import { forgetArticle, storeArticle, storedArticles } from "./articleStore";
import type { AddedArticle, ArticleInput, CorpusMessage, CorpusRequest } from "./corpusProtocol";
import { pastedName } from "./names";

let worker: Worker | null = null;
let collecting: ReturnType<typeof collector> | null = null;
let storageWarned = false;
const downloads: ((json: string) => void)[] = [];

const store = () => useDatelineStore.getState();

function summary(article: AddedArticle): AddedSummary {
  const { id, path, title, published } = article.record;
  return { id, path, title, published };
}

function send(request: CorpusRequest, transfer: Transferable[] = []): void {
  worker?.postMessage(request, transfer);
}

function keep(article: AddedArticle): void {
  storeArticle(article).catch(() => {
    if (storageWarned) return;
    storageWarned = true;
    store().noticed(
      "This browser does not let the page keep data: added articles last until the page is closed.",
    );
  });
}

function onMessage(message: CorpusMessage): void {
  const s = store();
  switch (message.kind) {
    case "meta":
      collecting = collector(() => undefined);
      collecting.handle(message);
      break;
    case "events":
      collecting?.handle(message);
      break;
    case "done":
    case "failed": {
      const current = collecting;
      collecting = null;
      current?.handle(message);
      current?.result.then(
        (data) => showCollected(data),
        (error: unknown) =>
          s.noticed(error instanceof LoadError ? error.title : `import: ${String(error)}`),
      );
      break;
    }
    case "base-failed":
      s.noticed(
        `${message.name}: ${message.reason}${message.problem ? ` (${message.problem})` : ""}`,
      );
      break;
    case "gazetteer":
      s.importProgressed({ phase: "gazetteer", loaded: message.loaded, total: message.total });
      break;
    case "progress":
      s.importProgressed({
        phase: "articles",
        done: message.done,
        total: message.total,
        current: message.current,
      });
      break;
    case "ask-date":
      s.dateAsked({ name: message.name, title: message.title });
      break;
    case "added":
      keep(message.article);
      s.articleAdded(summary(message.article));
      break;
    case "problem":
      s.noticed(`${message.name}: ${message.reason}`);
      break;
    case "finished":
      s.importProgressed(null);
      s.dateAsked(null);
      break;
    case "dataset-file":
      downloads.shift()?.(message.json);
      break;
  }
}

/** The corpus worker, started with `base` as the corpus (the served dataset when not given). */
async function corpusWorker(base?: { bytes: ArrayBuffer; name: string }): Promise<void> {
  if (worker) {
    if (base) send({ kind: "base", ...base }, [base.bytes]);
    return;
  }
  worker = new Worker(new URL("./corpus.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (e: MessageEvent<CorpusMessage>) => onMessage(e.data);
  worker.onerror = (e) => store().noticed(`import: ${e.message}`);
  const stored = await storedArticles().catch(() => []);
  send({ kind: "restore", articles: stored });
  const bytes =
    base?.bytes ??
    (await fetchServedDataset().catch((error: unknown) => {
      store().noticed(`dataset.json: ${error instanceof Error ? error.message : String(error)}`);
      return null;
    }));
  send({ kind: "base", bytes, name: base?.name ?? "dataset.json" }, bytes ? [bytes] : []);
}

/** At load: articles added in an earlier visit join the corpus shown. */
export async function restoreAddedArticles(): Promise<void> {
  const stored = await storedArticles().catch(() => []);
  if (stored.length === 0) return;
  store().setAdded(stored.map(summary));
  await corpusWorker();
}

/** Files picked or dropped: those that cannot be articles are reported here, the rest extracted. */
export async function addFiles(files: readonly File[]): Promise<void> {
  const inputs: ArticleInput[] = [];
  for (const file of files) {
    const problem = !formatOf(file.name) ? "not a .txt, .md or .html file" : sizeProblem(file.size);
    if (problem) {
      store().noticed(`${file.name}: ${problem}`);
      continue;
    }
    try {
      inputs.push({ name: file.name, bytes: await file.arrayBuffer() });
    } catch (error) {
      store().noticed(`${file.name}: cannot read (${String(error)})`);
    }
  }
  await addInputs(inputs);
}

/** Text pasted into the dialog, with what was typed beside it. */
export async function addPasted(fields: {
  title: string;
  published: string;
  url: string;
  text: string;
}): Promise<void> {
  const title = fields.title.trim();
  const published = fields.published.trim();
  const url = fields.url.trim();
  const meta = {
    ...(title && { title }),
    ...(published && { published }),
    ...(url && { url }),
  };
  const bytes = new TextEncoder().encode(fields.text).buffer;
  await addInputs([{ name: pastedName(title), bytes, meta }]);
}

async function addInputs(inputs: ArticleInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await corpusWorker();
  const total = inputs.length;
  store().importProgressed({ phase: "articles", done: 0, total, current: null });
  const gazetteerUrl = new URL(GAZETTEER_URL, document.baseURI).href;
  send(
    { kind: "add", inputs, gazetteerUrl },
    inputs.map((i) => i.bytes),
  );
}

export function answerDate(date: string | null): void {
  store().dateAsked(null);
  send({ kind: "date", date });
}

export function cancelImport(): void {
  send({ kind: "cancel" });
}

export async function removeArticle(id: string): Promise<void> {
  store().articleRemoved(id);
  await forgetArticle(id).catch(() => undefined);
  send({ kind: "remove", id });
}

export async function downloadDataset(): Promise<void> {
  await corpusWorker();
  const json = await new Promise<string>((resolve) => {
    downloads.push(resolve);
    send({ kind: "download" });
  });
  download("dateline-dataset.json", "application/json", json);
}

/** A schema-1 file chosen by the reader: the corpus added articles join, in place of the served
 * one. One that does not validate is reported and changes nothing. */
export async function openDataset(file: File): Promise<void> {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch (error) {
    store().noticed(`${file.name}: cannot read (${String(error)})`);
    return;
  }
  await corpusWorker({ bytes, name: file.name });
}
