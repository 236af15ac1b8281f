// npx tsx src/cli/benchStories.ts [EVENTS] [CORPUS.jsonl]
// Times the cross-article story grouping (src/core/stories) at corpus scale. The events are real
// extractor output: the LGL local-news texts of ../shared/eval (read at run time, never copied
// into the project) go through prepareDocument + analyzeDocument + buildDataset, and that
// dataset is then REPLICATED, with fresh document and event ids and dates shifted by whole weeks
// per copy, until it holds EVENTS events (default 100,000). Prints the median of 3 runs.
import { performance } from "node:perf_hooks";
import type { Dataset } from "../core/contract";
import { buildDataset } from "../core/dataset";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import { storiesOf } from "../core/stories";
import { readJsonl } from "../eval/jsonl";
import { loadGazetteer } from "./loadGazetteer";

interface CorpusDoc {
  id: string;
  title?: string;
  published?: string | null;
  url?: string | null;
  text: string;
}

const DAY_MS = 86_400_000;
const shiftDay = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

function replicate(base: Dataset, target: number): Dataset {
  const copies = Math.max(1, Math.ceil(target / Math.max(1, base.events.length)));
  const out: Dataset = { ...base, documents: [], events: [], places: [] };
  const mentions = new Map(
    base.places.map((p) => [p.id, [] as Dataset["places"][number]["mentions"]]),
  );
  for (let c = 0; c < copies; c++) {
    // Whole weeks, so that weekday-bound wording stays true, and spread over a year.
    const shift = (c * 7) % 364;
    const id = (doc: string) => `${doc}c${c}`;
    for (const d of base.documents) out.documents.push({ ...d, id: id(d.id) });
    for (const e of base.events) {
      out.events.push({
        ...e,
        id: `${e.id}c${c}`,
        doc: id(e.doc),
        date: { ...e.date, start: shiftDay(e.date.start, shift), end: shiftDay(e.date.end, shift) },
      });
    }
    for (const p of base.places)
      for (const m of p.mentions) mentions.get(p.id)?.push({ ...m, doc: id(m.doc) });
  }
  out.places = base.places.map((p) => ({ ...p, mentions: mentions.get(p.id) ?? [] }));
  out.events = out.events.slice(0, target);
  return out;
}

async function main(): Promise<void> {
  const target = Number(process.argv[2] ?? 100_000);
  const corpus = process.argv[3] ?? "../shared/eval/places-lgl.jsonl";
  const gazetteer = await loadGazetteer();
  const docs = await readJsonl<CorpusDoc>(corpus);
  const items = [];
  for (const [k, d] of docs.entries()) {
    const front = [
      "---",
      d.published ? `published: ${d.published}` : "",
      d.title ? `title: ${JSON.stringify(d.title)}` : "",
      "---",
    ].filter((l) => l);
    const prepared = prepareDocument({
      path: `bench/${k}.txt`,
      format: "text",
      content: `${front.join("\n")}\n${d.text}`,
    });
    if (prepared.ok) {
      items.push({
        record: prepared.record,
        analysis: analyzeDocument(prepared.record, { gazetteer }),
      });
    }
  }
  const base = buildDataset(items);
  const dataset = replicate(base, target);
  const times: number[] = [];
  let grouped = 0;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    grouped = storiesOf(dataset).size;
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  console.log(
    `stories: ${dataset.events.length} events (${base.events.length} from ${items.length} ` +
      `articles, replicated with shifted dates and fresh ids), ${dataset.documents.length} ` +
      `documents: storiesOf median ${times[1]!.toFixed(0)} ms ` +
      `(runs ${times.map((t) => t.toFixed(0)).join(", ")}); ${grouped} events in stories`,
  );
}

main().catch((err: unknown) => {
  console.error(`bench: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
