// `npm run extract -- [--out FILE] [--workers N] [--cache DIR | --no-cache] [INPUT ...]`
// (CONTRACT.md). Reads articles, runs the core extractor on each (in a pool of worker threads, or
// in this thread with --workers 1), keeps each result in a cache keyed by the article's content,
// and writes the dataset file piece by piece into a temp file that replaces the output at the end.
// With --queue, the articles are extracted by workers elsewhere (extractQueue.ts) and only the
// reading, the merge and the writing happen here, the same as without. One line on stderr per
// skipped file (or failed job) and per document whose publication date was inferred or is missing;
// a summary on stdout.
//
// The stages, in order: find the files; per article, in file order (documents are sorted by path,
// so each is written as soon as it and those before it are done): read, look up the cache,
// extract; then, once, merge the findings (places, events, dates) and write them.

import { availableParallelism } from "node:os";
import { readFileSync, statSync } from "node:fs";
import { dirname, resolve, sep } from "node:path";
import { byPath, type DocumentFindings, mergeFindings } from "../core/dataset";
import { normalizePublished } from "../core/document";
import type { Gazetteer } from "../core/places/gazetteer";
import { formatOf, sizeProblem } from "../core/article";
import { type Problem, collectArticles, displayPath, errorCode, readSidecar } from "./articles";
import { type Write, writeAtomicallyStreaming } from "./atomicWrite";
import { ExtractCache, articleKey, extractorVersion } from "./extractCache";
import { type ArticleOutcome, type ArticleTask, extractArticle } from "../core/extractArticle";
import { ExtractPool } from "./extractPool";
import { runExplain } from "./explain";
import { QueueExtractor, checkRedisUrl, redisAddress } from "./extractQueue";
import { ensureGazetteerIndex } from "./loadGazetteer";
import { Progress } from "./progress";

export interface ExtractIO {
  /** The folder relative inputs are taken from (npm's INIT_CWD). */
  baseDir: string;
  /** The project folder: the defaults (seeds/, public/data/dataset.json, .cache/extract) live
   * there, wherever the user ran npm from. Defaults to baseDir. */
  projectDir?: string;
  stderr: (line: string) => void;
  stdout: (line: string) => void;
  /** The gazetteer for extracting in this thread (--workers 1); workers load their own. */
  loadGazetteer: () => Promise<Gazetteer>;
  /** Redraws the progress line in place ("" clears it); absent when stderr is not a terminal. */
  status?: (text: string) => void;
}

export const DEFAULT_OUT = "public/data/dataset.json";
export const DEFAULT_INPUT = "seeds";
export const DEFAULT_CACHE = ".cache/extract";
/** See `ahead` in runExtract. */
const QUEUE_AHEAD = 1000;
/** Long enough for workers started with the run to connect. */
const UNATTENDED_MS = 10_000;
const USAGE =
  "usage: npm run extract -- [--out FILE] [--published DATE] [--workers N | --queue redis://HOST:PORT] [--cache DIR | --no-cache] [INPUT ...]\n" +
  "       npm run extract -- --explain [--published DATE] FILE ...   (why each date and place was kept or dropped)";

interface Args {
  /** null: the default output. */
  out: string | null;
  /** null: one per core. */
  workers: number | null;
  /** null: the default cache folder; false: no cache. */
  cache: string | null | false;
  /** Empty: the default input folder. */
  inputs: string[];
  /** `--published`: an ISO date for articles whose metadata gives none; null: none. */
  published: string | null;
  /** `--explain`: print why each finding was made or dropped instead of writing a dataset. */
  explain: boolean;
  /** `--queue`: the Redis URL of the job queue that extracts the articles; null: this machine. */
  queue: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    out: null,
    workers: null,
    cache: null,
    inputs: [],
    published: null,
    explain: false,
    queue: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const value = () => (name === a ? argv[++i] : a.slice(eq + 1));
    if (name === "--out" || name === "-o") {
      const v = value();
      if (!v) return "--out needs a file name";
      args.out = v;
    } else if (name === "--workers") {
      const v = value();
      if (!v || !/^[1-9]\d{0,2}$/.test(v)) return "--workers needs a whole number from 1 to 999";
      args.workers = Number(v);
    } else if (name === "--cache") {
      const v = value();
      if (!v) return "--cache needs a folder name";
      args.cache = v;
    } else if (name === "--published") {
      const v = value();
      const date = v ? normalizePublished(v) : null;
      if (!date) return "--published needs a date, e.g. 2024-06-03";
      args.published = date;
    } else if (name === "--queue") {
      const v = value() ?? "";
      const problem = checkRedisUrl(v);
      if (problem) return problem;
      args.queue = v;
    } else if (a === "--no-cache") args.cache = false;
    else if (a === "--explain") args.explain = true;
    else if (a === "--help" || a === "-h") return USAGE;
    else if (a.startsWith("-") && a.length > 1) return `unknown option ${a}`;
    else args.inputs.push(a);
  }
  // The queue's workers choose their own number of threads.
  if (args.queue && args.workers !== null) return "--workers does not go with --queue";
  return args;
}

/** A failure that ends the run with this one line and exit code 1. */
class Stop extends Error {}

/** One article, read and extracted (or not), waiting for its turn to be reported. */
type Step =
  | { path: string; bytes: number; outcome: ArticleOutcome; cached: boolean }
  | { path: string; bytes: number; early: string }
  | { path: string; bytes: number; failed: Stop };

export async function runExtract(argv: string[], io: ExtractIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    (args === USAGE ? io.stdout : io.stderr)(args === USAGE ? args : `extract: ${args}. ${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  if (args.explain) return runExplain(args.inputs, args.published, io);
  // What the user typed is taken from where they ran npm; the defaults from the project folder.
  const projectDir = io.projectDir ?? io.baseDir;
  const outPath = args.out ? resolve(io.baseDir, args.out) : resolve(projectDir, DEFAULT_OUT);
  const inputPaths = args.inputs.length
    ? args.inputs.map((i) => resolve(io.baseDir, i))
    : [resolve(projectDir, DEFAULT_INPUT)];
  const problems: Problem[] = [];
  const files = await collectArticles(inputPaths, problems);
  problems.forEach((p) => io.stderr(`skipped ${displayPath(p.path, io.baseDir)}: ${p.reason}`));
  // In the documents' own order, so that each can be written as soon as it is done.
  const articles = files
    .filter((file) => formatOf(file))
    .map((file) => ({ file, path: displayPath(file, io.baseDir) }))
    .sort(byPath);

  // One article gains nothing from a pool but the cost of starting it.
  const workers = Math.min(args.workers ?? availableParallelism(), Math.max(1, articles.length));
  const version = args.cache === false && !args.queue ? "" : extractorVersion();
  const cache =
    args.cache === false
      ? null
      : new ExtractCache(
          args.cache === null
            ? resolve(projectDir, DEFAULT_CACHE)
            : resolve(io.baseDir, args.cache),
          version,
          (reason) => io.stderr(`extract: ${reason}`),
        );
  // Connected before any article is read, so that an unreachable Redis costs one line at once.
  let remote: QueueExtractor | null = null;
  if (args.queue) {
    try {
      remote = await QueueExtractor.open(args.queue, version, cache);
    } catch (err) {
      io.stderr(`extract: ${message(err)}`);
      return 1;
    }
  }

  // Started on the first article the cache does not have: a rerun that changed nothing loads
  // neither the gazetteer nor a worker. The index is built (when stale) before any worker
  // starts, so that the workers do not each build it at once. (Typed through `as`: TypeScript
  // would otherwise take it as always null after the closures.)
  let pool = null as Promise<ExtractPool> | null;
  let gazetteer: Promise<Gazetteer> | null = null;
  const stop = (err: unknown): never => {
    throw new Stop(`extract: ${message(err)}`);
  };
  const gazetteerFailed = (err: unknown) => {
    throw new Stop(`extract: could not load the gazetteer: ${message(err)}`);
  };
  const extract = async (task: ArticleTask, key: string): Promise<ArticleOutcome> => {
    if (remote) return remote.run(key, task).catch(stop);
    if (workers === 1) {
      gazetteer ??= io.loadGazetteer().catch(gazetteerFailed);
      return extractArticle(task, await gazetteer);
    }
    pool ??= ensureGazetteerIndex().then(() => new ExtractPool(workers), gazetteerFailed);
    return (await pool).run(task).catch(stop);
  };

  // The reads are synchronous, like readSidecar's: small files, and a rerun from the cache is
  // little else.
  const readArticle = async (file: string, path: string): Promise<Step> => {
    let bytes: Uint8Array;
    try {
      const tooLarge = sizeProblem(statSync(file).size);
      if (tooLarge) return { path, bytes: 0, early: tooLarge };
      bytes = readFileSync(file);
    } catch (err) {
      return { path, bytes: 0, early: `cannot read (${errorCode(err)})` };
    }
    const task: ArticleTask = {
      path,
      format: formatOf(file)!,
      bytes,
      sidecar: readSidecar(file),
      defaultPublished: args.published,
    };
    // Folders found inside what the user named are outlets ("corpus/reuters/a.txt"); the folder
    // they named is their corpus, and a file they named was found in no folder.
    if (!foundInSubfolder(file, inputPaths)) task.outletFromFolder = false;
    // Without a cache or a queue, nothing needs the key.
    const key = version && articleKey(version, task);
    const hit = cache?.get(key);
    if (hit) return { path, bytes: bytes.length, outcome: hit, cached: true };
    const outcome = await extract(task, key);
    // (A worker started with --results put it in this folder already.)
    if (cache && !("skip" in outcome && !outcome.cacheable) && !remote?.inFolder(key))
      await cache.put(key, outcome);
    return { path, bytes: bytes.length, outcome, cached: false };
  };

  // Articles read and extracted ahead of the one being written: enough to keep every worker busy
  // while one slow article holds up the order, few enough that their texts stay a small part of
  // memory. A queue may have many workers on many machines; the bound also caps the article
  // texts that wait in Redis at once.
  const ahead = remote ? QUEUE_AHEAD : Math.max(8, workers * 8);
  const progress = new Progress(articles.length, io.status);
  const unwatch = remote ? watchQueue(remote, args.queue!, progress, io) : () => undefined;

  let summary = "";
  const fill = async (write: Write): Promise<void> => {
    const findings: DocumentFindings[] = [];
    const seenIds = new Map<string, string>();
    let documents = 0;
    await write(`{"schemaVersion":1,"documents":[`);
    const report = async (step: Step) => {
      progress.tick(step.bytes, "cached" in step && step.cached);
      if ("failed" in step) throw step.failed;
      const skip = (reason: string) => io.stderr(`skipped ${step.path}: ${reason}`);
      if ("early" in step) return skip(step.early);
      const { outcome } = step;
      outcome.lines.forEach((l) => io.stderr(l));
      if ("skip" in outcome) return skip(outcome.skip);
      const clash = seenIds.get(outcome.record.id);
      if (clash) return skip(`its id collides with ${clash}`);
      seenIds.set(outcome.record.id, step.path);
      await write(`${documents++ ? "," : ""}${JSON.stringify(outcome.record)}`);
      findings.push(outcome.findings);
    };
    const queue: Promise<Step>[] = [];
    for (const { file, path } of articles) {
      // Never rejects: a failure waits its turn, and no other article's failure goes unhandled.
      const step = readArticle(file, path).catch((err: unknown) => ({
        path,
        bytes: 0,
        failed: err instanceof Stop ? err : new Stop(`extract: ${path}: ${message(err)}`),
      }));
      queue.push(step);
      if (queue.length >= ahead) await report(await queue.shift()!);
    }
    while (queue.length) await report(await queue.shift()!);
    progress.end();
    if (documents === 0) {
      const inputs = inputPaths.map((p) => displayPath(p, io.baseDir)).join(", ");
      throw new Stop(
        `extract: no usable article in ${inputs}; ${displayPath(outPath, io.baseDir)} left as it was`,
      );
    }
    // The one step that sees the whole corpus; stages spanning articles go in mergeFindings.
    const merged = mergeFindings(findings);
    findings.length = 0;
    await write("]");
    await writeList(write, "places", merged.places);
    await writeList(write, "events", merged.events);
    await writeList(write, "dates", merged.dates);
    await write("}\n");
    summary = `${documents} document(s), ${merged.events.length} events, ${merged.places.length} places, ${merged.dates.length} date expressions`;
  };

  try {
    await writeAtomicallyStreaming(outPath, fill);
  } catch (err) {
    progress.end();
    if (err instanceof Stop) io.stderr(err.message);
    else
      io.stderr(`extract: could not write ${displayPath(outPath, io.baseDir)} (${errorCode(err)})`);
    return 1;
  } finally {
    unwatch();
    await (await pool?.catch(() => null))?.close();
    await remote?.close();
  }
  await cache?.prune();
  const cached = progress.cachedCount ? `; ${progress.cachedCount} from the cache` : "";
  io.stdout(`extract: ${summary} -> ${displayPath(outPath, io.baseDir)}${cached}`);
  return 0;
}

/**
 * Shows the queue's counts on the progress line, and says once if jobs wait while no worker
 * listens (none was started, or the workers run other code and so listen to another queue).
 * Returns the function that stops both.
 */
function watchQueue(
  remote: QueueExtractor,
  url: string,
  progress: Progress,
  io: ExtractIO,
): () => void {
  const polling =
    io.status &&
    setInterval(() => {
      remote
        .counts()
        .then((c) => progress.queue(c))
        .catch(() => undefined);
    }, 1000);
  const unattended = setTimeout(() => {
    remote
      .unattended()
      .then((alone) => {
        if (alone)
          io.stderr(
            `extract: no worker takes jobs from this queue yet; start one with the same code: ` +
              `npm run worker -- --queue ${redisAddress(url)}`,
          );
      })
      .catch(() => undefined);
  }, UNATTENDED_MS);
  return () => {
    clearInterval(polling || undefined);
    clearTimeout(unattended);
  };
}

function message(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** `,"name":[...]`, item by item: the same bytes JSON.stringify gives for the whole array. */
async function writeList(write: Write, name: string, items: readonly unknown[]): Promise<void> {
  await write(`,"${name}":[`);
  for (let i = 0; i < items.length; i++) await write(`${i ? "," : ""}${JSON.stringify(items[i])}`);
  await write("]");
}

/** Whether `file` was found in a folder below one of the named `inputs` (all absolute). */
function foundInSubfolder(file: string, inputs: string[]): boolean {
  const folder = dirname(file);
  return inputs.some(
    (input) => folder !== input && folder.startsWith(input.endsWith(sep) ? input : input + sep),
  );
}
