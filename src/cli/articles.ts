// Finding and reading article files: the Node side of the extractor. Everything here that can go
// wrong with one file becomes a one-line reason for that file, so the rest still runs.

import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import type { ArticleFormat } from "../core/document";
import type { ArticleMeta } from "../core/text/frontMatter";

export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const FORMATS: Record<string, ArticleFormat> = {
  ".txt": "text",
  ".md": "markdown",
  ".html": "html",
  ".htm": "html",
};

export function formatOf(path: string): ArticleFormat | null {
  return FORMATS[extname(path).toLowerCase()] ?? null;
}

export interface Problem {
  path: string;
  reason: string;
}

/** Article files under the inputs, sorted, without duplicates. Symlinked folders are not followed. */
export async function collectArticles(inputs: string[], problems: Problem[]): Promise<string[]> {
  const found = new Set<string>();
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (err) {
      problems.push({ path: dir, reason: `cannot read folder (${errorCode(err)})` });
      return;
    }
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if ((e.isFile() || e.isSymbolicLink()) && formatOf(p)) {
        if (e.isSymbolicLink()) {
          // A link to a file is read; a link to a folder is not followed (loops, surprises).
          const target = await stat(p).catch(() => null);
          if (!target?.isFile()) continue;
        }
        found.add(p);
      }
    }
  };
  for (const input of inputs) {
    const info = await stat(input).catch((err: unknown) => err as Error);
    if (info instanceof Error) {
      problems.push({ path: input, reason: `cannot open (${errorCode(info)})` });
    } else if (info.isDirectory()) {
      // A folder named on the command line is read even through a link: the user asked for it.
      await walk(input);
    } else if (formatOf(input)) {
      found.add(input);
    } else {
      problems.push({ path: input, reason: "not a .txt, .md or .html file" });
    }
  }
  return [...found].sort();
}

export function errorCode(err: unknown): string {
  if (err && typeof err === "object" && "code" in err && typeof err.code === "string")
    return err.code;
  return err instanceof Error ? err.message : String(err);
}

const MAGIC: [string, number[]][] = [
  ["PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["JPEG image", [0xff, 0xd8, 0xff]],
  ["GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["PDF document", [0x25, 0x50, 0x44, 0x46]],
  ["ZIP archive", [0x50, 0x4b, 0x03, 0x04]],
  ["gzip archive", [0x1f, 0x8b]],
];

export type Decoded = { ok: true; text: string; note?: string } | { ok: false; reason: string };

/** Bytes to text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252; binaries refused. */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty file" };
  for (const [what, sig] of MAGIC) {
    if (sig.every((b, i) => bytes[i] === b)) return { ok: false, reason: `binary file (${what})` };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  }
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: "binary file (contains NUL bytes)" };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length * 0.1) return { ok: false, reason: "binary file (control bytes)" };
  try {
    return {
      ok: true,
      text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes),
    };
  } catch {
    return {
      ok: true,
      text: new TextDecoder("windows-1252").decode(bytes),
      note: "not valid UTF-8; read as Windows-1252",
    };
  }
}

/**
 * NAME.meta.json beside NAME.txt (or NAME.txt.meta.json); null when there is none. Synchronous,
 * like the CLI's other per-article reads: a promise per small file costs more than the read, and
 * a rerun from the cache is little else but such reads.
 */
export function readSidecar(path: string): { meta: ArticleMeta | null; problem?: string } {
  const dir = dirname(path);
  const file = basename(path);
  const stem = file.slice(0, file.length - extname(file).length);
  for (const candidate of [join(dir, `${stem}.meta.json`), join(dir, `${file}.meta.json`)]) {
    let raw: string;
    try {
      raw = readFileSync(candidate, "utf8");
    } catch {
      continue;
    }
    try {
      const parsed: unknown = JSON.parse(raw);
      if (!parsed || typeof parsed !== "object" || Array.isArray(parsed)) {
        return {
          meta: null,
          problem: `sidecar ${basename(candidate)} is not a JSON object; ignored`,
        };
      }
      const meta: ArticleMeta = {};
      for (const key of ["published", "title", "url", "genre", "source", "outlet"] as const) {
        const v = (parsed as Record<string, unknown>)[key];
        if (typeof v === "string") meta[key] = v;
      }
      return { meta };
    } catch {
      return { meta: null, problem: `sidecar ${basename(candidate)} is not valid JSON; ignored` };
    }
  }
  return { meta: null };
}

/** POSIX path, relative to the user's folder when inside it (CONTRACT.md). */
export function displayPath(path: string, baseDir: string): string {
  const abs = resolve(baseDir, path);
  const rel = relative(baseDir, abs);
  // "..notes.txt" is a file inside; ".." or "../x" is outside.
  const outside = rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel);
  const inside = rel !== "" && !outside;
  return (inside ? rel : abs).split(sep).join("/");
}
