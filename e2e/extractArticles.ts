// Articles written by a test, run through the real extractor in a folder of their own (removed
// afterwards): the dataset file's text comes back, as the app would fetch it.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeArticles } from "../src/cli/bench/newsArticles";
import { loadGazetteer } from "../src/cli/loadGazetteer";
import { runExtract } from "../src/cli/runExtract";

export async function extractArticles(
  articles: readonly { name: string; content: string }[],
  /** Further options of `npm run extract`, e.g. `["--published", "2024-05-17"]`. */
  options: readonly string[] = [],
): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "dateline-e2e-"));
  try {
    await writeArticles(join(dir, "articles"), articles);
    const errors: string[] = [];
    const out = join(dir, "dataset.json");
    const code = await runExtract(["--out", out, "--no-cache", ...options, join(dir, "articles")], {
      baseDir: dir,
      stderr: (l) => errors.push(l),
      stdout: () => undefined,
      loadGazetteer,
    });
    if (code !== 0) throw new Error(`extract failed: ${errors.slice(-3).join(" / ")}`);
    return await readFile(out, "utf8");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
