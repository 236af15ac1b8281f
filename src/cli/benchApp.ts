// `npm run bench:app [-- --sizes 1000,10000,100000 --runs 3 --skip-build]`: the app on corpora of
// growing size, in the production build and headless Chromium at 1440x900. Prints figures per
// size (medians of the runs) and the ratio of the largest size to the smallest; asserts nothing
// about time (figures on a shared machine are noisy: read the medians).
//
// Each size's dataset is real extractor output (see bench/corpus.ts), replicated with dates
// shifted by whole weeks where the base is smaller than the size, which the output says.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "@playwright/test";
import { chromiumLaunchOptions } from "./browser";
import { extractBase, scaleDataset, writeDataset } from "./bench/corpus";
import { METRICS, type Metric, type Sample, percentile, visit } from "./bench/measure";
import { startServer } from "./bench/server";

const USAGE = "usage: npm run bench:app -- [--sizes 1000,10000,100000] [--runs N] [--skip-build]";
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
// Without the eval corpora, this many generated articles (20 events each) form the base.
const FALLBACK_ARTICLES = 1000;

interface Options {
  sizes: number[];
  runs: number;
  build: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { sizes: [1000, 10_000, 100_000], runs: 3, build: true };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split("=", 2);
    const value = () => inline ?? argv[++i] ?? "";
    if (flag === "--sizes") options.sizes = value().split(",").map(Number);
    else if (flag === "--runs") options.runs = Number(value());
    else if (flag === "--skip-build") options.build = false;
    else throw new Error(`unknown option ${argv[i]}. ${USAGE}`);
  }
  options.sizes.sort((a, b) => a - b);
  if (!options.sizes.length || options.sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes takes whole numbers of events, e.g. 1000,10000. ${USAGE}`);
  if (!Number.isInteger(options.runs) || options.runs < 1)
    throw new Error(`--runs takes a whole number of at least 1. ${USAGE}`);
  return options;
}

/** The appdata stage's deriveToFolder when the checkout has it (src/cli/derive.ts), found at run
 * time so the benchmark works before and after the app reads derived files. */
async function findDerive(): Promise<
  ((dataset: string, outDir: string) => Promise<unknown>) | null
> {
  const path = join(PROJECT, "src/cli/derive.ts");
  if (!existsSync(path)) return null;
  const mod = (await import(pathToFileURL(path).href)) as { deriveToFolder?: unknown };
  return typeof mod.deriveToFolder === "function"
    ? (mod.deriveToFolder as (dataset: string, outDir: string) => Promise<unknown>)
    : null;
}

const COLUMNS: Record<Metric, string> = {
  firstCard: "first card ms",
  firstMarker: "first marker ms",
  longTaskLoad: "longest task (load) ms",
  longTask: "longest task (all) ms",
  heapMB: "heap MB",
  filter: "filter ms",
  brushP50: "brush p50 ms",
  brushP95: "brush p95 ms",
  sources: "Sources ms",
  scrollP95: "scroll p95 ms",
};

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  const line = (r: string[]) => `| ${r.map((v, c) => v.padEnd(widths[c]!)).join(" | ")} |`;
  return [line(rows[0]!), line(widths.map((w) => "-".repeat(w))), ...rows.slice(1).map(line)].join(
    "\n",
  );
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  const log = (line: string) => console.log(line);
  if (options.build) {
    log("building the app (npm run build)...");
    const built = spawnSync("npm", ["run", "build"], { cwd: PROJECT, encoding: "utf8" });
    if (built.status !== 0)
      throw new Error(`npm run build failed:\n${built.stdout}${built.stderr}`);
  }
  const dist = join(PROJECT, "dist");
  if (!existsSync(join(dist, "index.html")))
    throw new Error(`${dist} has no build: drop --skip-build`);

  const work = await mkdtemp(join(tmpdir(), "dateline-bench-app-"));
  const server = await startServer(dist);
  const browser = await chromium.launch(chromiumLaunchOptions());

  try {
    const base = await extractBase(work, join(PROJECT, "../shared/eval"), FALLBACK_ARTICLES, log);
    log(
      `base: ${base.dataset.events.length} events, ${base.dataset.documents.length} documents, ` +
        `${base.dataset.places.length} places, extracted from ${base.source}`,
    );
    const derive = await findDerive();
    log(
      derive
        ? "serving data/dataset.json and data/derived/ (src/cli/derive.ts)"
        : "serving data/dataset.json (no src/cli/derive.ts: the app's fallback path)",
    );

    const results: { size: number; mb: number; medians: Record<Metric, number | null> }[] = [];
    for (const size of options.sizes) {
      const dataset = scaleDataset(base.dataset, size);
      const dir = join(work, `size-${size}`);
      await mkdir(dir, { recursive: true });
      const datasetPath = join(dir, "dataset.json");
      const bytes = await writeDataset(datasetPath, dataset);
      if (derive) await derive(datasetPath, join(dir, "derived"));
      const copies = Math.ceil(size / base.dataset.events.length);
      log(
        `\n${size} events: ${dataset.documents.length} documents, ${dataset.places.length} places, ` +
          `${(bytes / 1e6).toFixed(1)} MB` +
          (copies > 1
            ? `; the base replicated ${copies} times, dates shifted by whole weeks, fresh ids`
            : "; a subset of the base, whole articles first"),
      );
      server.setDataDir(dir);
      const starts = dataset.events.map((e) => e.date.start).sort();
      const fromDate = starts[Math.floor(starts.length / 2)]!;
      const samples: Sample[] = [];
      for (let run = 1; run <= options.runs; run++) {
        const sample = await visit(browser, { url: server.url, fromDate, log });
        samples.push(sample);
        log(
          `  run ${run}: ` +
            METRICS.map((m) => `${m} ${sample[m] === null ? "-" : sample[m].toFixed(0)}`).join(
              ", ",
            ),
        );
      }
      const medians = Object.fromEntries(
        METRICS.map((m) => [
          m,
          percentile(
            samples.flatMap((s) => (s[m] === null ? [] : [s[m]])),
            50,
          ),
        ]),
      ) as Record<Metric, number | null>;
      results.push({ size, mb: bytes / 1e6, medians });
    }

    const fmt = (v: number | null) => (v === null ? "-" : v.toFixed(0));
    const rows = [
      ["events", "MB", ...METRICS.map((m) => COLUMNS[m])],
      ...results.map((r) => [
        String(r.size),
        r.mb.toFixed(1),
        ...METRICS.map((m) => fmt(r.medians[m])),
      ]),
    ];
    const first = results[0];
    const last = results.at(-1);
    if (first && last && last !== first) {
      rows.push([
        `${last.size / 1000}k/${first.size / 1000}k`,
        (last.mb / first.mb).toFixed(1),
        ...METRICS.map((m) => {
          const a = first.medians[m];
          const b = last.medians[m];
          return a && b !== null ? `${(b / a).toFixed(1)}x` : "-";
        }),
      ]);
    }
    log(
      `\nmedians of ${options.runs} run(s); Chromium ${browser.version()}, 1440x900; load times from ` +
        `navigation start; heap = used JS heap of the page plus its workers after a forced GC ` +
        `(CDP Runtime.getHeapUsage per target); longest task counts tasks of 50 ms or more (0: none); ` +
        `frame figures are requestAnimationFrame deltas; "-" = no figure (see the run lines)\n`,
    );
    log(table(rows));
  } finally {
    await browser.close();
    await server.close();
    await rm(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(`bench:app: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
