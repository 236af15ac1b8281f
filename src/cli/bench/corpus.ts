// The benchmark's datasets: real extractor output, grown to a size by replication. The base is
// the extractor run on real news text (the evaluation corpora in ../shared/eval, read at run time
// and never stored in the project) or, without them, on generated articles. A size beyond the
// base takes whole copies of it, each copy's documents, events and dates shifted by a whole
// number of weeks under fresh ids, as if the same coverage had run again later; weeks keep every
// weekday and ISO-week range a range of the same kind.
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Dataset, DatelineEvent, DocumentRecord, Place } from "../../core/contract";
import { byDateMention, byEvent, byMention, byPath } from "../../core/dataset";
import { runExtract } from "../runExtract";
import { loadGazetteer } from "../loadGazetteer";
import { generateArticles, writeArticles } from "./newsArticles";

export interface BaseCorpus {
  dataset: Dataset;
  /** Where the text came from, for the report. */
  source: string;
}

/** Extracts the base dataset into `workDir` from the eval corpora when `evalDir` holds any,
 * else from `fallbackArticles` generated articles. */
export async function extractBase(
  workDir: string,
  evalDir: string,
  fallbackArticles: number,
  log: (line: string) => void,
): Promise<BaseCorpus> {
  const articlesDir = join(workDir, "articles");
  const jsonl = await readdir(evalDir).then(
    (names) => names.filter((n) => n.endsWith(".jsonl")).sort(),
    () => [] as string[],
  );
  let source: string;
  if (jsonl.length > 0) {
    const files: { name: string; content: string }[] = [];
    for (const name of jsonl) {
      const lines = (await readFile(join(evalDir, name), "utf8")).split("\n").filter(Boolean);
      lines.forEach((line, i) => {
        const doc = JSON.parse(line) as { text: string; published?: string | null };
        // Only the publication date goes in: the extractor finds the rest as it would in the wild.
        const front = doc.published ? `---\npublished: ${doc.published}\n---\n\n` : "";
        files.push({ name: `${name.replace(/\.jsonl$/, "")}-${i}.txt`, content: front + doc.text });
      });
    }
    await writeArticles(articlesDir, files);
    source = `${files.length} real news texts from ${jsonl.join(", ")}`;
  } else {
    await writeArticles(articlesDir, generateArticles(fallbackArticles, 1));
    source = `${fallbackArticles} generated articles (no ${evalDir})`;
  }
  const out = join(workDir, "base.json");
  const errors: string[] = [];
  const code = await runExtract(["--out", out, articlesDir], {
    baseDir: workDir,
    stderr: (l) => errors.push(l),
    stdout: log,
    loadGazetteer,
  });
  if (code !== 0) throw new Error(`extract failed: ${errors.slice(-3).join(" / ")}`);
  return { dataset: JSON.parse(await readFile(out, "utf8")) as Dataset, source };
}

const DAY_MS = 86_400_000;

function shiftDay(iso: string, weeks: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + weeks * 7 * DAY_MS).toISOString().slice(0, 10);
}

/** A date or datetime moved by whole weeks; the time of day, if any, is kept. */
function shiftStamp(stamp: string, weeks: number): string {
  return /^\d{4}-\d{2}-\d{2}/.test(stamp)
    ? shiftDay(stamp.slice(0, 10), weeks) + stamp.slice(10)
    : stamp;
}

/** Exactly `size` events: the base's events, then copies shifted by 1, 2, ... weeks, taken
 * article by article, with the documents, places and date mentions they need. Sorted as
 * CONTRACT.md sorts the extractor's output. */
export function scaleDataset(base: Dataset, size: number): Dataset {
  if (base.events.length === 0) throw new Error("the base dataset has no events to replicate");
  const eventsByDoc = new Map<string, DatelineEvent[]>();
  for (const e of base.events) {
    const list = eventsByDoc.get(e.doc);
    if (list) list.push(e);
    else eventsByDoc.set(e.doc, [e]);
  }
  const docs = base.documents.filter((d) => eventsByDoc.has(d.id));
  const copyId = (id: string, k: number) => (k === 0 ? id : `${id}~w${k}`);

  const documents: DocumentRecord[] = [];
  const events: DatelineEvent[] = [];
  // doc id in the result -> [base doc id, copy number]
  const origin = new Map<string, [string, number]>();
  for (let k = 0; events.length < size; k++) {
    for (const doc of docs) {
      if (events.length >= size) break;
      const id = copyId(doc.id, k);
      origin.set(id, [doc.id, k]);
      documents.push({
        ...doc,
        id,
        path: k === 0 ? doc.path : `copy-${k}/${doc.path}`,
        published: doc.published && shiftStamp(doc.published, k),
      });
      for (const e of eventsByDoc.get(doc.id)!) {
        if (events.length >= size) break;
        const span = { ...e.date.span, doc: id };
        events.push({
          ...e,
          id: copyId(e.id, k),
          doc: id,
          date: {
            ...e.date,
            start: shiftDay(e.date.start, k),
            end: shiftDay(e.date.end, k),
            span,
          },
          ...(e.occurrences && { occurrences: e.occurrences.map((o) => ({ ...o, doc: id })) }),
          // Each copy is another week's happening: its reports share a story with each other,
          // not with every other week's (the timeline would fold all the weeks into one card).
          ...(e.story !== undefined && { story: copyId(e.story, k) }),
        });
      }
    }
  }

  const baseDocCopies = new Map<string, number[]>();
  for (const [, [baseId, k]] of origin) {
    const list = baseDocCopies.get(baseId);
    if (list) list.push(k);
    else baseDocCopies.set(baseId, [k]);
  }
  const places: Place[] = [];
  for (const place of base.places) {
    const mentions = place.mentions.flatMap((m) =>
      (baseDocCopies.get(m.doc) ?? []).map((k) => ({ ...m, doc: copyId(m.doc, k) })),
    );
    if (mentions.length > 0) places.push({ ...place, mentions });
  }
  const dates = base.dates.flatMap((d) =>
    (baseDocCopies.get(d.span.doc) ?? []).map((k) => {
      const copy = { ...d, span: { ...d.span, doc: copyId(d.span.doc, k) } };
      // A day's TIMEX3 value moves with it; week, month and year values are left as the text
      // wrote them (a shifted month is no longer a calendar month).
      if (/^\d{4}-\d{2}-\d{2}$/.test(d.value)) copy.value = shiftDay(d.value, k);
      if (d.start) copy.start = shiftDay(d.start, k);
      if (d.end) copy.end = shiftDay(d.end, k);
      return copy;
    }),
  );

  documents.sort(byPath);
  for (const p of places) p.mentions.sort(byMention);
  events.sort(byEvent);
  dates.sort(byDateMention);
  return { schemaVersion: 1, documents, places, events, dates };
}

/** Writes a dataset as the extractor does (one line of JSON). */
export async function writeDataset(path: string, dataset: Dataset): Promise<number> {
  const body = `${JSON.stringify(dataset)}\n`;
  await writeFile(path, body);
  return Buffer.byteLength(body);
}
