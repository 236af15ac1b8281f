// A pool of worker threads that extract articles, one per core by default. Plain worker_threads
// rather than piscina or tinypool: each task is one message in and one out, the caller already
// bounds how many are in flight (it must keep the output in file order), and the TypeScript
// worker needs the tsx loader, which is one line here.
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { ArticleOutcome, ArticleTask } from "../core/extractArticle";

export type WorkerReply = { outcome: ArticleOutcome } | { error: string };

interface Job {
  task: ArticleTask;
  resolve: (outcome: ArticleOutcome) => void;
  reject: (err: Error) => void;
}

// The worker is TypeScript, so it needs tsx whether the CLI runs under tsx, vitest or Playwright.
// Node 20 neither takes a .ts file as a worker's entry nor applies ESM loader hooks (`--import
// tsx`) inside a worker, so a one-line script installs tsx's CommonJS hook and requires the worker
// through it. Both by absolute path: the current folder need not be the project.
const TSX_CJS = createRequire(import.meta.url).resolve("tsx/cjs");
const WORKER_PATH = fileURLToPath(new URL("./extractWorker.ts", import.meta.url));
const BOOT = `require(${JSON.stringify(TSX_CJS)}); require(${JSON.stringify(WORKER_PATH)});`;

export class ExtractPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly queue: Job[] = [];
  private failure: Error | null = null;
  private closing = false;
  private started = 0;

  /** Workers start as articles come, up to `size`: a rerun with one changed article starts one. */
  constructor(private readonly size: number) {}

  private start(): void {
    this.started++;
    const worker = new Worker(BOOT, { eval: true, execArgv: [] });
    worker.on("message", (reply: WorkerReply) => this.settle(worker, reply));
    worker.on("error", (err: unknown) =>
      this.fail(err instanceof Error ? err : new Error(String(err))),
    );
    worker.on("exit", (code) => {
      if (code !== 0 && !this.closing) this.fail(new Error(`a worker stopped (exit code ${code})`));
    });
    this.idle.push(worker);
  }

  run(task: ArticleTask): Promise<ArticleOutcome> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.queue.push({ task, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    const all = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    await Promise.all(all.map((w) => w.terminate()));
  }

  private next(): void {
    if (this.idle.length === 0 && this.queue.length > 0 && this.started < this.size) this.start();
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.busy.set(worker, job);
      worker.postMessage(job.task);
    }
  }

  private settle(worker: Worker, reply: WorkerReply): void {
    const job = this.busy.get(worker);
    if (!job) return;
    this.busy.delete(worker);
    if ("error" in reply) {
      this.fail(new Error(reply.error));
      return;
    }
    this.idle.push(worker);
    job.resolve(reply.outcome);
    this.next();
  }

  // A worker that cannot load the gazetteer or dies takes the run down: every other worker would
  // meet the same fate, and the caller reports one line instead of thousands.
  private fail(err: Error): void {
    if (this.failure) return;
    this.failure = err;
    for (const job of [...this.busy.values(), ...this.queue.splice(0)]) job.reject(err);
    this.busy.clear();
  }
}
