// The benchmark's job-queue line: the extract command on a corpus through BullMQ with 1, 2 and 4
// worker processes on this machine (one extraction thread each), beside the local pool with as
// many threads, and what Redis holds per finished article. Workers are started before the clock
// and load the gazetteer on their first job, as the pool's threads do, so both sides pay that.
import type { ChildProcess } from "node:child_process";
import { readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { Queue } from "bullmq";
import { Redis } from "ioredis";
import {
  REDIS_MISSING,
  hasRedisServer,
  startRedis,
  startWorkerProcess,
  stopWorker,
} from "../../test/queueProcesses";
import { extractorVersion } from "../extractCache";
import { queueName } from "../extractQueue";
import { loadGazetteer } from "../loadGazetteer";
import { runExtract } from "../runExtract";

async function timed(args: string[], baseDir: string): Promise<number> {
  const t = performance.now();
  const code = await runExtract(["--no-cache", ...args], {
    baseDir,
    stderr: () => undefined,
    stdout: () => undefined,
    loadGazetteer,
  });
  if (code !== 0) throw new Error(`extract ${args.join(" ")} failed (${code})`);
  return (performance.now() - t) / 1000;
}

async function usedMemory(redis: Redis): Promise<number> {
  return Number(/used_memory:(\d+)/.exec(await redis.info("memory"))?.[1] ?? NaN);
}

/** Prints the figures for the corpus `input` (relative to `work`) of `count` articles. */
export async function benchQueue(work: string, input: string, count: number): Promise<void> {
  if (!hasRedisServer()) {
    console.log(`queue: skipped: ${REDIS_MISSING}`);
    return;
  }
  const server = await startRedis();
  const redis = new Redis(server.url);
  const queue = new Queue(queueName(extractorVersion()), { connection: redis });
  const workers: ChildProcess[] = [];
  /** One run through the queue on `n` fresh workers: seconds, Redis bytes kept, same output. */
  const viaQueue = async (n: number, workerArgs: string[], extractArgs: string[]) => {
    workers.push(
      ...(await Promise.all(
        Array.from({ length: n }, () =>
          startWorkerProcess(server.url, ["--concurrency", "1", ...workerArgs]),
        ),
      )),
    );
    // Nothing stored from the run before: every article is extracted again.
    await queue.obliterate({ force: true });
    const before = await usedMemory(redis);
    const s = await timed(
      [...extractArgs, "--queue", server.url, "--out", "queue.json", input],
      work,
    );
    const kept = (await usedMemory(redis)) - before;
    await Promise.all(workers.splice(0).map((w) => stopWorker(w, "SIGTERM")));
    const same = (await readFile(join(work, "queue.json"))).equals(
      await readFile(join(work, "local.json")),
    );
    return { s, kB: kept / count / 1024, same: same ? "the same bytes" : "DIFFERENT" };
  };
  try {
    for (const n of [1, 2, 4]) {
      const local = await timed(["--workers", String(n), "--out", "local.json", input], work);
      const remote = await viaQueue(n, [], []);
      console.log(
        `queue, ${n} worker process(es): ${remote.s.toFixed(1)} s, ${(count / remote.s).toFixed(0)} articles/s; ` +
          `local pool, ${n} thread(s): ${local.toFixed(1)} s, ${(count / local).toFixed(0)} articles/s; ` +
          `overhead ${(((remote.s - local) / count) * 1000).toFixed(2)} ms per article; ` +
          `Redis ${remote.kB.toFixed(1)} kB per finished article; output ${remote.same}`,
      );
    }
    // Results in a shared folder instead (the submitter reads it as its cache).
    const folder = join(work, "results");
    const shared = await viaQueue(2, ["--results", folder], ["--cache", folder]);
    await rm(folder, { recursive: true, force: true });
    console.log(
      `queue, 2 worker process(es) with --results: ${shared.s.toFixed(1)} s, ` +
        `Redis ${shared.kB.toFixed(1)} kB per finished article; output ${shared.same}`,
    );
  } finally {
    await Promise.all(workers.map((w) => stopWorker(w, "SIGKILL")));
    await queue.close();
    redis.disconnect();
    await server.stop();
  }
}
