// `npm run extract -- [--out FILE] [INPUT ...]` (CONTRACT.md). Reads articles, runs the core
// extractor on each, and replaces the dataset file atomically. One line on stderr per skipped
// file and per document whose publication date was inferred or is missing; a summary on stdout.

import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
import type { Analysis } from "../core/context";
import { writeAtomically } from "./atomicWrite";
import type { DocumentRecord } from "../core/contract";
import { buildDataset } from "../core/dataset";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import type { Gazetteer } from "../core/places/gazetteer";
import {
  MAX_FILE_BYTES,
  MAX_FILES,
  type Problem,
  collectArticles,
  decodeArticle,
  displayPath,
  errorCode,
  formatOf,
  readSidecar,
} from "./articles";

export interface ExtractIO {
  /** The folder relative inputs are taken from (npm's INIT_CWD). */
  baseDir: string;
  /** The project folder: the defaults (seeds/, public/data/dataset.json) live there, wherever
   * the user ran npm from. Defaults to baseDir. */
  projectDir?: string;
  stderr: (line: string) => void;
  stdout: (line: string) => void;
  loadGazetteer: () => Promise<Gazetteer>;
}

export const DEFAULT_OUT = "public/data/dataset.json";
export const DEFAULT_INPUT = "seeds";
const USAGE = "usage: npm run extract -- [--out FILE] [INPUT ...]";

interface Args {
  /** null: the default output. */
  out: string | null;
  /** Empty: the default input folder. */
  inputs: string[];
}

function parseArgs(argv: string[]): Args | string {
  let out: string | null = null;
  const inputs: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--out" || a === "-o") {
      const v = argv[++i];
      if (!v) return "--out needs a file name";
      out = v;
    } else if (a.startsWith("--out=")) out = a.slice(6);
    else if (a === "--help" || a === "-h") return USAGE;
    else if (a.startsWith("-") && a.length > 1) return `unknown option ${a}`;
    else inputs.push(a);
  }
  return { out, inputs };
}

export async function runExtract(argv: string[], io: ExtractIO): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === "string") {
    (args === USAGE ? io.stdout : io.stderr)(args === USAGE ? args : `extract: ${args}. ${USAGE}`);
    return args === USAGE ? 0 : 2;
  }
  // What the user typed is taken from where they ran npm; the defaults from the project folder.
  const projectDir = io.projectDir ?? io.baseDir;
  const outPath = args.out ? resolve(io.baseDir, args.out) : resolve(projectDir, DEFAULT_OUT);
  const inputPaths = args.inputs.length
    ? args.inputs.map((i) => resolve(io.baseDir, i))
    : [resolve(projectDir, DEFAULT_INPUT)];
  const problems: Problem[] = [];
  const files = await collectArticles(inputPaths, problems);
  const report = (p: Problem) =>
    io.stderr(`skipped ${displayPath(p.path, io.baseDir)}: ${p.reason}`);
  problems.splice(0).forEach(report);
  if (files.length > MAX_FILES) {
    io.stderr(
      `extract: ${files.length} article files found; the limit is ${MAX_FILES}. Pass fewer folders.`,
    );
    return 1;
  }

  let gazetteer: Gazetteer;
  try {
    gazetteer = await io.loadGazetteer();
  } catch (err) {
    io.stderr(
      `extract: could not load the gazetteer: ${err instanceof Error ? err.message : String(err)}`,
    );
    return 1;
  }

  const items: { record: DocumentRecord; analysis: Analysis }[] = [];
  const seenIds = new Map<string, string>();
  for (const file of files) {
    const shown = displayPath(file, io.baseDir);
    const skip = (reason: string) => io.stderr(`skipped ${shown}: ${reason}`);
    const format = formatOf(file);
    if (!format) continue;
    let bytes: Uint8Array;
    try {
      const info = await stat(file);
      if (info.size > MAX_FILE_BYTES) {
        skip(
          `${(info.size / 1024 / 1024).toFixed(1)} MB is over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`,
        );
        continue;
      }
      bytes = await readFile(file);
    } catch (err) {
      skip(`cannot read (${errorCode(err)})`);
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      skip(decoded.reason);
      continue;
    }
    if (decoded.note) io.stderr(`${shown}: ${decoded.note}`);
    const sidecar = await readSidecar(file);
    if (sidecar.problem) io.stderr(`${shown}: ${sidecar.problem}`);
    // A bug in the core must cost one article, not the run.
    try {
      const prepared = prepareDocument({
        path: shown,
        format,
        content: decoded.text,
        sidecar: sidecar.meta,
      });
      if (!prepared.ok) {
        skip(prepared.reason);
        continue;
      }
      prepared.notes.forEach((n) => io.stderr(n));
      const clash = seenIds.get(prepared.record.id);
      if (clash) {
        skip(`its id collides with ${clash}`);
        continue;
      }
      const analysis = analyzeDocument(prepared.record, { gazetteer });
      items.push({ record: prepared.record, analysis });
      seenIds.set(prepared.record.id, shown);
    } catch (err) {
      skip(`extractor failed (${err instanceof Error ? err.message : String(err)})`);
    }
  }

  if (items.length === 0) {
    io.stderr(
      `extract: no usable article in ${inputPaths.map((p) => displayPath(p, io.baseDir)).join(", ")}; ${displayPath(outPath, io.baseDir)} left as it was`,
    );
    return 1;
  }
  const dataset = buildDataset(items);
  try {
    await writeAtomically(outPath, `${JSON.stringify(dataset)}\n`);
  } catch (err) {
    io.stderr(`extract: could not write ${displayPath(outPath, io.baseDir)} (${errorCode(err)})`);
    return 1;
  }
  io.stdout(
    `extract: ${dataset.documents.length} document(s), ${dataset.events.length} events, ` +
      `${dataset.places.length} places, ${dataset.dates.length} date expressions -> ${displayPath(outPath, io.baseDir)}`,
  );
  return 0;
}
