// `npm run worker -- --queue redis://HOST:PORT [--concurrency N] [--stall-ms MS] [--results DIR]`:
// takes article jobs from the queue that `npm run extract -- --queue` fills (extractQueue.ts) and
// extracts them with the same code as a local run, on as many threads as --concurrency says. Any
// number of workers on any number of machines may share one queue. Results go back through Redis,
// or with --results into a shared folder (the submitter's --cache), which keeps Redis small.
//
// The extraction runs in the pool's worker threads, not in this thread: this one must stay free
// to renew the locks on its jobs, or a long article would look like a dead worker. A worker that
// dies (or is killed) holding a job stops renewing its lock; after --stall-ms another worker's
// check finds the job stalled and runs it again. A job stalled twice fails.
import { availableParallelism, hostname } from "node:os";
import { UnrecoverableError, Worker } from "bullmq";
import { resolve } from "node:path";
import { ExtractCache, extractorVersion } from "./extractCache";
import { ExtractPool } from "./extractPool";
import {
  checkRedisUrl,
  closeRedis,
  IN_FOLDER,
  decodeJob,
  openRedis,
  queueName,
  redisAddress,
} from "./extractQueue";
import { ensureGazetteerIndex } from "./loadGazetteer";

export interface WorkerIO {
  /** The folder a relative --results is taken from (npm's INIT_CWD). */
  baseDir: string;
  stderr: (line: string) => void;
  stdout: (line: string) => void;
  /** Aborted to stop: the jobs in hand are finished first. */
  stop: AbortSignal;
}

const USAGE =
  "usage: npm run worker -- --queue redis://HOST:PORT [--concurrency N] [--stall-ms MS] [--results DIR]";

/** BullMQ's own default: long enough for a 50 MB article, short enough to notice a dead worker. */
const DEFAULT_STALL_MS = 30_000;

interface Args {
  queue: string;
  concurrency: number;
  stallMs: number;
  /** `--results`: the shared folder for results; null: Redis. */
  results: string | null;
}

function parseArgs(argv: string[]): Args | string {
  const args: Args = {
    queue: "",
    concurrency: availableParallelism(),
    stallMs: DEFAULT_STALL_MS,
    results: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const eq = a.indexOf("=");
    const name = a.startsWith("--") && eq > 0 ? a.slice(0, eq) : a;
    const v = name === a ? argv[++i] : a.slice(eq + 1);
    if (a === "--help" || a === "-h") return USAGE;
    if (name === "--queue") {
      const problem = checkRedisUrl(v ?? "");
      if (problem) return problem;
      args.queue = v!;
    } else if (name === "--concurrency") {
      if (!v || !/^[1-9]\d{0,2}$/.test(v))
        return "--concurrency needs a whole number from 1 to 999";
      args.concurrency = Number(v);
    } else if (name === "--stall-ms") {
      if (!v || !/^[1-9]\d{2,7}$/.test(v)) return "--stall-ms needs a whole number from 100";
      args.stallMs = Number(v);
    } else if (name === "--results") {
      if (!v) return "--results needs a folder name";
      args.results = v;
    } else return `unknown option ${a}`;
  }
  return args.queue ? args : "--queue is needed";
}

export async function runWorker(argv: string[], io: WorkerIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    if (args === USAGE) io.stdout(USAGE);
    else io.stderr(`worker: ${args}. ${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  let fatal: (reason: string) => void = () => undefined;
  const ended = new Promise<string>((resolve) => (fatal = resolve));
  let redis;
  try {
    redis = await openRedis(args.queue, fatal);
  } catch (err) {
    io.stderr(`worker: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
  const version = extractorVersion();
  try {
    // Built here once (when stale), not by each thread at the same time.
    await ensureGazetteerIndex();
  } catch (err) {
    io.stderr(`worker: could not build the gazetteer index: ${String(err)}`);
    await closeRedis(redis);
    return 1;
  }
  const pool = new ExtractPool(args.concurrency);
  const folder =
    args.results === null
      ? null
      : new ExtractCache(resolve(io.baseDir, args.results), version, (reason) =>
          io.stderr(`worker: ${reason}; results go through Redis`),
        );
  const name = queueName(version);
  const me = `${hostname()}:${process.pid}`;
  const worker = new Worker(
    name,
    async (job) => {
      const outcome = await pool.run(decodeJob(job.data)).catch((err: unknown) => {
        // The pool cannot extract any more (a thread died, the gazetteer would not load): this
        // worker stops without failing the job, which stalls and goes to another worker.
        fatal(`the extractor stopped: ${err instanceof Error ? err.message : String(err)}`);
        return new Promise<never>(() => undefined);
      });
      // A bad article fails its own job, once: another try would fail the same way.
      if ("skip" in outcome) throw new UnrecoverableError(outcome.skip);
      return folder && (await folder.put(job.id!, outcome)) ? IN_FOLDER : outcome;
    },
    {
      connection: redis,
      concurrency: args.concurrency,
      lockDuration: args.stallMs,
      stalledInterval: args.stallMs,
      maxStalledCount: 1,
      // Shown by the queue's tools as the job's processedBy, so a job can be traced to a machine.
      name: me,
    },
  );
  // Connection errors are retried by the client and, when it gives up, end the worker below.
  worker.on("error", () => undefined);
  // The submitter lists failed articles too; a line here tells the machine's operator.
  worker.on("failed", (job, err) =>
    io.stderr(`worker: ${job?.data.path ?? "a job"}: ${err.message}`),
  );
  io.stdout(
    `worker: ${me} takes jobs from ${name} at ${redisAddress(args.queue)}, ` +
      `${args.concurrency} at a time`,
  );
  const stopped = new Promise<null>((resolve) => {
    if (io.stop.aborted) resolve(null);
    io.stop.addEventListener("abort", () => resolve(null), { once: true });
  });
  const reason = await Promise.race([ended, stopped]);
  // Stopped on request: the jobs in hand are finished. Stopped by a fault: they are left to stall.
  await worker.close(reason !== null).catch(() => undefined);
  await pool.close();
  await closeRedis(redis);
  if (reason === null) return 0;
  io.stderr(`worker: ${reason}`);
  return 1;
}
