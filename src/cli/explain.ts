// `npm run extract -- --explain FILE ...`: for each article, which stage and rule made or
// dropped each finding, section by section, on stdout; nothing is written. Each section is an
// explainer over the prepared document (places, then dates, in the pipeline's order).
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { DocumentRecord } from "../core/contract";
import { prepareDocument } from "../core/document";
import { hemisphereOf } from "../core/dates";
import { explainDateLines } from "../core/dates/explain";
import { findPlaces } from "../core/places";
import { explainPlaces } from "../core/places/explain";
import type { Gazetteer } from "../core/places/gazetteer";
import { decodeArticle, formatOf } from "../core/article";
import { displayPath, errorCode, readSidecar } from "./articles";
import type { ExtractIO } from "./runExtract";

interface Explainer {
  title: string;
  explain: (doc: DocumentRecord, gaz: Gazetteer) => string[];
}

export const EXPLAINERS: Explainer[] = [
  { title: "places", explain: (doc, gaz) => explainPlaces(doc.text, gaz) },
  {
    title: "dates",
    // The same reference the pipeline's dates stage gets, hemisphere included.
    explain: (doc, gaz) =>
      explainDateLines(doc.text, {
        published: doc.published,
        genre: doc.genre,
        hemisphere: hemisphereOf(findPlaces(doc.text, gaz)),
      }),
  },
];

/** The explanation of one article, by section, or why it could not be read. */
export function explainArticle(
  file: string,
  gaz: Gazetteer,
  defaultPublished: string | null,
  path = file,
): { sections: { title: string; lines: string[] }[] } | { error: string } {
  const format = formatOf(file);
  if (!format) return { error: "not an article (.txt, .md, .html or .htm)" };
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    return { error: `cannot read it (${errorCode(err)})` };
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { error: decoded.reason };
  const sidecar = readSidecar(file);
  const prepared = prepareDocument({
    path,
    format,
    content: decoded.text,
    sidecar: sidecar.meta,
    defaultPublished,
  });
  if (!prepared.ok) return { error: prepared.reason };
  const doc = prepared.record;
  return {
    sections: EXPLAINERS.map((e) => ({ title: e.title, lines: e.explain(doc, gaz) })),
  };
}

/** Explains each file in turn; exit code 1 when any could not be read. */
export async function runExplain(
  inputs: string[],
  defaultPublished: string | null,
  io: ExtractIO,
): Promise<number> {
  if (inputs.length === 0) {
    io.stderr("extract: --explain needs at least one article file");
    return 2;
  }
  const gaz = await io.loadGazetteer();
  let code = 0;
  for (const input of inputs) {
    const file = resolve(io.baseDir, input);
    const path = displayPath(file, io.baseDir);
    const result = explainArticle(file, gaz, defaultPublished, path);
    if ("error" in result) {
      io.stderr(`explain: ${path}: ${result.error}`);
      code = 1;
      continue;
    }
    io.stdout(`== ${path}`);
    for (const s of result.sections) {
      io.stdout(`${s.title} (${s.lines.length})`);
      for (const line of s.lines) io.stdout(`  ${line}`);
    }
  }
  return code;
}
