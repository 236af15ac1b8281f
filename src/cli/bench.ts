// `npm run bench`: speed and memory figures, printed, never asserted (a timed unit test would be
// flaky on a shared 2-core machine). Measures the gazetteer load and the extractor on the seed
// articles, repeated to get stable numbers, on one large synthetic article, and the whole
// command on a corpus (see below).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { DocumentRecord } from "../core/contract";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import { decodeArticle, formatOf } from "../core/article";
import { collectArticles } from "./articles";
import { loadGazetteer } from "./loadGazetteer";
import { benchQueue } from "./bench/queue";
import { runExtract } from "./runExtract";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const t0 = performance.now();
const gazetteer = await loadGazetteer();
const loadMs = performance.now() - t0;
console.log(
  `gazetteer: loaded in ${loadMs.toFixed(0)} ms; heap ${mb(process.memoryUsage().heapUsed)}`,
);

// The seed articles, found and decoded as the extractor does.
const files = await collectArticles(["seeds"], []);
const docs: DocumentRecord[] = [];
for (const file of files) {
  const decoded = decodeArticle(await readFile(file));
  const format = formatOf(file);
  if (!decoded.ok || !format) continue;
  const prepared = prepareDocument({ path: file, format, content: decoded.text });
  if (prepared.ok) docs.push(prepared.record);
}
const chars = docs.reduce((n, d) => n + d.text.length, 0);
const rounds = 20;
const t1 = performance.now();
let events = 0;
for (let r = 0; r < rounds; r++)
  for (const d of docs) events += analyzeDocument(d, { gazetteer }).events.length;
const perRound = (performance.now() - t1) / rounds;
console.log(
  `seeds: ${docs.length} document(s), ${(chars / 1024).toFixed(1)} kB: ${perRound.toFixed(1)} ms per pass ` +
    `(${(chars / 1024 / (perRound / 1000)).toFixed(0)} kB/s), ${events / rounds} events`,
);

// A long article: the seed text repeated with its numbers shifted so repeats do not fold away.
const base = docs[0]?.text ?? "";
const big = Array.from({ length: 100 }, (_, i) =>
  base.replace(/\d+/g, (d) => String(Number(d) + i)),
).join("\n\n");
const t2 = performance.now();
const bigResult = analyzeDocument(
  { id: "bench", text: big, published: "2022-03-23", genre: "news" },
  { gazetteer },
);
const bigMs = performance.now() - t2;
console.log(
  `large article: ${(big.length / 1024 / 1024).toFixed(2)} MB in ${bigMs.toFixed(0)} ms ` +
    `(${(big.length / 1024 / (bigMs / 1000)).toFixed(0)} kB/s), ${bigResult.events.length} events; ` +
    `heap ${mb(process.memoryUsage().heapUsed)}, rss ${mb(process.memoryUsage().rss)}`,
);

// Hostile shapes that once made a stage quadratic; each should stay well under a second.
const hostile: [string, string][] = [
  ["20k unclosed tags", "<a ".repeat(20_000)],
  ["20k <title> elements", "<title>x</title>".repeat(20_000)],
  ["20k-dot run", `Wait${".".repeat(20_000)} Then.`],
  ["10k capitalised words", "A ".repeat(10_000)],
  ["1 MB of spaces", `Rain in Oslo.${" ".repeat(1_000_000)}Snow.`],
];
for (const [name, text] of hostile) {
  const t = performance.now();
  const prepared = prepareDocument({
    path: "bench.html",
    format: name.includes("<") || name.includes("tag") ? "html" : "text",
    content: text,
  });
  if (prepared.ok) analyzeDocument({ ...prepared.record, published: "2022-03-23" }, { gazetteer });
  console.log(`hostile: ${name}: ${(performance.now() - t).toFixed(0)} ms`);
}

// Extraction at corpus scale: a ~20 MB corpus with 1 and 2 workers, then, through the real command
// in a child process (what a user waits for, start-up included), a rerun of a 10,000-article
// corpus after one article changed. The texts are the annotated news in ../shared/eval when it is
// there, else the seed articles; either way they are replicated (under other paths, so other
// document ids) to reach the size, and the output says so.
const PROJECT = fileURLToPath(new URL("../..", import.meta.url));
const TSX = join(PROJECT, "node_modules", ".bin", "tsx");
const EXTRACT = join(PROJECT, "src", "cli", "extract.ts");

interface Source {
  text: string;
  published: string | null;
}

async function corpusSources(): Promise<{ sources: Source[]; from: string }> {
  const evalDir = join(PROJECT, "..", "shared", "eval");
  const names = (await readdir(evalDir).catch(() => [])).filter((n) => n.endsWith(".jsonl"));
  const sources: Source[] = [];
  for (const name of names.sort()) {
    for (const line of (await readFile(join(evalDir, name), "utf8")).split("\n")) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { text?: unknown; published?: unknown };
      if (typeof row.text === "string" && row.text.trim())
        sources.push({
          text: row.text,
          published: typeof row.published === "string" ? row.published : null,
        });
    }
  }
  if (sources.length) return { sources, from: `${sources.length} texts of ../shared/eval` };
  return {
    sources: docs.map((d) => ({ text: d.text, published: d.published })),
    from: `${docs.length} seed article(s)`,
  };
}

/** Writes `count` articles (or up to `bytes` of text), cycling through the sources. */
async function writeCorpus(
  dir: string,
  sources: Source[],
  limit: { count?: number; bytes?: number; cut?: number },
): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  while ((limit.count ?? Infinity) > files && (limit.bytes ?? Infinity) > bytes) {
    const s = sources[files % sources.length]!;
    const text = limit.cut ? s.text.slice(0, limit.cut) : s.text;
    const sub = join(dir, `part${Math.floor(files / 1000)}`);
    if (files % 1000 === 0) await mkdir(sub, { recursive: true });
    await writeFile(join(sub, `a${files}.txt`), text);
    if (s.published)
      await writeFile(join(sub, `a${files}.meta.json`), JSON.stringify({ published: s.published }));
    files++;
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes };
}

async function timedExtract(args: string[], cwd: string): Promise<{ s: number; out: string }> {
  const t = performance.now();
  const { stdout } = await promisify(execFile)(TSX, [EXTRACT, ...args], {
    cwd,
    env: { ...process.env, INIT_CWD: cwd },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { s: (performance.now() - t) / 1000, out: stdout.trim() };
}

const work = await mkdtemp(join(tmpdir(), "dateline-bench-"));
try {
  const { sources, from } = await corpusSources();
  const big = await writeCorpus(join(work, "big"), sources, { bytes: 20e6 });
  console.log(
    `corpus: ${big.files} articles, ${(big.bytes / 1e6).toFixed(1)} MB: ${from}, replicated under other paths`,
  );
  // In this process, so that process.cpuUsage() counts the workers' threads too: on a shared
  // machine the wall-clock speed-up depends on what else runs, the CPU time much less.
  const rates: number[] = [];
  for (const workers of [1, 2]) {
    const cpu0 = process.cpuUsage();
    const t = performance.now();
    let summary = "";
    await runExtract(["--workers", String(workers), "--no-cache", "--out", "big.json", "big"], {
      baseDir: work,
      stderr: () => undefined,
      stdout: (line) => (summary = line),
      loadGazetteer,
    });
    const s = (performance.now() - t) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuS = (cpu.user + cpu.system) / 1e6;
    rates.push(big.bytes / 1e6 / s);
    console.log(
      `extract, ${workers} worker(s): ${s.toFixed(1)} s, ${(big.bytes / 1e6 / s).toFixed(2)} MB/s, ` +
        `${(big.files / s).toFixed(0)} articles/s; CPU ${cpuS.toFixed(1)} s ` +
        `(${(big.bytes / 1e6 / cpuS).toFixed(2)} MB per CPU-second) (${summary})`,
    );
  }
  console.log(`extract: 2 workers / 1 worker speed-up ${(rates[1]! / rates[0]!).toFixed(2)}x`);

  // Small articles (the first 1,000 characters of each text), cached, then one of them edited.
  const small = await writeCorpus(join(work, "small"), sources, { count: 10_000, cut: 1000 });
  const cache = ["--cache", join(work, "cache"), "--out", "small.json", "small"];
  const cold = await timedExtract(cache, work);
  console.log(
    `rerun corpus: ${small.files} articles, ${(small.bytes / 1e6).toFixed(1)} MB; first run ${cold.s.toFixed(1)} s`,
  );
  const edited = join(work, "small", "part5", "a5000.txt");
  await writeFile(edited, `${await readFile(edited, "utf8")}\nThe council met again on Friday.`);
  const reruns: number[] = [];
  for (let i = 0; i < 3; i++) {
    // A different edit each time, so that every rerun has exactly one article to extract.
    await writeFile(edited, `${await readFile(edited, "utf8")} Again ${i}.`);
    reruns.push((await timedExtract(cache, work)).s);
  }
  reruns.sort((a, b) => a - b);
  console.log(
    `rerun after changing 1 of ${small.files} articles: median ${reruns[1]!.toFixed(2)} s ` +
      `(runs ${reruns.map((s) => s.toFixed(2)).join(", ")} s)`,
  );

  // Through the job queue (BullMQ on a redis-server of its own), beside the local pool.
  const queued = await writeCorpus(join(work, "queue"), sources, { count: 2000, cut: 3000 });
  console.log(
    `queue corpus: ${queued.files} articles, ${(queued.bytes / 1e6).toFixed(1)} MB (the first 3,000 characters of each text)`,
  );
  await benchQueue(work, "queue", queued.files);
} finally {
  await rm(work, { recursive: true, force: true });
}
