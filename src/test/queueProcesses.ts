// The processes of a job-queue run, for the queue tests and the benchmark: a redis-server of their
// own, on a free local port, with nothing saved to disk (so they need no Redis set up beforehand),
// and workers in child processes, as `npm run worker` starts them. Debian's package provides the
// binary (`apt-get install redis-server`; .ci/run installs it when it is missing).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const WORKER = fileURLToPath(new URL("../cli/worker.ts", import.meta.url));
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));

export const REDIS_MISSING =
  "redis-server is not installed (Debian: apt-get install -y redis-server)";

/** Whether redis-server can be run here. */
export function hasRedisServer(): boolean {
  try {
    execFileSync("redis-server", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

/** A local TCP port nothing listens on (at the time of asking). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("no free port");
  return address.port;
}

export interface RedisServer {
  url: string;
  /** Ends the server (and waits for it to be gone). */
  stop: () => Promise<void>;
}

/** `config`: more redis-server options, e.g. ["--rename-command", "XREVRANGE", ""]. */
export async function startRedis(config: string[] = []): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", ...config],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`redis-server did not start:\n${log}`)),
      10_000,
    );
    child.stdout!.on("data", (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    });
    void gone.then(() => reject(new Error(`redis-server exited:\n${log}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      await gone;
    },
  };
}

/**
 * A worker for the queue at `url`, resolved once it takes jobs. Node itself runs worker.ts (with
 * tsx's loader), not the tsx command, so that a kill reaches the worker and not a wrapper.
 */
export async function startWorkerProcess(url: string, args: string[]): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", WORKER, "--queue", url, ...args], {
    cwd: PROJECT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stderr!.on("data", (c: Buffer) => (out += c.toString()));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (c: Buffer) => {
      out += c.toString();
      if (out.includes("takes jobs")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code}):\n${out}`)));
  });
  return child;
}

/** Sends `signal` and waits for the worker to be gone. */
export async function stopWorker(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  await exited;
}
