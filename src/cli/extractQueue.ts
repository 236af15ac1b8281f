// Extraction on a shared job queue: BullMQ on Redis. `npm run extract -- --queue URL` submits one
// job per article (this file's QueueExtractor) and `npm run worker -- --queue URL` runs them
// (runWorker.ts) on any machine that reaches Redis. A job's id is the article's cache key (its
// bytes, metadata, path, --published and the extractor's version), so a re-submitted article is
// not extracted twice: its stored result is read back instead. Results stay in Redis, as the
// job's return value, so any submitter on any machine can read them without a shared folder; or,
// when the workers are given one (`--results DIR`), in a shared folder laid out as the extract
// cache, which the submitter reads as its --cache, and Redis holds only a note that it is there.
import { Queue, QueueEvents } from "bullmq";
import { Redis } from "ioredis";
import { type ExtractCache, isOutcome } from "./extractCache";
import type { ArticleOutcome, ArticleTask } from "../core/extractArticle";
import type { QueueCounts } from "./progress";
import { shortHash } from "./sourceHash";

/**
 * One queue per extractor version: a worker running other code (or another gazetteer) never takes
 * these jobs, since its results would differ from a local run's.
 */
export function queueName(version: string): string {
  return `dateline-extract-${shortHash(version)}`;
}

const JOB_NAME = "article";

/** Finished jobs (and their results) are kept this long, for reruns and other submitters. */
const KEEP_SECONDS = 7 * 24 * 3600;

/** A job's return value when its worker put the outcome in the results folder. */
export const IN_FOLDER = { inResultsFolder: true } as const;

function isInFolder(v: unknown): boolean {
  return !!v && typeof v === "object" && "inResultsFolder" in v && v.inResultsFolder === true;
}

/** How often, and how many of, the oldest unanswered jobs are looked at in Redis (see sweep). */
const SWEEP_MS = 2000;
const SWEEP_COUNT = 20;

/** An ArticleTask as JSON can carry it: the bytes as base64. */
interface JobData extends Omit<ArticleTask, "bytes"> {
  bytes: string;
}

export function decodeJob(data: JobData): ArticleTask {
  return { ...data, bytes: Buffer.from(data.bytes, "base64") };
}

function encodeJob(task: ArticleTask): JobData {
  return { ...task, bytes: Buffer.from(task.bytes).toString("base64") };
}

/** `redis://HOST:PORT` as a message shows it: never the password. */
export function redisAddress(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
}

/** Null when `url` is a usable Redis address, else why not. */
export function checkRedisUrl(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if ((protocol === "redis:" || protocol === "rediss:") && hostname) return null;
  } catch {
    // Not a URL at all: the same answer.
  }
  return `--queue needs a Redis address such as redis://localhost:6379, not ${JSON.stringify(url)}`;
}

// Reconnecting: a few tries over about five seconds (0.2 + 0.4 + 0.8 + 1.6 + 2 s), then the
// client gives up, so an unreachable or vanished Redis ends the run with an error, never a wait
// without end. BullMQ needs maxRetriesPerRequest null (its blocking reads would otherwise time out).
const RETRIES = 5;
const retryStrategy = (times: number) =>
  times > RETRIES ? null : Math.min(200 * 2 ** (times - 1), 2000);

/**
 * A connected client, or a rejection naming the address and the last connection error. `onLost`
 * is called once if the connection later goes for good (after the retries above).
 */
export async function openRedis(url: string, onLost: (reason: string) => void): Promise<Redis> {
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, retryStrategy });
  let lastError = "no answer";
  let ready = false;
  redis.on("error", (err: Error) => (lastError = err.message));
  await new Promise<void>((resolve, reject) => {
    redis.once("ready", () => {
      ready = true;
      resolve();
    });
    redis.on("end", () => {
      if (ready) onLost(`lost the connection to Redis at ${redisAddress(url)} (${lastError})`);
      else reject(new Error(`cannot reach Redis at ${redisAddress(url)} (${lastError})`));
    });
    // Its rejection says only "Connection is closed"; the retries go on and end in "end" above.
    redis.connect().catch(() => undefined);
  });
  return redis;
}

/** Closes a client: politely when Redis is there, at once when it is not. */
export async function closeRedis(redis: Redis): Promise<void> {
  if (redis.status === "ready") await redis.quit().catch(() => redis.disconnect());
  else redis.disconnect();
}

interface Waiter {
  task: ArticleTask;
  /** Whether its job is in the queue (or its result was found there). */
  submitted: boolean;
  resolve: (outcome: ArticleOutcome) => void;
  reject: (err: Error) => void;
}

/** The submitting side: one job per article, each answered by the worker that ran it. */
export class QueueExtractor {
  private readonly waiters = new Map<string, Waiter>();
  /** Outcomes read from the results folder, which need no second copy there. */
  private readonly fromFolder = new Set<string>();
  private lost: Error | null = null;
  private failures = 0;
  private sweeping = false;
  // Unref'd: an extractor left unclosed after a failure must not keep the process alive.
  private readonly sweeper = setInterval(() => void this.sweep(), SWEEP_MS).unref();

  private constructor(
    /** The cache folder, where workers started with --results DIR put their results. */
    private readonly folder: ExtractCache | null,
    private readonly redis: Redis,
    private readonly reader: Redis,
    private readonly queue: Queue,
    private readonly events: QueueEvents,
  ) {}

  /** Rejects with a one-line reason when Redis cannot be reached. */
  static async open(
    url: string,
    version: string,
    folder: ExtractCache | null,
  ): Promise<QueueExtractor> {
    // The client reports a lost connection before the extractor exists to hear it.
    let lost: (reason: string) => void = () => undefined;
    const redis = await openRedis(url, (reason) => lost(reason));
    const name = queueName(version);
    const queue = new Queue(name, { connection: redis });
    // Its own connection: QueueEvents blocks on it while it waits for events.
    const reader = redis.duplicate();
    // Connection errors are retried by the client and end in onLost; they need no other handling.
    queue.on("error", () => undefined);
    reader.on("error", () => undefined);
    let events: QueueEvents | null = null;
    try {
      // Events are read from the last one already there, so a job that finishes between its
      // submission and the first read of the stream is not missed.
      const last = await redis.xrevrange(queue.keys.events!, "+", "-", "COUNT", 1);
      events = new QueueEvents(name, { connection: reader, lastEventId: last[0]?.[0] ?? "0-0" });
      events.on("error", () => undefined);
      const self = new QueueExtractor(folder, redis, reader, queue, events);
      lost = (reason) => self.fail(new Error(reason));
      events.on("completed", ({ jobId, returnvalue }) => self.finished(jobId, returnvalue));
      events.on("failed", ({ jobId, failedReason }) => self.failed(jobId, failedReason));
      await events.waitUntilReady();
      return self;
    } catch (err) {
      // Connected, but Redis will not serve the queue (too old for streams, no permission):
      // every connection goes, or they would keep the process alive.
      await events?.disconnect().catch(() => undefined);
      await queue.disconnect().catch(() => undefined);
      reader.disconnect();
      redis.disconnect();
      const reason = err instanceof Error ? err.message : String(err);
      throw new Error(`Redis at ${redisAddress(url)} cannot hold the queue (${reason})`, {
        cause: err,
      });
    }
  }

  /** The outcome of `task`, whose cache key is `key`: stored, or extracted by a worker. */
  run(key: string, task: ArticleTask): Promise<ArticleOutcome> {
    if (this.lost) return Promise.reject(this.lost);
    const outcome = new Promise<ArticleOutcome>((resolve, reject) => {
      const waiter: Waiter = { task, submitted: false, resolve, reject };
      this.waiters.set(key, waiter);
      this.submit(key, waiter);
    });
    return outcome;
  }

  private submit(key: string, waiter: Waiter): void {
    this.enqueue(key, waiter.task).then(
      () => (waiter.submitted = true),
      (err: unknown) =>
        this.settle(key, (w) => w.reject(err instanceof Error ? err : new Error(String(err)))),
    );
  }

  private async enqueue(key: string, task: ArticleTask): Promise<void> {
    // Looked at before adding, so that a job that fails in this run is not mistaken for one that
    // failed in an earlier run.
    const state = await this.queue.getJobState(key);
    if (state === "completed") {
      const job = await this.queue.getJob(key);
      if (job) return this.finished(key, job.returnvalue);
    } else if (state === "failed") {
      // A rerun gives failed jobs another try: a job may have failed for its worker's sake (it
      // stalled too often), and a bad article fails again quickly.
      const job = await this.queue.getJob(key);
      if (job) return job.retry("failed");
    } else if (state !== "unknown") return; // Waiting or running already: its events will come.
    await this.queue.add(JOB_NAME, encodeJob(task), {
      jobId: key,
      removeOnComplete: { age: KEEP_SECONDS },
      removeOnFail: { age: KEEP_SECONDS },
    });
  }

  private finished(key: string, value: unknown): void {
    this.settle(key, (w) => {
      if (isOutcome(value)) return w.resolve(value);
      if (!isInFolder(value))
        return w.reject(
          new Error(`the job of ${w.task.path} holds a result this extractor cannot read`),
        );
      const stored = this.folder?.get(key);
      if (stored) {
        this.fromFolder.add(key);
        return w.resolve(stored);
      }
      w.reject(
        new Error(
          `the workers keep results in a folder (--results) and ${w.task.path}'s is not in ` +
            (this.folder ? "this run's --cache folder" : "a cache (--no-cache)") +
            `: give this run the same folder with --cache DIR`,
        ),
      );
    });
  }

  /** Whether `key`'s outcome was read from the results folder (and forgets it). */
  inFolder(key: string): boolean {
    return this.fromFolder.delete(key);
  }

  private failed(key: string, reason: string): void {
    this.settle(key, (w) => {
      this.failures++;
      // Not cacheable: a rerun submits the job again (see submit).
      w.resolve({ lines: [], skip: reason, cacheable: false });
    });
  }

  private settle(key: string, how: (w: Waiter) => void): void {
    const waiter = this.waiters.get(key);
    if (!waiter) return; // Another submitter's job, or one already answered.
    this.waiters.delete(key);
    how(waiter);
  }

  private fail(err: Error): void {
    this.lost ??= err;
    for (const waiter of this.waiters.values()) waiter.reject(err);
    this.waiters.clear();
  }

  /**
   * Looks at the oldest unanswered jobs (those holding up the output) in Redis itself, in case
   * their events were missed (the event stream is trimmed, so a reader that falls far behind
   * loses some), or the jobs are gone (Redis restarted empty, the queue was emptied): an answer
   * is taken, a job that is gone is submitted again. Without this, either would wait forever.
   */
  private async sweep(): Promise<void> {
    if (this.sweeping || this.lost) return;
    this.sweeping = true;
    try {
      for (const [key, waiter] of [...this.waiters].slice(0, SWEEP_COUNT)) {
        if (!waiter.submitted) continue;
        const state = await this.queue.getJobState(key);
        if (state === "unknown") {
          waiter.submitted = false;
          this.submit(key, waiter);
        } else if (state === "completed" || state === "failed") {
          const job = await this.queue.getJob(key);
          if (job && state === "completed") this.finished(key, job.returnvalue);
          else if (job) this.failed(key, job.failedReason);
        }
      }
    } catch {
      // Redis is away: the client retries, and gives up with the run's error if it must.
    } finally {
      this.sweeping = false;
    }
  }

  /** Whether jobs of this run wait while no worker listens to the queue. */
  async unattended(): Promise<boolean> {
    return this.waiters.size > 0 && (await this.queue.getWorkersCount()) === 0;
  }

  /** Jobs waiting and running in the whole queue (every submitter's), and this run's failures. */
  async counts(): Promise<QueueCounts> {
    const c = await this.queue.getJobCounts("waiting", "active");
    return { waiting: c.waiting ?? 0, active: c.active ?? 0, failed: this.failures };
  }

  async close(): Promise<void> {
    clearInterval(this.sweeper);
    if (this.lost) {
      this.events.disconnect().catch(() => undefined);
      this.queue.disconnect().catch(() => undefined);
    } else {
      await this.events.close();
      await this.queue.close();
    }
    await closeRedis(this.reader);
    await closeRedis(this.redis);
  }
}
