// Atomic replacement of a file: write a temp file in the same folder, then rename it over the
// target. A reader (or a crash) never sees half a file, and on failure the old file stays as it
// was and the temp file is removed (CONTRACT.md).
import { unlinkSync } from "node:fs";
import { mkdir, open, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/**
 * Creates a folder and its missing parents one level at a time. Node's `mkdir({recursive: true})`
 * spins forever where a folder can never be made (under /proc it keeps retrying); one level at a
 * time, the first refusal is the error.
 */
export async function makeFolders(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = dir;
  for (;;) {
    const info = await stat(at).catch((err: unknown) => err as NodeJS.ErrnoException);
    if (!(info instanceof Error)) {
      if (!info.isDirectory())
        throw Object.assign(new Error(`${at} is not a folder`), { code: "ENOTDIR" });
      break;
    }
    if (info.code !== "ENOENT") throw info;
    const parent = dirname(at);
    if (parent === at) throw info;
    missing.push(at);
    at = parent;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((err: unknown) => {
      // Another process may have made it meanwhile; that is as good.
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    });
  }
}

// Temp files being written: a streamed dataset is open for the whole extraction, so an
// interrupted run must be able to remove it on its way out.
const unfinished = new Set<string>();

/** Removes the temp files of writes still under way; for a signal handler, hence synchronous. */
export function removeUnfinished(): void {
  for (const tmp of unfinished) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  unfinished.clear();
}

/** Appends text to the file being written; resolves once it may take more. */
export type Write = (text: string) => Promise<void>;

// Chunks are gathered to this size before a write, so thousands of small pieces cost a few
// system calls, and at most this much waits in memory.
const CHUNK = 1 << 20;

/**
 * Writes the file piece by piece through `fill`, beside the target, and renames it over the
 * target once `fill` resolves. When `fill` (or the write) throws, the temp file is removed, the
 * target stays as it was, and the error is passed on.
 */
export async function writeAtomicallyStreaming(
  path: string,
  fill: (write: Write) => Promise<void>,
): Promise<void> {
  await makeFolders(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const file = await open(tmp, "wx");
  unfinished.add(tmp);
  let closed = false;
  try {
    let pending: string[] = [];
    let size = 0;
    const flush = async () => {
      if (pending.length === 0) return;
      const text = pending.join("");
      pending = [];
      size = 0;
      await file.write(text, null, "utf8");
    };
    await fill(async (text) => {
      pending.push(text);
      size += text.length;
      if (size >= CHUNK) await flush();
    });
    await flush();
    await file.close();
    closed = true;
    await rename(tmp, path);
  } catch (err) {
    if (!closed) await file.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    throw err;
  } finally {
    unfinished.delete(tmp);
  }
}

/** Writes beside the target and renames over it, so a reader never sees half a file. */
export function writeAtomically(path: string, data: string): Promise<void> {
  return writeAtomicallyStreaming(path, (write) => write(data));
}
