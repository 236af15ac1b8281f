// A redis-server of a test's own, on a free local port, with nothing saved to disk: the queue tests
// need no Redis set up beforehand and leave no process behind. Debian's package provides the
// binary (`apt-get install redis-server`; .ci/run installs it when it is missing).
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { createServer } from "node:net";

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

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
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
