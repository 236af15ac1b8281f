// Finding and reading article files: the Node side of the extractor. Everything here that can go
// wrong with one file becomes a one-line reason for that file, so the rest still runs.

import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { formatOf } from "../core/article";
import type { ArticleMeta } from "../core/text/frontMatter";

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
