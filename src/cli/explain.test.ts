import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadGazetteer } from "./loadGazetteer";
import { runExtract } from "./runExtract";

// An article written for this test: a surname that is also a town, and two real towns.
const ARTICLE = `---
published: 2021-06-10
---
Senator Oslo said the ferry between Bergen and Stavanger resumed on Tuesday.
`;

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-explain-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(args: string[]) {
  const lines = { err: [] as string[], out: [] as string[] };
  const code = await runExtract(args, {
    baseDir: dir,
    stderr: (l) => lines.err.push(l),
    stdout: (l) => lines.out.push(l),
    loadGazetteer,
  });
  return { code, ...lines };
}

describe("extract --explain", () => {
  it("prints each place with its rule and each dropped candidate with the rule that dropped it", async () => {
    await writeFile(join(dir, "a.md"), ARTICLE);
    const { code, out, err } = await run(["--explain", "a.md"]);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toBe("== a.md");
    expect(out[1]).toBe("places (3)");
    expect(out[2]).toMatch(/"Oslo" dropped \[person\/title-or-given-name-before\]: person$/);
    expect(out[3]).toMatch(
      /"Bergen" → geonames:\d+ Bergen \(city, NO\) \[recognize:name\] won with/,
    );
    expect(out[4]).toMatch(/"Stavanger" → geonames:\d+ Stavanger \(city, NO\)/);
    // Then the dates, each with its rule, value and what it was anchored on.
    expect(out[5]).toBe("dates (1)");
    expect(out[6]).toMatch(/"Tuesday" .*→ 2021-06-08 .*anchor: publication 2021-06-10, tense past/);
  });

  it("names a file it cannot read and goes on with the others", async () => {
    await writeFile(join(dir, "a.md"), ARTICLE);
    const { code, out, err } = await run(["--explain", "missing.txt", "a.md"]);
    expect(code).toBe(1);
    expect(err).toEqual(["explain: missing.txt: cannot read it (ENOENT)"]);
    expect(out[0]).toBe("== a.md");
  });
});
