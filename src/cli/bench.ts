// `npm run bench`: speed and memory figures, printed, never asserted (a timed unit test would be
// flaky on a shared 2-core machine). Measures the gazetteer load and the extractor on the seed
// articles, repeated to get stable numbers, and on one large synthetic article.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import { collectArticles, decodeArticle, formatOf } from "./articles";
import { loadGazetteer } from "./loadGazetteer";

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const t0 = performance.now();
const gazetteer = await loadGazetteer();
const loadMs = performance.now() - t0;
console.log(
  `gazetteer: loaded in ${loadMs.toFixed(0)} ms; heap ${mb(process.memoryUsage().heapUsed)}`,
);

// The seed articles, found and decoded as the extractor does.
const files = await collectArticles(["seeds"], []);
const docs = [];
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
