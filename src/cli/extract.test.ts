import { execFile } from "node:child_process";
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  symlink,
  truncate,
  writeFile,
} from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../core/contract";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";

// Articles written for these tests; the places and people are invented or generic.
const GOOD = `---
title: Ferry service resumes
published: 2021-06-10
---
The ferry between Oslo and Kiel resumed on Tuesday after a week of storms.
Officials said the harbour in Kiel would stay open through the summer.
`;

let dir: string;
let lines: { err: string[]; out: string[] };

async function run(args: string[]) {
  lines = { err: [], out: [] };
  const code = await runExtract(args, {
    baseDir: dir,
    stderr: (l) => lines.err.push(l),
    stdout: (l) => lines.out.push(l),
    loadGazetteer,
  });
  return code;
}

async function dataset(path = "out.json"): Promise<Dataset> {
  return JSON.parse(await readFile(join(dir, path), "utf8")) as Dataset;
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-extract-"));
  await mkdir(join(dir, "in"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("npm run extract -- --published", () => {
  // A wire story whose dateline has no year: nothing in it says when it was written.
  const WIRE = `PORT HAVEN, June 3 (Wirewire) - Dock workers walked out on Tuesday in Oslo.\n`;

  it("dates an article without metadata from the flag, says so, and records it as the default", async () => {
    await writeFile(join(dir, "in", "wire.txt"), WIRE);
    await writeFile(join(dir, "in", "good.md"), GOOD);
    expect(await run(["--out", "out.json", "--published", "2024-06-05", "in"])).toBe(0);
    const ds = await dataset();
    const wire = ds.documents.find((d) => d.path === "in/wire.txt")!;
    expect(wire.published).toBe("2024-06-05");
    expect(wire.publishedSource).toBe("default");
    expect(lines.err).toContain(
      "in/wire.txt: no publication date in its metadata; using --published 2024-06-05",
    );
    // The dateline's "June 3" takes the default's year, and "on Tuesday" is the Tuesday before it.
    expect(ds.events.filter((e) => e.doc === wire.id).map((e) => e.date.start)).toEqual([
      "2024-06-03",
      "2024-06-04",
    ]);
    // Front matter still wins where there is some.
    const good = ds.documents.find((d) => d.path === "in/good.md")!;
    expect([good.published, good.publishedSource]).toEqual(["2021-06-10", "front-matter"]);
  });

  it("refuses a value that is not a date with a one-line reason", async () => {
    await writeFile(join(dir, "in", "wire.txt"), WIRE);
    expect(await run(["--out", "out.json", "--published", "next week", "in"])).toBe(2);
    expect(lines.err).toHaveLength(1);
    expect(lines.err[0]).toMatch(/--published needs a date/);
  });
});

describe("npm run extract", () => {
  it("takes outlets from folders inside the named folder, never from the named folder itself", async () => {
    await mkdir(join(dir, "in", "harbour-gazette"));
    await writeFile(join(dir, "in", "harbour-gazette", "a.md"), GOOD);
    await writeFile(join(dir, "in", "b.md"), GOOD.replace("Ferry", "Bus"));
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const outlets = (await dataset()).documents.map((d) => [d.path, d.outlet]);
    expect(outlets).toEqual([
      ["in/b.md", undefined],
      ["in/harbour-gazette/a.md", "harbour-gazette"],
    ]);
    // Named one by one, a file was found in no folder; a cached result must not carry the
    // outlet the folder gave it in the run before.
    expect(await run(["--out", "out.json", "in/harbour-gazette/a.md"])).toBe(0);
    expect((await dataset()).documents.map((d) => d.outlet)).toEqual([undefined]);
  });

  it("reads good files and warns once per bad one, naming it", async () => {
    await writeFile(join(dir, "in", "good.md"), GOOD);
    await writeFile(join(dir, "in", "empty.txt"), "");
    await writeFile(join(dir, "in", "blank.txt"), "  \n\t\n");
    await writeFile(
      join(dir, "in", "photo.txt"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]),
    );
    await writeFile(join(dir, "in", "notes.csv"), "ignored,silently");
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const ds = await dataset();
    expect(ds.documents.map((d) => d.path)).toEqual(["in/good.md"]);
    expect(ds.documents[0]).toMatchObject({
      title: "Ferry service resumes",
      published: "2021-06-10",
      publishedSource: "front-matter",
    });
    expect(lines.err).toEqual([
      "skipped in/blank.txt: no text in it",
      "skipped in/empty.txt: empty file",
      "skipped in/photo.txt: binary file (PNG image)",
    ]);
    expect(ds.events.some((e) => e.date.start === "2021-06-08")).toBe(true);
  });

  it("reads UTF-16 with a BOM, falls back to Windows-1252 for invalid UTF-8, and skips what is too big", async () => {
    const story = "Floods closed the road to Bergen on 3 May 2021.";
    await writeFile(
      join(dir, "in", "utf16.txt"),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, "utf16le")]),
    );
    await writeFile(
      join(dir, "in", "latin1.txt"),
      Buffer.from("Caf\xe9 owners in Lyon protested on 4 May 2021.", "latin1"),
    );
    await writeFile(join(dir, "in", "huge.txt"), "");
    await truncate(join(dir, "in", "huge.txt"), 51 * 1024 * 1024);
    await writeFile(
      join(dir, "in", "broken.md"),
      "---\ntitle: never closed\nRain in Oslo on 5 May 2021.",
    );
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const docs = (await dataset()).documents;
    expect(docs.map((d) => d.path)).toEqual(["in/broken.md", "in/latin1.txt", "in/utf16.txt"]);
    expect(docs.find((d) => d.path === "in/utf16.txt")!.text).toBe(story);
    expect(docs.find((d) => d.path === "in/latin1.txt")!.text).toMatch(/^Café owners/);
    expect(lines.err).toContain("in/latin1.txt: not valid UTF-8; read as Windows-1252");
    expect(lines.err).toContain(
      "in/broken.md: front matter opened with --- but never closed; read as plain text",
    );
    expect(lines.err).toContain("skipped in/huge.txt: 51.0 MB is over the 50 MB limit");
  });

  it("reads a file that is one 5 MB line, with bounded passages", async () => {
    const sentence = "Crews in Bergen cleared the harbour on Monday, officials said; ";
    await writeFile(
      join(dir, "in", "oneline.txt"),
      `Published: 3 May 2021\n${sentence.repeat(Math.ceil(5e6 / sentence.length))}`,
    );
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const ds = await dataset();
    expect(ds.documents[0]!.text.length).toBeGreaterThan(5e6);
    expect(ds.events.length).toBeGreaterThan(0);
    for (const e of ds.events) expect(e.end - e.start).toBeLessThanOrEqual(600);
  });

  it("reads HTML with its scripts, styles and handlers dropped", async () => {
    await writeFile(
      join(dir, "in", "page.html"),
      `<html><head><title>Bridge closed</title><script>var secret = "leak";</script></head>
       <body><p onmouseover="steal()">The bridge in Bergen closed on 4 May 2020.</p><style>.x{}</style></body></html>`,
    );
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const doc = (await dataset()).documents[0]!;
    expect(doc.title).toBe("Bridge closed");
    expect(doc.text).toBe("The bridge in Bergen closed on 4 May 2020.");
  });

  it("takes the date from an embedded Unix timestamp when that is the only clue, and says so", async () => {
    await writeFile(
      join(dir, "in", "scraped.txt"),
      "Town hall burns\n\n1617235200 88 Town hall burns The old town hall in Lyon burned on Tuesday, firefighters said.",
    );
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const doc = (await dataset()).documents[0]!;
    expect(doc.published).toBe("2021-04-01T00:00:00Z");
    expect(doc.publishedSource).toMatch(/^inferred: unix timestamp 1617235200/);
    expect(lines.err.some((l) => l.startsWith("in/scraped.txt: publication date inferred"))).toBe(
      true,
    );
  });

  it("uses the sidecar's date, and ignores one that is not a date with a warning", async () => {
    await writeFile(join(dir, "in", "a.txt"), "Rain fell in Madrid on Monday.");
    await writeFile(
      join(dir, "in", "a.meta.json"),
      JSON.stringify({ published: "2019-11-06", url: "https://example.org/a" }),
    );
    await writeFile(join(dir, "in", "b.txt"), "Snow fell in Porto on Monday.");
    await writeFile(join(dir, "in", "b.meta.json"), JSON.stringify({ published: "someday soon" }));
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    const [a, b] = (await dataset()).documents;
    expect(a).toMatchObject({
      published: "2019-11-06",
      publishedSource: "sidecar",
      url: "https://example.org/a",
    });
    expect(b!.publishedSource).toBe("none");
    expect(lines.err).toContain(
      'in/b.txt: sidecar published "someday soon" is not a date; ignored',
    );
  });

  it("fails with one line and keeps the old output when nothing usable is read", async () => {
    await writeFile(join(dir, "out.json"), "previous");
    await writeFile(join(dir, "in", "empty.txt"), "");
    expect(await run(["--out", "out.json", "in"])).toBe(1);
    expect(await readFile(join(dir, "out.json"), "utf8")).toBe("previous");
    expect(lines.err.at(-1)).toMatch(/^extract: no usable article in in; out.json left as it was$/);
  });

  it("creates a missing output folder, and leaves no temp file when it cannot write", async () => {
    await writeFile(join(dir, "in", "good.md"), GOOD);
    expect(await run(["--out", "deep/er/out.json", "in"])).toBe(0);
    expect((await dataset("deep/er/out.json")).documents).toHaveLength(1);
    // A non-empty folder where the file should be makes the final rename fail for every user,
    // root included: the temp file must be gone afterwards.
    await mkdir(join(dir, "busy", "out.json", "inner"), { recursive: true });
    expect(await run(["--out", "busy/out.json", "in"])).toBe(1);
    expect(await readdir(join(dir, "busy"))).toEqual(["out.json"]);
    expect(await readdir(join(dir, "busy", "out.json"))).toEqual(["inner"]);
    // A file where the folder should be fails for every user, root included.
    await writeFile(join(dir, "blocker"), "a file");
    expect(await run(["--out", "blocker/out.json", "in"])).toBe(1);
    expect(lines.err.at(-1)).toMatch(
      /^extract: could not write blocker\/out.json \((ENOTDIR|EEXIST)\)$/,
    );
    if (process.getuid?.() === 0) return; // root writes through read-only folders
    await mkdir(join(dir, "ro"));
    await writeFile(join(dir, "ro", "out.json"), "previous");
    await chmod(join(dir, "ro"), 0o555);
    expect(await run(["--out", "ro/out.json", "in"])).toBe(1);
    expect(await readFile(join(dir, "ro", "out.json"), "utf8")).toBe("previous");
    expect(await readdir(join(dir, "ro"))).toEqual(["out.json"]);
  });

  it("does not follow a symlinked folder, so a loop cannot trap it", async () => {
    await writeFile(join(dir, "in", "good.md"), GOOD);
    await symlink(join(dir, "in"), join(dir, "in", "loop"));
    expect(await run(["--out", "out.json", "in"])).toBe(0);
    expect((await dataset()).documents.map((d) => d.path)).toEqual(["in/good.md"]);
  });

  it("writes byte-identical output under different time zones", async () => {
    await writeFile(join(dir, "in", "good.md"), GOOD);
    await writeFile(
      join(dir, "in", "late.txt"),
      "Published: 31 December 2020\n\nFireworks over Sydney at midnight on New Year's Eve; the parade was on Monday.",
    );
    const exec = promisify(execFile);
    const cli = join(process.cwd(), "src", "cli", "extract.ts");
    const tsx = join(process.cwd(), "node_modules", ".bin", "tsx");
    for (const [tz, out] of [
      ["UTC", "a.json"],
      ["Pacific/Kiritimati", "b.json"],
      ["America/Adak", "c.json"],
    ] as const) {
      await exec(tsx, [cli, "--out", out, "in"], {
        cwd: dir,
        env: { ...process.env, TZ: tz, INIT_CWD: dir, LANG: "tr_TR.UTF-8" },
      });
    }
    const a = await readFile(join(dir, "a.json"));
    expect(a.equals(await readFile(join(dir, "b.json")))).toBe(true);
    expect(a.equals(await readFile(join(dir, "c.json")))).toBe(true);
  });
});
