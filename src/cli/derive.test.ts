import { mkdtemp, readFile, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Dataset } from "../core/contract";
import type { DerivedManifest } from "../app/data/derivedFormat";
import { decodeMentionTable } from "../app/data/mentionTable";
import { deriveToFolder } from "./derive";

// An invented one-article dataset, written for this test.
const text = "Rivers rose in Tollan on 2 June 2031. Tollan opened shelters.";
const dataset: Dataset = {
  schemaVersion: 1,
  documents: [
    {
      id: "a",
      title: "Rivers rise",
      path: "a.txt",
      url: null,
      published: "2031-06-03",
      publishedSource: "front-matter",
      genre: "news",
      text,
    },
  ],
  places: [
    {
      id: "x:tollan",
      name: "Tollan",
      kind: "city",
      country: null,
      lat: 1,
      lon: 2,
      mentions: [
        { doc: "a", start: 15, end: 21 },
        { doc: "a", start: 38, end: 44 },
      ],
    },
  ],
  events: [
    {
      id: "e1",
      doc: "a",
      start: 0,
      end: 37,
      text: text.slice(0, 37),
      date: {
        start: "2031-06-02",
        end: "2031-06-02",
        granularity: "day",
        text: "2 June 2031",
        span: { doc: "a", start: 25, end: 36 },
      },
      places: ["x:tollan"],
    },
  ],
  dates: [],
};

let dir = "";
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "dateline-derive-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function manifestOf(outDir: string): Promise<DerivedManifest> {
  return JSON.parse(await readFile(join(outDir, "manifest.json"), "utf8")) as DerivedManifest;
}

describe("deriveToFolder", () => {
  it("writes the manifest, events, mention table and one text file per article", async () => {
    await writeFile(join(dir, "dataset.json"), JSON.stringify(dataset));
    const out = join(dir, "derived");
    const summary = await deriveToFolder(join(dir, "dataset.json"), out);
    expect(summary).toEqual({ events: 1, documents: 1, places: 1, error: null });
    const manifest = await manifestOf(out);
    expect(manifest.error).toBeUndefined();
    expect(manifest.eventCount).toBe(1);
    const events = JSON.parse(await readFile(join(out, manifest.events[0]!), "utf8")) as unknown[];
    expect(events).toEqual(dataset.events);
    expect(await readFile(join(out, "text", "0.txt"), "utf8")).toBe(text);
    const bytes = await readFile(join(out, manifest.mentions));
    const table = decodeMentionTable(
      new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength)),
    );
    // The second mention lies outside the event's passage: its own sentence is its passage.
    expect(Array.from(table.members)).toEqual([0]);
    expect(text.slice(table.passageStart[1], table.passageEnd[1])).toBe("Tollan opened shelters.");
  });

  it("turns a dataset that fails validation into the error the app shows, replacing old files", async () => {
    const out = join(dir, "derived");
    await writeFile(join(dir, "dataset.json"), JSON.stringify(dataset));
    await deriveToFolder(join(dir, "dataset.json"), out);
    const broken = { ...dataset, events: [{ ...dataset.events[0]!, places: ["x:nowhere"] }] };
    await writeFile(join(dir, "dataset.json"), JSON.stringify(broken));
    const summary = await deriveToFolder(join(dir, "dataset.json"), out);
    expect(summary.error).toContain('unknown place "x:nowhere"');
    const manifest = await manifestOf(out);
    expect(manifest.error?.problems).toEqual(['events.0.places.0: unknown place "x:nowhere"']);
    expect((await readdir(out)).sort()).toEqual(["manifest.json", "text"]);
  });

  it("reports a file that is not JSON, and fails with one line on a missing file", async () => {
    await writeFile(join(dir, "dataset.json"), "{ not json");
    const summary = await deriveToFolder(join(dir, "dataset.json"), join(dir, "out"));
    expect(summary.error).toMatch(/^dataset\.json is not valid JSON\./);
    await expect(deriveToFolder(join(dir, "missing.json"), join(dir, "out"))).rejects.toThrow(
      /missing\.json: cannot read \(ENOENT\)/,
    );
  });
});
