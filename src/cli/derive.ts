// `npm run derive -- DATASET.json OUTDIR`: writes the compact files the app loads first (see
// src/app/data/derivedFormat.ts), validating the dataset on the way so the page never has to.
// `npm run build` (and `npm start`) run it after vite build with --build: the project's
// public/data/dataset.json into dist/data/derived, so what is served is always derived from the
// dataset of that build. Without a dataset.json there is nothing to derive and the app says so.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { existsSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deriveCompact } from "../app/data/derive";
import { parseDataset } from "../app/data/datasetSchema";
import {
  INVALID_JSON_TITLE,
  INVALID_SCHEMA_TITLE,
  REGENERATE_HINT,
  textFileName,
  type DerivedManifest,
} from "../app/data/derivedFormat";
import { encodeMentionTable } from "../app/data/mentionTable";

// About 6 MB of JSON per file at typical passage lengths: few requests, and each one parses in the
// worker while the next downloads.
const EVENTS_PER_FILE = 10_000;
// Writing ten thousand small text files one after another is slow; too many at once runs out of
// file handles.
const WRITE_CONCURRENCY = 32;

export interface DeriveSummary {
  events: number;
  documents: number;
  places: number;
  /** The problems that made the app's error screen, when the dataset was not usable. */
  error: string | null;
}

async function writeManifest(outDir: string, manifest: DerivedManifest): Promise<void> {
  // Written last: a manifest present means every file it names is there.
  await writeFile(join(outDir, "manifest.json"), JSON.stringify(manifest));
}

/**
 * Replaces `outDir` with the derived form of the dataset at `datasetPath`. A dataset that is not
 * valid JSON or fails validation still gives a manifest, holding the error the app then shows.
 * Throws (one-line message) only when the dataset cannot be read or the folder written.
 */
export async function deriveToFolder(datasetPath: string, outDir: string): Promise<DeriveSummary> {
  const raw = await readFile(datasetPath, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new Error(`${datasetPath}: cannot read (${error.code ?? error.message})`);
  });
  await rm(outDir, { recursive: true, force: true });
  await mkdir(join(outDir, "text"), { recursive: true });
  const failed = async (title: string, problems: string[], hint?: string) => {
    await writeManifest(outDir, {
      format: 1,
      meta: "",
      mentions: "",
      events: [],
      eventCount: 0,
      error: hint ? { title, problems, hint } : { title, problems },
    });
    return { events: 0, documents: 0, places: 0, error: `${title} ${problems.join("; ")}` };
  };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    return failed(INVALID_JSON_TITLE, [String(error)]);
  }
  const parsed = parseDataset(json);
  if (!parsed.ok) return failed(INVALID_SCHEMA_TITLE, parsed.problems, REGENERATE_HINT);

  const derived = deriveCompact(parsed.dataset);
  await writeFile(join(outDir, "meta.json"), JSON.stringify(derived.meta));
  const mentions = encodeMentionTable(derived.mentions);
  await writeFile(
    join(outDir, "mentions.bin"),
    new Uint8Array(mentions.buffer, mentions.byteOffset, mentions.byteLength),
  );
  const eventFiles: string[] = [];
  for (let i = 0; i < derived.events.length; i += EVENTS_PER_FILE) {
    const name = `events-${eventFiles.length}.json`;
    await writeFile(
      join(outDir, name),
      JSON.stringify(derived.events.slice(i, i + EVENTS_PER_FILE)),
    );
    eventFiles.push(name);
  }
  let next = 0;
  const writer = async () => {
    while (next < derived.texts.length) {
      const doc = next++;
      await writeFile(join(outDir, textFileName(doc)), derived.texts[doc]!);
    }
  };
  await Promise.all(Array.from({ length: WRITE_CONCURRENCY }, writer));
  await writeManifest(outDir, {
    format: 1,
    meta: "meta.json",
    mentions: "mentions.bin",
    events: eventFiles,
    eventCount: derived.events.length,
  });
  return {
    events: derived.events.length,
    documents: derived.meta.documents.length,
    places: derived.meta.places.length,
    error: null,
  };
}

const projectDir = fileURLToPath(new URL("../..", import.meta.url));

/** The build's derive step: the project's dataset into the build output; null without a dataset. */
export async function deriveForBuild(): Promise<DeriveSummary | null> {
  const dataset = join(projectDir, "public", "data", "dataset.json");
  const outDir = join(projectDir, "dist", "data", "derived");
  if (!existsSync(dataset)) {
    await rm(outDir, { recursive: true, force: true });
    return null;
  }
  return deriveToFolder(dataset, outDir);
}

function report(summary: DeriveSummary, source: string, outDir: string): number {
  if (summary.error) {
    process.stderr.write(`derive: ${source}: ${summary.error} (the app shows this)\n`);
    return 1;
  }
  process.stdout.write(
    `derive: ${summary.documents} document(s), ${summary.events} events, ${summary.places} places -> ${outDir}\n`,
  );
  return 0;
}

async function main(args: string[]): Promise<number> {
  if (args.length === 1 && args[0] === "--build") {
    const summary = await deriveForBuild();
    if (!summary) process.stdout.write("derive: no public/data/dataset.json; nothing derived\n");
    // A bad dataset must not fail the build: the built app shows its error screen instead.
    else report(summary, "public/data/dataset.json", "dist/data/derived");
    return 0;
  }
  const [dataset, outDir, ...rest] = args;
  if (!dataset || !outDir || rest.length > 0) {
    process.stderr.write("usage: npm run derive -- DATASET.json OUTDIR\n");
    return 2;
  }
  // Relative paths are taken from where the user ran npm, as the extractor does.
  const base = process.env.INIT_CWD ?? process.cwd();
  try {
    return report(
      await deriveToFolder(resolve(base, dataset), resolve(base, outDir)),
      dataset,
      outDir,
    );
  } catch (error) {
    process.stderr.write(`derive: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
