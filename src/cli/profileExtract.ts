// `npx tsx src/cli/profileExtract.ts [--rounds N] [INPUT ...]` (default: seeds/): the extractor's
// speed on one core, in MB of article text per second, printed and never asserted (a timed test
// would be flaky on a shared machine). Articles are read as `npm run extract` reads them (front
// matter and sidecars included) before the clock starts, and the gazetteer load is left out, so
// the figure is the extractor's own: prepareDocument plus every stage of analyzeDocument, each
// stage timed apart to show where the time goes. The first pass runs cold (JIT, gazetteer memos)
// and is shown apart from the median of the others. CPU time is shown beside wall time because
// it moves less when other processes share the machine.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import { resolve } from "node:path";
import type { Analysis } from "../core/context";
import { type RawArticle, prepareDocument } from "../core/document";
import { STAGES } from "../core/pipeline";
import { decodeArticle, formatOf } from "../core/article";
import { collectArticles, readSidecar } from "./articles";
import { loadGazetteer } from "./loadGazetteer";

const args = process.argv.slice(2);
let rounds = 5;
const inputs: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (a === "--rounds") rounds = Math.max(1, Number(args[++i]) || 1);
  else inputs.push(resolve(a));
}
if (inputs.length === 0) inputs.push(resolve("seeds"));

const raws: RawArticle[] = [];
for (const file of await collectArticles(inputs, [])) {
  const format = formatOf(file);
  const decoded = format ? decodeArticle(await readFile(file)) : null;
  if (!format || !decoded?.ok) continue;
  const sidecar = await readSidecar(file);
  raws.push({ path: file, format, content: decoded.text, sidecar: sidecar.meta });
}
const megabytes = raws.reduce((n, r) => n + Buffer.byteLength(r.content), 0) / 1e6;
const gazetteer = await loadGazetteer();

// A stage's name without its "Stage" suffix: "placesStage" → "places".
const stageNames = STAGES.map((s) => s.name.replace(/Stage$/, "") || "stage");
const parts = ["prepare", ...stageNames];

interface Pass {
  wall: number;
  cpu: number;
  /** Seconds per part, in the order of `parts`. */
  split: number[];
  events: number;
}

function pass(): Pass {
  const split = parts.map(() => 0);
  let events = 0;
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  for (const raw of raws) {
    let t = performance.now();
    const prepared = prepareDocument(raw);
    split[0]! += performance.now() - t;
    if (!prepared.ok) continue;
    const ctx = { doc: prepared.record, options: { gazetteer } };
    let analysis: Analysis = { passages: [], timexes: [], placeMatches: [], events: [] };
    STAGES.forEach((stage, k) => {
      t = performance.now();
      analysis = stage(ctx, analysis);
      split[k + 1]! += performance.now() - t;
    });
    events += analysis.events.length;
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: (performance.now() - wall0) / 1000,
    cpu: (cpu.user + cpu.system) / 1e6,
    split: split.map((ms) => ms / 1000),
    events,
  };
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
};
const rate = (seconds: number) => `${(megabytes / seconds).toFixed(2)} MB/s`;

console.log(`${raws.length} article(s), ${megabytes.toFixed(2)} MB of text; ${rounds} pass(es)`);
const passes = Array.from({ length: rounds }, pass);
const [cold, ...warm] = passes;
if (cold) {
  console.log(`cold pass: wall ${rate(cold.wall)}, CPU ${rate(cold.cpu)}; ${cold.events} events`);
}
if (warm.length > 0) {
  const wall = median(warm.map((p) => p.wall));
  console.log(
    `warm passes (median of ${warm.length}): wall ${rate(wall)} (best ${rate(Math.min(...warm.map((p) => p.wall)))}), ` +
      `CPU ${rate(median(warm.map((p) => p.cpu)))}`,
  );
  const total = parts.reduce((n, _, k) => n + median(warm.map((p) => p.split[k]!)), 0);
  const shares = parts.map((name, k) => {
    const s = median(warm.map((p) => p.split[k]!));
    return `${name} ${((100 * s) / total).toFixed(0)}%`;
  });
  console.log(`time by part: ${shares.join(", ")}`);
}
