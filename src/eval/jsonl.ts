// Reading the JSON Lines corpora in ../shared/eval/ (one document per line). Shared by the dates
// and places evaluations.
import { readFile } from "node:fs/promises";

/**
 * Parses a JSON Lines file into an array, one element per non-blank line. The element type is the
 * caller's promise: nothing is validated here beyond JSON syntax, so a malformed line fails loudly
 * with its line number rather than being skipped and quietly shifting the scores.
 */
export async function readJsonl<T>(path: string): Promise<T[]> {
  const raw = await readFile(path, "utf8");
  const out: T[] = [];
  const lines = raw.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]?.trim();
    if (!line) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch (err) {
      throw new Error(`${path}:${i + 1}: ${err instanceof Error ? err.message : String(err)}`, {
        cause: err,
      });
    }
  }
  return out;
}
