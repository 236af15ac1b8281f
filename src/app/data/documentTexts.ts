// Article texts, loaded one file per article when Sources shows one of its passages: a corpus's
// texts are most of its size and most are never read. A dataset.json opened without derived files
// carries its texts, which are then kept here from the start.
import { textFileName } from "./derivedFormat";

const texts = new Map<number, string>();
const failed = new Set<number>();
let baseUrl: string | null = null;

/** Reset for a newly loaded dataset: texts come from files under `url`, or all from `all`. */
export function setTextSource(source: { url: string } | { all: readonly string[] }): void {
  texts.clear();
  failed.clear();
  if ("url" in source) baseUrl = source.url;
  else {
    baseUrl = null;
    source.all.forEach((text, i) => texts.set(i, text));
  }
}

export function textOf(doc: number): string | undefined {
  return texts.get(doc);
}

export function textFailed(doc: number): boolean {
  return failed.has(doc);
}

// A handful at a time: the browser queues the rest anyway, and a place in every article of a corpus
// should not fire thousands of requests at once.
const CONCURRENCY = 6;

/** Fetches the texts of `docs` not loaded yet; resolves when each has loaded or failed. */
export async function loadTexts(docs: readonly number[]): Promise<void> {
  const missing = docs.filter((d) => !texts.has(d) && !failed.has(d));
  const base = baseUrl;
  if (base === null) {
    for (const d of missing) failed.add(d);
    return;
  }
  let next = 0;
  const worker = async () => {
    while (next < missing.length) {
      const doc = missing[next++]!;
      try {
        const response = await fetch(base + textFileName(doc));
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        texts.set(doc, await response.text());
      } catch {
        failed.add(doc);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, missing.length) }, worker));
}
