// npm run eval -- stories [DIR] [GOLD.json]
// Scores the cross-article grouping (src/core/stories) pairwise: every two events that share a
// story is a predicted pair, every two events of one gold story a gold pair; precision and recall
// over those pairs, as clustering is usually scored when the number of groups is not fixed.
// Default: the test articles in src/core/stories/fixtures and their gold.json. A gold file lists
// stories as [path, phrase] pairs: the event of that article whose passage holds the phrase.
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { collectArticles, readSidecar } from "../cli/articles";
import { decodeArticle, formatOf } from "../core/article";
import { loadGazetteer } from "../cli/loadGazetteer";
import type { Dataset, DatelineEvent } from "../core/contract";
import { buildDataset } from "../core/dataset";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import { withStories } from "../core/stories";

export const FIXTURES = fileURLToPath(new URL("../core/stories/fixtures", import.meta.url));

/** Runs the real extractor on every article under `dir`; paths in the dataset are relative to it. */
export async function extractFolder(dir: string): Promise<Dataset> {
  const gazetteer = await loadGazetteer();
  const files = await collectArticles([dir], []);
  const items = [];
  for (const file of files) {
    const decoded = decodeArticle(await readFile(file));
    const format = formatOf(file);
    if (!decoded.ok || !format) continue;
    const prepared = prepareDocument({
      path: relative(dir, file).split("\\").join("/"),
      format,
      content: decoded.text,
      sidecar: (await readSidecar(file)).meta,
    });
    if (!prepared.ok) continue;
    items.push({
      record: prepared.record,
      analysis: analyzeDocument(prepared.record, { gazetteer }),
    });
  }
  return buildDataset(items);
}

export type GoldStories = [path: string, phrase: string][][];

/** Gold stories as event ids; a phrase that finds no event (or several) is an error, not a miss. */
export function resolveGold(dataset: Dataset, gold: GoldStories): string[][] {
  const pathOf = new Map(dataset.documents.map((d) => [d.id, d.path]));
  return gold.map((story) =>
    story.map(([path, phrase]) => {
      const found = dataset.events.filter(
        (e: DatelineEvent) => pathOf.get(e.doc) === path && e.text.includes(phrase),
      );
      if (found.length !== 1)
        throw new Error(`gold: ${found.length} events in ${path} hold "${phrase}"`);
      return found[0]!.id;
    }),
  );
}

function pairs(groups: string[][]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) {
    const ids = [...g].sort();
    for (let i = 0; i < ids.length; i++)
      for (let j = i + 1; j < ids.length; j++) out.add(`${ids[i]} ${ids[j]}`);
  }
  return out;
}

export interface PairwiseScore {
  predicted: number;
  gold: number;
  correct: number;
  precision: number;
  recall: number;
}

export function pairwiseScore(predicted: string[][], gold: string[][]): PairwiseScore {
  const p = pairs(predicted);
  const g = pairs(gold);
  const correct = [...p].filter((x) => g.has(x)).length;
  // With nothing predicted (or nothing to find) there is no error of that kind to count.
  return {
    predicted: p.size,
    gold: g.size,
    correct,
    precision: p.size === 0 ? 1 : correct / p.size,
    recall: g.size === 0 ? 1 : correct / g.size,
  };
}

export function predictedStories(dataset: Dataset): string[][] {
  const byStory = new Map<string, string[]>();
  for (const e of dataset.events) {
    if (!e.story) continue;
    byStory.set(e.story, [...(byStory.get(e.story) ?? []), e.id]);
  }
  return [...byStory.values()];
}

export async function runStoriesEval(args: string[]): Promise<void> {
  const dir = args[0] ?? FIXTURES;
  const goldPath = args[1] ?? join(dir, "gold.json");
  const gold = (JSON.parse(await readFile(goldPath, "utf8")) as { stories: GoldStories }).stories;
  const dataset = withStories(await extractFolder(dir));
  const s = pairwiseScore(predictedStories(dataset), resolveGold(dataset, gold));
  const pathOf = new Map(dataset.documents.map((d) => [d.id, d.path]));
  for (const story of predictedStories(dataset)) {
    console.log(`story (${story.length} events):`);
    for (const id of story) {
      const e = dataset.events.find((x) => x.id === id);
      if (e) console.log(`  ${pathOf.get(e.doc)}  ${e.date.start}  ${e.text.slice(0, 90)}`);
    }
  }
  console.log(
    `${dataset.documents.length} articles, ${dataset.events.length} events; pairs predicted ` +
      `${s.predicted}, gold ${s.gold}, correct ${s.correct}; ` +
      `precision ${s.precision.toFixed(3)}, recall ${s.recall.toFixed(3)}`,
  );
}
