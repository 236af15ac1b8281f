// `npx tsx src/cli/benchImport.ts [--articles 50] [--runs 3]`: adding articles in the browser
// (issue 13), on the production build (run `npm run build` first) in headless Chromium, served by
// a plain static server with the app's CSP. Per run, in a fresh profile: the place index's bytes
// over the wire, the time from picking the files to the first article shown (fetching, inflating
// and parsing the index included), and to the last, with the extraction rate in between. Prints
// figures (medians of the runs); asserts nothing about time. The articles are generated
// (bench/newsArticles.ts), each with front matter and 20 dated sentences.
import { existsSync } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { GAZETTEER_URL } from "../app/data/derivedFormat";
import { chromiumLaunchOptions } from "./browser";
import { generateArticles } from "./bench/newsArticles";
import { percentile } from "./bench/measure";
import { startServer } from "./bench/server";

const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const USAGE = "usage: npx tsx src/cli/benchImport.ts [--articles N] [--runs N]";

function parseArgs(argv: string[]): { articles: number; runs: number } {
  const options = { articles: 50, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`${flag} needs a whole number. ${USAGE}`);
    if (flag === "--articles") options.articles = value;
    else if (flag === "--runs") options.runs = value;
    else throw new Error(`unknown option ${flag}. ${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const { articles, runs } = parseArgs(process.argv.slice(2));
  const dist = join(PROJECT, "dist");
  const index = join(dist, GAZETTEER_URL);
  if (!existsSync(index)) throw new Error(`${index} is missing: run npm run build first`);
  const wire = (await stat(index)).size;
  const files = generateArticles(articles, 7).map((a) => ({
    name: a.name.split("/").pop()!,
    mimeType: "text/plain",
    buffer: Buffer.from(a.content),
  }));
  const mb = files.reduce((n, f) => n + f.buffer.length, 0) / 1e6;
  console.log(
    `place index: ${(wire / 1e6).toFixed(1)} MB over the wire; ${articles} generated articles, ${mb.toFixed(2)} MB`,
  );

  const server = await startServer(dist);
  server.setDataDir(join(dist, "data"));
  const browser = await chromium.launch(chromiumLaunchOptions());
  const first: number[] = [];
  const all: number[] = [];
  const rate: number[] = [];
  try {
    for (let run = 1; run <= runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByTestId("timeline-event").first().waitFor();
      const chooser = page.waitForEvent("filechooser");
      await page.getByRole("button", { name: "Add articles" }).click();
      const t0 = Date.now();
      await (await chooser).setFiles(files);
      const added = page.getByTestId("added-article");
      await added.first().waitFor({ state: "attached", timeout: 120_000 });
      const t1 = Date.now();
      await page.getByTestId("import-progress").waitFor({ state: "detached", timeout: 600_000 });
      const t2 = Date.now();
      const count = await added.count();
      if (count !== articles) throw new Error(`run ${run}: ${count} of ${articles} articles added`);
      first.push(t1 - t0);
      all.push(t2 - t0);
      rate.push(articles > 1 ? ((articles - 1) * 1000) / Math.max(1, t2 - t1) : NaN);
      console.log(
        `run ${run}: first article ${t1 - t0} ms, all ${t2 - t0} ms, ${rate.at(-1)!.toFixed(1)} articles/s after the first`,
      );
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const median = (values: number[]) => percentile(values, 50)!;
  console.log(
    `median of ${runs}: first article ${median(first)} ms (index fetched, inflated, parsed), ` +
      `all ${articles} in ${median(all)} ms, ${median(rate).toFixed(1)} articles/s after the first`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
