// The per-article cache of `npm run extract`: a rerun extracts only new or changed articles. An
// entry is keyed by everything its result depends on: the article's bytes, its sidecar metadata,
// its path (the document id derives from it) and the extractor's version (its source and the
// gazetteer's provenance). An entry that cannot be read or parsed is treated as missing; a cache
// that cannot be written costs one warning, never the run.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { readFile, readdir, rename, rm, unlink, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { makeFolders } from "./atomicWrite";
import { gazetteerSource } from "./buildGazetteer";
import type { ArticleOutcome, ArticleTask } from "../core/extractArticle";
import { shortHash, sourceHash } from "./sourceHash";

const HERE = dirname(fileURLToPath(import.meta.url));

/** The code an article's result depends on: the whole core (decoding and extracting one article
 * included), and the CLI's reading of the file. */
function extractorFiles(): string[] {
  const core = join(HERE, "..", "core");
  const coreFiles = readdirSync(core, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => join(core, f));
  return [...coreFiles, join(HERE, "articles.ts")];
}

/** Changes whenever the extractor or its gazetteer could give another result. */
export function extractorVersion(): string {
  return `${sourceHash(extractorFiles())}; ${gazetteerSource()}`;
}

/** Whether a stored result (from the cache or a queue's worker) has an outcome's shape. */
export function isOutcome(v: unknown): v is ArticleOutcome {
  if (!v || typeof v !== "object") return false;
  const o = v as Record<string, unknown>;
  if (!Array.isArray(o.lines) || !o.lines.every((l) => typeof l === "string")) return false;
  if (typeof o.skip === "string") return true;
  const f = o.findings as Record<string, unknown> | undefined;
  const r = o.record as Record<string, unknown> | undefined;
  return (
    typeof r?.id === "string" &&
    typeof r.text === "string" &&
    Array.isArray(f?.places) &&
    Array.isArray(f.events) &&
    Array.isArray(f.dates) &&
    Array.isArray(f.masked)
  );
}

/**
 * Names an article's result by everything it depends on: the cache's entry and the queue's job
 * id, so that a re-submitted article is not extracted twice.
 */
export function articleKey(version: string, task: Omit<ArticleTask, "format">): string {
  const h = createHash("sha256");
  // Lengths first, so that no two different inputs can concatenate to the same stream.
  const head = JSON.stringify([
    version,
    task.path,
    task.sidecar,
    task.defaultPublished,
    task.outletFromFolder ?? true,
    task.bytes.length,
  ]);
  h.update(`${head.length}:${head}`);
  h.update(task.bytes);
  return h.digest("hex");
}

// The cache folder is marked as one (https://bford.info/cachedir/): backup tools skip it, and
// prune() removes old versions only from a folder that bears the mark, never from a folder the
// user named by mistake.
const TAG_NAME = "CACHEDIR.TAG";
const TAG =
  "Signature: 8a477f597d28d172789f06886806bc55\n# Dateline's per-article extraction cache.\n";
const VERSION_FOLDER = /^[0-9a-f]{1,14}$/;

export class ExtractCache {
  private readonly made = new Set<string>();
  private broken = false;
  /** Entries live in a folder per extractor version, so that old versions can go at once. */
  private readonly dir: string;

  constructor(
    private readonly root: string,
    version: string,
    /** Told once, when the cache cannot be written. */
    private readonly warn: (reason: string) => void,
  ) {
    this.dir = join(root, shortHash(version));
  }

  private file(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  /** Synchronous: see readSidecar. */
  get(key: string): ArticleOutcome | null {
    try {
      const entry = JSON.parse(readFileSync(this.file(key), "utf8")) as unknown;
      if (entry && typeof entry === "object" && "key" in entry && entry.key === key) {
        const outcome = (entry as { outcome?: unknown }).outcome;
        if (isOutcome(outcome)) return outcome;
      }
    } catch {
      // Missing, unreadable or not JSON: extract the article again.
    }
    return null;
  }

  /** Whether the entry was written (a queue's worker falls back to Redis when it was not). */
  async put(key: string, outcome: ArticleOutcome): Promise<boolean> {
    if (this.broken) return false;
    const file = this.file(key);
    // Written beside the entry and renamed, so a crash or a parallel run never leaves half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    try {
      const dir = dirname(file);
      if (!this.made.has(dir)) {
        await makeFolders(dir);
        if (this.made.size === 0) await writeFile(join(this.root, TAG_NAME), TAG);
        this.made.add(dir);
      }
      await writeFile(tmp, JSON.stringify({ key, outcome }));
      await rename(tmp, file);
      return true;
    } catch (err) {
      await unlink(tmp).catch(() => undefined);
      if (this.broken) return false;
      this.broken = true;
      const code = (err as NodeJS.ErrnoException).code ?? String(err);
      this.warn(`cannot write the cache in ${this.root} (${code}); going on without it`);
      return false;
    }
  }

  /** Removes the entries of other extractor versions: no run can use them again. */
  async prune(): Promise<void> {
    try {
      if ((await readFile(join(this.root, TAG_NAME), "utf8")) !== TAG) return;
      const current = basename(this.dir);
      for (const name of await readdir(this.root)) {
        if (name !== current && VERSION_FOLDER.test(name))
          await rm(join(this.root, name), { recursive: true, force: true });
      }
    } catch {
      // A cache that cannot be tidied still works; the next run tries again.
    }
  }
}
