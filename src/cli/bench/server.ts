// A static server for the benchmark: the production build from `dist/`, and `data/` from the
// folder of the dataset being measured (never from dist, so a stale public/data copied into the
// build cannot answer instead). Sends the app's Content-Security-Policy header so the page runs
// under the same rules as in production.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { CONTENT_SECURITY_POLICY } from "../../../vite.config";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".webp": "image/webp",
  ".map": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

export interface BenchServer {
  url: string;
  /** Serves `data/` from this folder from now on. */
  setDataDir: (dir: string) => void;
  close: () => Promise<void>;
}

/** A file under `root` for a URL path, or null when the path would leave it. */
function inside(root: string, urlPath: string): string | null {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  return file === root || file.startsWith(root + sep) ? file : null;
}

export async function startServer(distDir: string, prefix = "/"): Promise<BenchServer> {
  let dataDir: string | null = null;
  const server: Server = createServer((req, res) => {
    void (async () => {
      const full = new URL(req.url ?? "/", "http://localhost").pathname;
      const path = full.startsWith(prefix) ? `/${full.slice(prefix.length)}` : null;
      const file =
        path === null
          ? null
          : path.startsWith("/data/")
            ? dataDir && inside(dataDir, path.slice("/data".length))
            : inside(distDir, path.endsWith("/") ? `${path}index.html` : path);
      const info = file ? await stat(file).catch(() => null) : null;
      if (!file || !info?.isFile()) {
        res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      res.writeHead(200, {
        "Content-Type": TYPES[extname(file)] ?? "application/octet-stream",
        "Content-Length": info.size,
        "Content-Security-Policy": CONTENT_SECURITY_POLICY,
        "Cache-Control": "no-store",
      });
      createReadStream(file).pipe(res);
    })().catch((err: unknown) => {
      if (!res.headersSent) res.writeHead(500).end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    setDataDir: (dir) => {
      dataDir = normalize(dir);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
