import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Dataset } from "../../core/contract";
import { loadGazetteer } from "../loadGazetteer";
import { runExtract } from "../runExtract";
import { generateArticles, writeArticles } from "./newsArticles";

describe("generateArticles", () => {
  it("is the same for the same seed and differs for another", () => {
    expect(generateArticles(3, 7)).toEqual(generateArticles(3, 7));
    expect(generateArticles(3, 7)).not.toEqual(generateArticles(3, 8));
  });

  it("gives each article front matter and spreads publication over the span", () => {
    const articles = generateArticles(10, 1, { firstPublished: "2020-01-06", spanDays: 100 });
    const published = articles.map((a) => /^published: (.+)$/m.exec(a.content)?.[1]);
    expect(published[0]).toBe("2020-01-06");
    expect(published[9]).toBe("2020-04-05");
    for (const a of articles) {
      expect(a.content).toMatch(/^---\ntitle: .+\npublished: .+\nurl: https:\/\/.+\n---\n/);
      expect(a.name).toMatch(/^article-\d{5}\.md$/);
    }
  });

  it("gives one dated, placed event per sentence through the real extractor", async () => {
    const dir = await mkdtemp(join(tmpdir(), "dateline-news-"));
    try {
      await writeArticles(join(dir, "in"), generateArticles(5, 3, { eventsPerArticle: 12 }));
      const errors: string[] = [];
      const code = await runExtract(["--out", join(dir, "out.json"), join(dir, "in")], {
        baseDir: dir,
        stderr: (l) => errors.push(l),
        stdout: () => undefined,
        loadGazetteer,
      });
      expect(errors).toEqual([]);
      expect(code).toBe(0);
      const dataset = JSON.parse(await readFile(join(dir, "out.json"), "utf8")) as Dataset;
      expect(dataset.documents).toHaveLength(5);
      expect(dataset.events).toHaveLength(60);
      expect(dataset.events.every((e) => e.places.length > 0)).toBe(true);
      expect(new Set(dataset.events.map((e) => e.date.granularity))).toEqual(
        new Set(["day", "week", "month"]),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
