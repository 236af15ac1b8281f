// Extraction through the job queue, against a redis-server of the test's own: workers in child
// processes (one killed while it holds a job), a bad article, Redis unreachable and Redis going
// away. The output must be the very bytes of a run in one process.
import { type ChildProcess, spawn } from "node:child_process";
import { hostname } from "node:os";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  REDIS_MISSING,
  type RedisServer,
  freePort,
  hasRedisServer,
  startRedis,
  startWorkerProcess,
  stopWorker,
} from "../test/queueProcesses";
import { generateArticles, writeArticles } from "./bench/newsArticles";
import { extractorVersion } from "./extractCache";
import { queueName } from "./extractQueue";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";
import { runWorker } from "./runWorker";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const EXTRACT = join(PROJECT, "src", "cli", "extract.ts");

let dir: string;
let err: string[];

function extract(args: string[]): Promise<number> {
  err = [];
  return runExtract(["--no-cache", ...args], {
    baseDir: dir,
    stderr: (l) => err.push(l),
    stdout: () => undefined,
    loadGazetteer,
  });
}

const bytes = (name: string) => readFile(join(dir, name));

const children = new Set<ChildProcess>();
async function startWorker(url: string, ...args: string[]): Promise<ChildProcess> {
  const child = await startWorkerProcess(url, [
    "--concurrency",
    "1",
    "--stall-ms",
    "1000",
    ...args,
  ]);
  children.add(child);
  child.once("exit", () => children.delete(child));
  return child;
}

/** The extractor's queue, to look at its jobs. */
const clients = new Map<Queue, Redis>();
function inspect(url: string): Queue {
  const client = new Redis(url);
  const queue = new Queue(queueName(extractorVersion()), { connection: client });
  clients.set(queue, client);
  return queue;
}

/** BullMQ leaves a client it was given open. */
async function close(queue: Queue | undefined): Promise<void> {
  if (!queue) return;
  await queue.close();
  clients.get(queue)?.disconnect();
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-queue-"));
});
afterEach(async () => {
  await Promise.all([...children].map((c) => stopWorker(c, "SIGKILL")));
  await rm(dir, { recursive: true, force: true });
});

const redisThere = hasRedisServer();
const title = "extraction on a BullMQ queue";
describe.skipIf(!redisThere)(redisThere ? title : `${title} (skipped: ${REDIS_MISSING})`, () => {
  let redis: RedisServer;
  let queue: Queue;
  beforeAll(async () => {
    redis = await startRedis();
    queue = inspect(redis.url);
  });
  afterEach(async () => {
    // Each test counts its own jobs.
    await queue.obliterate({ force: true });
  });
  afterAll(async () => {
    try {
      await close(queue);
    } finally {
      await redis?.stop();
    }
  });

  it("runs on two workers, retries the job of one killed mid-job, and writes the local bytes", async () => {
    await writeArticles(join(dir, "in"), generateArticles(40, 11, { eventsPerArticle: 10 }));
    expect(await extract(["--workers", "1", "--out", "local.json", "in"])).toBe(0);

    const [victim, survivor] = await Promise.all([startWorker(redis.url), startWorker(redis.url)]);
    const run = extract(["--queue", redis.url, "--out", "queue.json", "in"]);
    // Killed while it holds a job: the job's lock then runs out and the other worker retakes it.
    let held: string | undefined;
    let finished = false;
    void run.finally(() => (finished = true));
    while (!held && !finished) {
      const active = await queue.getActive();
      held = active.find((j) => j.processedBy === `${hostname()}:${victim.pid}`)?.id;
    }
    expect(held).toBeDefined();
    await stopWorker(victim, "SIGKILL");

    expect(await run).toBe(0);
    expect(err).toEqual([]);
    expect((await bytes("queue.json")).equals(await bytes("local.json"))).toBe(true);
    const job = (await queue.getJob(held!))!;
    expect(await job.getState()).toBe("completed");
    expect(job.stalledCounter).toBe(1);
    expect(job.processedBy).toBe(`${hostname()}:${survivor.pid}`);
    await stopWorker(survivor, "SIGTERM");
    expect(survivor.exitCode).toBe(0);
  });

  it("fails the job of a bad article, lists it, and reads stored results back on a rerun", async () => {
    await writeArticles(join(dir, "in"), generateArticles(6, 12, { eventsPerArticle: 4 }));
    await writeFile(join(dir, "in", "broken.txt"), "Rain\0\0\0 in Oslo.");
    expect(await extract(["--workers", "1", "--out", "local.json", "in"])).toBe(0);
    const localErr = err;

    const worker = await startWorker(redis.url);
    expect(await extract(["--queue", redis.url, "--out", "queue.json", "in"])).toBe(0);
    expect(err).toEqual(localErr);
    expect(err).toEqual([expect.stringMatching(/^skipped in\/broken\.txt: binary file/)]);
    expect((await bytes("queue.json")).equals(await bytes("local.json"))).toBe(true);
    const failed = await queue.getFailed();
    expect(failed.map((j) => j.data.path)).toEqual(["in/broken.txt"]);

    // Every good article's job ran once: the rerun read their stored results.
    expect(await extract(["--queue", redis.url, "--out", "again.json", "in"])).toBe(0);
    expect((await bytes("again.json")).equals(await bytes("local.json"))).toBe(true);
    const done = await queue.getCompleted();
    expect(done.filter((j) => j.data.path.startsWith("in/article-")).length).toBe(6);
    expect(done.map((j) => j.attemptsStarted)).toEqual(done.map(() => 1));
    await stopWorker(worker, "SIGTERM");
  });

  it("submits again a job that vanished from Redis while the run waited for it", async () => {
    await writeArticles(join(dir, "in"), generateArticles(4, 16, { eventsPerArticle: 3 }));
    expect(await extract(["--workers", "1", "--out", "local.json", "in"])).toBe(0);
    // No worker yet: the jobs wait, and one of them is removed (as a Redis restarted empty would).
    const run = extract(["--queue", redis.url, "--out", "queue.json", "in"]);
    while ((await queue.getWaitingCount()) < 4);
    const [gone] = await queue.getWaiting();
    await gone!.remove();
    while ((await queue.getJobState(gone!.id!)) === "unknown");
    const worker = await startWorker(redis.url);
    expect(await run).toBe(0);
    expect((await bytes("queue.json")).equals(await bytes("local.json"))).toBe(true);
    await stopWorker(worker, "SIGTERM");
  });

  it("keeps results in a shared folder when the workers are given one", async () => {
    await writeArticles(join(dir, "in"), generateArticles(5, 15, { eventsPerArticle: 4 }));
    expect(await extract(["--workers", "1", "--out", "local.json", "in"])).toBe(0);
    const worker = await startWorker(redis.url, "--results", join(dir, "shared"));
    // The submitter reads the workers' folder as its cache.
    expect(
      await extract(["--cache", "shared", "--queue", redis.url, "--out", "q.json", "in"]),
    ).toBe(0);
    expect(err).toEqual([]);
    expect((await bytes("q.json")).equals(await bytes("local.json"))).toBe(true);
    const done = await queue.getCompleted();
    expect(done.map((j) => j.returnvalue)).toEqual(done.map(() => ({ inResultsFolder: true })));
    expect(done.length).toBe(5);

    // Without the folder, the stored notes cannot be read: said in one line.
    expect(await extract(["--queue", redis.url, "--out", "lost.json", "in"])).toBe(1);
    expect(err).toEqual([
      expect.stringMatching(/^extract: the workers keep results in a folder \(--results\)/),
    ]);
    await stopWorker(worker, "SIGTERM");
  });

  it("says so in one line, and ends, when Redis will not serve the queue", async () => {
    // A Redis without the stream command the queue's events need (as an old one, or an ACL).
    const own = await startRedis(["--rename-command", "XREVRANGE", ""]);
    try {
      await writeArticles(join(dir, "in"), generateArticles(1, 17));
      // The command itself, so that a connection left open would show as a process that hangs.
      const child = spawn(
        process.execPath,
        ["--import", "tsx", EXTRACT, "--queue", own.url, "--out", "queue.json", "in"],
        {
          cwd: PROJECT,
          env: { ...process.env, INIT_CWD: dir },
          stdio: ["ignore", "ignore", "pipe"],
        },
      );
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise((resolve) => child.once("exit", resolve));
      expect(code).toBe(1);
      expect(stderr).toMatch(
        /^extract: Redis at redis:\/\/127\.0\.0\.1:\d+ cannot hold the queue \(.+\)\n$/,
      );
    } finally {
      await own.stop();
    }
  });

  it("ends extract and a worker with a clear error when Redis goes away", async () => {
    // A worker on a Redis of its own, started now: it gets ready while the submitter waits below.
    const workerSide = (async () => {
      const own = await startRedis();
      try {
        const worker = await startWorker(own.url);
        let stderr = "";
        worker.stderr!.on("data", (c: Buffer) => (stderr += c.toString()));
        const exited = new Promise((resolve) => worker.once("exit", resolve));
        await own.stop();
        return { code: await exited, stderr };
      } finally {
        await own.stop();
      }
    })();

    const own = await startRedis();
    await writeArticles(join(dir, "in"), generateArticles(3, 13, { eventsPerArticle: 2 }));
    await mkdir(join(dir, "out"));
    // No worker: the jobs wait until Redis goes.
    const run = extract(["--queue", own.url, "--out", "out/queue.json", "in"]);
    try {
      const probe = inspect(own.url);
      while ((await probe.getWaitingCount()) < 3);
      await close(probe);
    } finally {
      await own.stop();
    }
    expect(await run).toBe(1);
    // (Before it, on a slow machine, perhaps the note that no worker takes the jobs.)
    expect(err.at(-1)).toMatch(
      /^extract: lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+ \(.+\)$/,
    );
    await expect(stat(join(dir, "out", "queue.json"))).rejects.toThrow();

    const { code, stderr } = await workerSide;
    expect(code).toBe(1);
    expect(stderr).toMatch(/^worker: lost the connection to Redis at redis:\/\/127\.0\.0\.1:\d+ /);
  });
});

// Outside the block above: these need no redis-server, only a port where none listens.
describe("extraction on a BullMQ queue, without Redis", () => {
  it("refuses a --queue address that is not Redis, and --workers beside --queue", async () => {
    expect(await extract(["--queue", "http://localhost:6379", "in"])).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^extract: --queue needs a Redis address such as/)]);
    expect(await extract(["--queue", "redis://localhost:6379", "--workers", "2", "in"])).toBe(2);
    expect(err).toEqual([expect.stringMatching(/^extract: --workers does not go with --queue\. /)]);
  });

  it("says in one line that Redis is unreachable and exits non-zero, from extract and from a worker", async () => {
    const url = `redis://127.0.0.1:${await freePort()}`;
    await writeArticles(join(dir, "in"), generateArticles(2, 14));
    const lines: string[] = [];
    const [extracted, worked] = await Promise.all([
      extract(["--queue", url, "--out", "queue.json", "in"]),
      runWorker(["--queue", url], {
        baseDir: dir,
        stderr: (l) => lines.push(l),
        stdout: (l) => lines.push(l),
        stop: new AbortController().signal,
      }),
    ]);
    expect(extracted).toBe(1);
    expect(err).toEqual([
      `extract: cannot reach Redis at ${url} (connect ECONNREFUSED ${url.slice(8)})`,
    ]);
    await expect(stat(join(dir, "queue.json"))).rejects.toThrow();
    expect(worked).toBe(1);
    expect(lines).toEqual([
      `worker: cannot reach Redis at ${url} (connect ECONNREFUSED ${url.slice(8)})`,
    ]);
  });
});
if (!redisThere) console.warn(`extractQueue.test.ts: queue tests skipped: ${REDIS_MISSING}`);
