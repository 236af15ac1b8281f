// A corpus rather than one article: the worker pool, the cache and the streamed output must all
// give the very bytes that one in-process pass through buildDataset gives.
import { execFile, spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildDataset } from "../core/dataset";
import { prepareDocument } from "../core/document";
import { analyzeDocument } from "../core/pipeline";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";

// Articles written for these tests: generic reports about real towns, with invented events.
const TOWNS = ["Bergen", "Lyon", "Porto", "Kiel", "Graz", "Turku", "Aarhus", "Gdansk"];
function article(i: number, town = TOWNS[i % TOWNS.length]!): string {
  const other = TOWNS[(i + 3) % TOWNS.length]!;
  return [
    "---",
    `title: Council report ${i}`,
    `published: 2021-0${1 + (i % 9)}-1${i % 10}`,
    "---",
    `Crews in ${town} repaired the harbour bridge on Monday, officials said.`,
    `On ${1 + i} March 2021 the council in ${other} met to discuss the budget.`,
    `Last week ${town} and ${other} signed a ferry agreement.`,
    "",
  ].join("\n");
}

let dir: string;
let lines: { err: string[]; out: string[]; status: string[] };

async function run(args: string[]): Promise<number> {
  lines = { err: [], out: [], status: [] };
  return runExtract(args, {
    baseDir: dir,
    stderr: (l) => lines.err.push(l),
    stdout: (l) => lines.out.push(l),
    status: (t) => lines.status.push(t),
    loadGazetteer,
  });
}

const bytes = (name: string) => readFile(join(dir, name));

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-corpus-"));
  await mkdir(join(dir, "in", "sub"), { recursive: true });
  for (let i = 0; i < 8; i++) {
    await writeFile(join(dir, "in", i % 2 ? "sub" : "", `report-${i}.md`), article(i));
  }
  // A file beside a folder whose name it starts with: documents must come out in path order.
  await writeFile(
    join(dir, "in", "sub-notes.txt"),
    "Published: 4 May 2021\n\nRain in Kiel on Monday.",
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("extracting a corpus", () => {
  it("writes the same bytes with 1 and 2 workers, and as JSON.stringify of buildDataset", async () => {
    expect(await run(["--no-cache", "--workers", "1", "--out", "one.json", "in"])).toBe(0);
    expect(await run(["--no-cache", "--workers", "2", "--out", "two.json", "in"])).toBe(0);
    const one = await bytes("one.json");
    expect(one.equals(await bytes("two.json"))).toBe(true);

    const gazetteer = await loadGazetteer();
    const paths = [
      ...[0, 2, 4, 6].map((i) => `in/report-${i}.md`),
      "in/sub-notes.txt",
      ...[1, 3, 5, 7].map((i) => `in/sub/report-${i}.md`),
    ];
    const items = [];
    for (const path of paths) {
      const content = await readFile(join(dir, path), "utf8");
      const format = path.endsWith(".md") ? "markdown" : "text";
      // Only a folder inside the named one ("in/sub") names an outlet.
      const outletFromFolder = path.startsWith("in/sub/");
      const prepared = prepareDocument({ path, format, content, outletFromFolder });
      if (!prepared.ok) throw new Error(prepared.reason);
      items.push({
        record: prepared.record,
        analysis: analyzeDocument(prepared.record, { gazetteer }),
      });
    }
    const expected = `${JSON.stringify(buildDataset(items))}\n`;
    expect(one.toString("utf8")).toBe(expected);
    expect(JSON.parse(expected).events.length).toBeGreaterThan(8);
  });

  it("reuses cached articles, re-extracts what changed, and shrugs off a corrupt entry", async () => {
    expect(await run(["--cache", "c", "--out", "a.json", "in"])).toBe(0);
    expect(lines.out.at(-1)).not.toMatch(/from the cache/);
    expect(await run(["--cache", "c", "--out", "b.json", "in"])).toBe(0);
    expect(lines.out.at(-1)).toMatch(/; 9 from the cache$/);
    expect((await bytes("a.json")).equals(await bytes("b.json"))).toBe(true);

    // One article and one sidecar change: only those two are extracted again.
    await writeFile(join(dir, "in", "report-2.md"), article(2, "Malmo"));
    await writeFile(
      join(dir, "in", "report-4.meta.json"),
      JSON.stringify({ url: "https://example.org/4" }),
    );
    expect(await run(["--cache", "c", "--out", "c.json", "in"])).toBe(0);
    expect(lines.out.at(-1)).toMatch(/; 7 from the cache$/);
    expect(await run(["--no-cache", "--out", "fresh.json", "in"])).toBe(0);
    const changed = await bytes("c.json");
    expect(changed.equals(await bytes("fresh.json"))).toBe(true);
    const docs = JSON.parse(changed.toString("utf8")).documents as { path: string; url: string }[];
    expect(docs.find((d) => d.path === "in/report-4.md")!.url).toBe("https://example.org/4");
    expect(changed.toString("utf8")).toContain("Malmo");

    // Every entry corrupted in a different way: each is extracted again, none is fatal.
    const entries = (await readdir(join(dir, "c"), { recursive: true }))
      .filter((f) => f.endsWith(".json"))
      .map((f) => join(dir, "c", f));
    expect(entries.length).toBeGreaterThanOrEqual(9);
    const garbage = ["", "{", "null", '{"key":"x"}', "[1,2]", '{"key":1,"outcome":{}}'];
    for (const [i, f] of entries.entries()) await writeFile(f, garbage[i % garbage.length]!);
    expect(await run(["--cache", "c", "--out", "d.json", "in"])).toBe(0);
    expect(lines.out.at(-1)).not.toMatch(/from the cache/);
    expect((await bytes("d.json")).equals(changed)).toBe(true);
  });

  it("keeps its cache in the project's .cache/extract, and none with --no-cache", async () => {
    expect(await run(["--no-cache", "--out", "a.json", "in"])).toBe(0);
    expect(await readdir(dir)).not.toContain(".cache");
    expect(await run(["--out", "a.json", "in"])).toBe(0);
    expect((await readdir(join(dir, ".cache", "extract"))).length).toBeGreaterThan(0);
  });

  it("redraws progress only through the status line and clears it at the end", async () => {
    expect(await run(["--workers", "1", "--out", "a.json", "in"])).toBe(0);
    expect(lines.status.length).toBeGreaterThan(0);
    expect(lines.status[0]).toMatch(
      /^extract: \d+\/9 articles \(\d+ cached\), [\d.]+ articles\/s, [\d.]+ MB\/s, .+ left$/,
    );
    expect(lines.status.at(-1)).toBe("");
  });

  it("drops the entries of other extractor versions, and nothing else", async () => {
    expect(await run(["--cache", "c", "--out", "a.json", "in"])).toBe(0);
    const [current] = (await readdir(join(dir, "c"))).filter((n) => n !== "CACHEDIR.TAG");
    await mkdir(join(dir, "c", "0123abc", "01"), { recursive: true });
    await writeFile(join(dir, "c", "0123abc", "01", "old.json"), "{}");
    await mkdir(join(dir, "c", "notes"));
    expect(await run(["--cache", "c", "--out", "a.json", "in"])).toBe(0);
    expect((await readdir(join(dir, "c"))).sort()).toEqual(
      ["CACHEDIR.TAG", current, "notes"].sort(),
    );
  });

  it("goes on without a cache it cannot write, saying so once", async () => {
    await writeFile(join(dir, "blocker"), "a file where the cache folder should be");
    expect(await run(["--cache", "blocker/c", "--out", "a.json", "in"])).toBe(0);
    expect(lines.err.filter((l) => l.includes("cache"))).toEqual([
      "extract: cannot write the cache in " +
        join(dir, "blocker", "c") +
        " (ENOTDIR); going on without it",
    ]);
    expect(JSON.parse((await bytes("a.json")).toString("utf8")).documents).toHaveLength(9);
  });

  it("fails in one line, keeping the old output, when the gazetteer cannot be loaded", async () => {
    await writeFile(join(dir, "a.json"), "previous");
    const err: string[] = [];
    const code = await runExtract(["--workers", "1", "--no-cache", "--out", "a.json", "in"], {
      baseDir: dir,
      stderr: (l) => err.push(l),
      stdout: () => undefined,
      loadGazetteer: () => Promise.reject(new Error("index unreadable")),
    });
    expect(code).toBe(1);
    expect(err.at(-1)).toBe("extract: could not load the gazetteer: index unreadable");
    expect((await bytes("a.json")).toString("utf8")).toBe("previous");
    expect(await readdir(dir)).toEqual(
      expect.not.arrayContaining([expect.stringMatching(/\.tmp$/)]),
    );
  });

  it("removes its half-written output when interrupted, keeping the old one", async () => {
    // Long enough to be caught mid-run: about 2 MB of one invented sentence.
    const sentence = "Crews in Bergen cleared the harbour on Monday, officials said. ";
    await writeFile(
      join(dir, "in", "long.txt"),
      `Published: 3 May 2021\n${sentence.repeat(30_000)}`,
    );
    await writeFile(join(dir, "out.json"), "previous");
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    const cli = join(process.cwd(), "src", "cli", "extract.ts");
    const child = spawn(tsx, [cli, "--no-cache", "--out", "out.json", "in"], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir },
      stdio: "ignore",
    });
    const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
    // Waits for the temp file, then interrupts; bounded so that a run that never writes fails.
    let seen = false;
    for (let i = 0; i < 600 && !seen; i++) {
      seen = (await readdir(dir)).some((f) => f.endsWith(".tmp"));
      if (!seen) await new Promise((r) => setTimeout(r, 50));
    }
    expect(seen).toBe(true);
    child.kill("SIGINT");
    expect(await exited).not.toBe(0);
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect((await bytes("out.json")).toString("utf8")).toBe("previous");
  });

  it("refuses a bad --workers value", async () => {
    expect(await run(["--workers", "0", "in"])).toBe(2);
    expect(lines.err).toEqual([
      expect.stringMatching(/^extract: --workers needs a whole number from 1 to 999\. usage:/),
    ]);
  });

  it("fails at once, in one line, when the output folder cannot be made (under /proc)", async () => {
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    const cli = join(process.cwd(), "src", "cli", "extract.ts");
    // A timeout on the child, not a timed assertion: a spinning mkdir shows up as a killed child.
    const result = await promisify(execFile)(tsx, [cli, "--out", "/proc/dateline/x/y.json", "in"], {
      cwd: dir,
      env: { ...process.env, INIT_CWD: dir },
      timeout: 50_000,
    }).then(
      () => ({ code: 0, stderr: "" }),
      (err: { code?: number; killed?: boolean; stderr?: string }) => ({
        code: err.killed ? "killed" : err.code,
        stderr: err.stderr ?? "",
      }),
    );
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^extract: could not write \/proc\/dateline\/x\/y\.json \(E[A-Z]+\)$/),
    ]);
  });
});
