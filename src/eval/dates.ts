// npm run eval -- dates FILE.jsonl [more.jsonl] [--half A|B] [--errors N] [--file-errors PATH]
// Runs the date stages (tagTimexes, genre from inferGenre, the document's `published` as reference)
// and plain chrono-node on each corpus in ../shared/eval/, and prints TempEval-3 figures side by
// side: strict and relaxed span P/R/F1, value accuracy and value F1, for all types and for
// DATE+TIME alone, per file. `--errors N` lists up to N misses, false positives and wrong values
// per file, to study on half A.
import * as chrono from "chrono-node";
import { inferGenre, tagTimexes } from "../core/dates";
import { readJsonl } from "./jsonl";
import { inHalf, parseHalf, type Half } from "./split";
import {
  addCounts,
  emptyCounts,
  figures,
  scoreDocument,
  type Counts,
  type DocScore,
  type ScoredTimex,
} from "./datesScore";

interface GoldDoc {
  id: string;
  published: string | null;
  text: string;
  timexes: {
    start: number;
    end: number;
    type: string;
    value: string | null;
    mod?: string;
    text: string;
  }[];
}

interface Args {
  files: string[];
  half: Half | null;
  errors: number;
}

function parseArgs(args: string[]): Args {
  const out: Args = { files: [], half: null, errors: 0 };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--half") out.half = parseHalf(args[++i]);
    else if (a === "--errors") out.errors = Number(args[++i] ?? "20");
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else out.files.push(a);
  }
  if (out.files.length === 0)
    throw new Error(
      "usage: npm run eval -- dates FILE.jsonl [more.jsonl] [--half A|B] [--errors N]",
    );
  return out;
}

const pad2 = (n: number) => String(n).padStart(2, "0");

/** chrono-node as a baseline: each result is a DATE whose value has the components chrono knows. */
function chronoTimexes(text: string, published: string | null): ScoredTimex[] {
  const instant = published
    ? new Date(`${published.slice(0, 10)}T12:00:00Z`)
    : new Date(Date.UTC(2000, 0, 1, 12));
  return chrono.parse(text, { instant, timezone: 0 }).map((r) => {
    const c = r.start;
    const y = c.get("year");
    const m = c.get("month");
    const d = c.get("day");
    let value: string;
    if (
      c.isCertain("day") ||
      c.isCertain("weekday") ||
      (!c.isCertain("month") && !c.isCertain("year"))
    )
      value = `${y}-${pad2(m ?? 1)}-${pad2(d ?? 1)}`;
    else if (c.isCertain("month")) value = `${y}-${pad2(m ?? 1)}`;
    else value = String(y);
    return { start: r.index, end: r.index + r.text.length, type: "DATE", value, text: r.text };
  });
}

const DATE_TIME = (t: ScoredTimex) => t.type === "DATE" || t.type === "TIME";

interface SystemRun {
  all: Counts;
  dateTime: Counts;
  docs: { id: string; all: DocScore }[];
}

function run(docs: GoldDoc[], tag: (d: GoldDoc) => ScoredTimex[]): SystemRun {
  const out: SystemRun = { all: emptyCounts(), dateTime: emptyCounts(), docs: [] };
  for (const doc of docs) {
    const gold: ScoredTimex[] = doc.timexes.map((t) => ({
      start: t.start,
      end: t.end,
      type: t.type,
      value: t.value ?? null,
      text: t.text,
    }));
    const sys = tag(doc);
    const all = scoreDocument(gold, sys);
    out.all = addCounts(out.all, all.counts);
    out.dateTime = addCounts(
      out.dateTime,
      scoreDocument(gold.filter(DATE_TIME), sys.filter(DATE_TIME)).counts,
    );
    out.docs.push({ id: doc.id, all });
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function row(label: string, c: Counts): string {
  const f = figures(c);
  return [
    label.padEnd(22),
    `${pct(f.strictP)} ${pct(f.strictR)} ${pct(f.strictF)}`,
    `${pct(f.relaxedP)} ${pct(f.relaxedR)} ${pct(f.relaxedF)}`,
    `${pct(f.valueAcc)} ${pct(f.valueF)}`,
    `${String(c.gold).padStart(5)} ${String(c.sys).padStart(5)}`,
  ].join(" | ");
}

function printErrors(docs: GoldDoc[], runRes: SystemRun, n: number): void {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const show = (t: ScoredTimex) => `"${t.text ?? ""}" ${t.type} ${t.value}`;
  const ctx = (d: GoldDoc, t: ScoredTimex) =>
    d.text.slice(Math.max(0, t.start - 40), t.end + 30).replace(/\s+/g, " ");
  const missed: string[] = [];
  const spurious: string[] = [];
  const wrong: string[] = [];
  for (const { id, all } of runRes.docs) {
    const d = byId.get(id)!;
    for (const t of all.missed) missed.push(`  ${id} MISS ${show(t)}  « ${ctx(d, t)} »`);
    for (const t of all.spurious) spurious.push(`  ${id} FP ${show(t)}  « ${ctx(d, t)} »`);
    for (const p of all.pairs) {
      if (p.gold.value !== p.sys.value)
        wrong.push(
          `  ${id} VALUE gold ${show(p.gold)} / sys ${show(p.sys)} [${d.published}]  « ${ctx(d, p.gold)} »`,
        );
    }
  }
  console.log(`\n misses (${missed.length}):\n${missed.slice(0, n).join("\n")}`);
  console.log(`\n false positives (${spurious.length}):\n${spurious.slice(0, n).join("\n")}`);
  console.log(`\n wrong values (${wrong.length}):\n${wrong.slice(0, n).join("\n")}`);
}

export async function runDatesEval(args: string[]): Promise<void> {
  const opts = parseArgs(args);
  console.log(
    `TempEval-3 timex scores${opts.half ? ` on half ${opts.half}` : ""}: strict P R F1 | relaxed P R F1 | value acc, value F1 | gold sys`,
  );
  for (const file of opts.files) {
    const all = await readJsonl<GoldDoc>(file);
    const docs = opts.half ? all.filter((d) => inHalf(d.id, opts.half!)) : all;
    const t0 = performance.now();
    const genres = { news: 0, narrative: 0 };
    const ours = run(docs, (d) => {
      const g = inferGenre(d.text).genre;
      genres[g]++;
      return tagTimexes(d.text, { published: d.published, genre: g }).map((t) => ({
        ...t,
        value: t.value,
      }));
    });
    const ms = performance.now() - t0;
    const base = run(docs, (d) => chronoTimexes(d.text, d.published));
    console.log(
      `\n${file} — ${docs.length} documents (genre: ${genres.news} news, ${genres.narrative} narrative), tagged in ${(ms / 1000).toFixed(2)} s`,
    );
    console.log(
      `${"".padEnd(22)} | ${"strict P     R    F1".padEnd(17)} | ${"relaxed P    R    F1".padEnd(17)} | val acc  valF1 |  gold   sys`,
    );
    console.log(row("dateline  all types", ours.all));
    console.log(row("chrono    all types", base.all));
    console.log(row("dateline  DATE+TIME", ours.dateTime));
    console.log(row("chrono    DATE+TIME", base.dateTime));
    const lead = (figures(ours.all).valueF - figures(base.all).valueF) * 100;
    console.log(
      `value F1, all types: ${(figures(ours.all).valueF * 100).toFixed(1)}, ${lead >= 0 ? "+" : ""}${lead.toFixed(1)} points over chrono`,
    );
    if (opts.errors > 0) printErrors(docs, ours, opts.errors);
  }
}
