// Short hashes that key the caches (the gazetteer index, extracted articles) on the code that made
// them: an edit to that code must invalidate what it built, even when no input changed.
import { readFileSync } from "node:fs";
import { cyrb53 } from "../core/ids";

/** A short hash of a string. */
export function shortHash(s: string): string {
  return cyrb53(s).toString(16);
}

/** A short hash of the contents of these source files, in the order given. */
export function sourceHash(files: readonly string[]): string {
  return shortHash(files.map((f) => readFileSync(f, "utf8")).join("\n"));
}
