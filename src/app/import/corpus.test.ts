import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../cli/loadGazetteer";
import type { Gazetteer } from "../../core/places/gazetteer";
import { Corpus, articleTask, extractInput } from "./corpus";
import type { ArticleInput } from "./corpusProtocol";
import { browserPath, pastedName } from "./names";

// Articles written for this test.
const DATED =
  "---\npublished: 2023-10-05\ntitle: Bridge reopens\n---\nThe bridge in Cork reopened on Tuesday after repairs.\n";
const UNDATED = "Bridge repairs\n\nThe bridge in Cork reopened on Tuesday after repairs.\n";

const input = (name: string, text: string, meta?: ArticleInput["meta"]): ArticleInput => ({
  name,
  bytes: new TextEncoder().encode(text).buffer,
  ...(meta && { meta }),
});

let gazetteer: Gazetteer;
beforeAll(async () => {
  gazetteer = await loadGazetteer();
});

describe("names", () => {
  it("files go under browser/, by their own name only", () => {
    expect(browserPath("notes.txt")).toBe("browser/notes.txt");
    expect(browserPath("a/b\\c.md")).toBe("browser/c.md");
  });
  it("pasted text is named after its title", () => {
    expect(pastedName("Storm hits the coast: 3 dead")).toBe("storm-hits-the-coast-3-dead.txt");
    expect(pastedName("  ")).toBe("pasted-text.txt");
  });
});

describe("articleTask", () => {
  it("derives one id from the same file and another from other content or typed metadata", () => {
    const id = (i: ArticleInput) => articleTask(i)?.idKey;
    expect(id(input("a.txt", UNDATED))).toBe(id(input("a.txt", UNDATED)));
    expect(id(input("a.txt", UNDATED))).not.toBe(id(input("a.txt", `${UNDATED} `)));
    expect(id(input("a.txt", UNDATED))).not.toBe(
      id(input("a.txt", UNDATED, { published: "2023-10-05" })),
    );
  });
  it("refuses a file that is not an article", () => {
    expect(articleTask(input("photo.png", "x"))).toBeNull();
  });
});

describe("extractInput", () => {
  it("asks for a date only when the article gives none, and uses the answer as entered", async () => {
    const asked: string[] = [];
    const ask = (title: string) => {
      asked.push(title);
      return Promise.resolve("2023-10-05");
    };
    const dated = await extractInput(input("dated.md", DATED), gazetteer, ask);
    expect(asked).toEqual([]);
    const undated = await extractInput(input("undated.txt", UNDATED), gazetteer, ask);
    expect(asked).toEqual(["Bridge repairs"]);
    if (!dated.ok || !undated.ok) throw new Error("not extracted");
    expect(dated.record.publishedSource).toBe("front-matter");
    expect(undated.record).toMatchObject({
      path: "browser/undated.txt",
      published: "2023-10-05",
      publishedSource: "entered",
    });
    // Same sentence, same reference date: the same event date.
    expect(undated.findings.events.map((e) => e.date.start)).toEqual(
      dated.findings.events.map((e) => e.date.start),
    );
    expect(undated.findings.events[0]?.date.start).toBe("2023-10-03");
    // Filed under browser/, but "browser" is not who published it.
    expect(undated.record.outlet).toBeUndefined();
  });

  it("leaves a skipped article undated", async () => {
    const skipped = await extractInput(input("u.txt", UNDATED), gazetteer, () =>
      Promise.resolve(null),
    );
    if (!skipped.ok) throw new Error("not extracted");
    expect(skipped.record).toMatchObject({ published: null, publishedSource: "none" });
    expect(skipped.findings.events).toEqual([]);
  });

  it("gives the CLI's reasons for files it cannot read", async () => {
    const never = () => Promise.reject(new Error("must not ask"));
    const png = { name: "scan.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1]).buffer };
    expect(await extractInput(png, gazetteer, never)).toEqual({
      ok: false,
      reason: "binary file (PNG image)",
    });
    expect(await extractInput(input("e.md", ""), gazetteer, never)).toEqual({
      ok: false,
      reason: "empty file",
    });
  });
});

describe("Corpus", () => {
  it("merges added articles with the base, an added document standing in for its base copy", async () => {
    const ask = () => Promise.resolve("2023-10-05");
    const a = await extractInput(input("dated.md", DATED), gazetteer, ask);
    const b = await extractInput(input("undated.txt", UNDATED), gazetteer, ask);
    if (!a.ok || !b.ok) throw new Error("not extracted");
    const corpus = new Corpus();
    corpus.add({ ...a, addedAt: 1 });
    const base = corpus.dataset();
    // The downloaded dataset opened again, with both articles added: no document twice.
    const again = new Corpus();
    again.setBase(base);
    again.add({ ...a, addedAt: 1 });
    again.add({ ...b, addedAt: 2 });
    const both = again.dataset();
    expect(both.documents.map((d) => d.path)).toEqual(["browser/dated.md", "browser/undated.txt"]);
    expect(both.events).toHaveLength(2);
    expect(again.remove(a.record.id)).toBe(true);
    // Removed from the added, it is still in the base it came with.
    expect(again.dataset().documents).toHaveLength(2);
    expect(again.has(a.record.id)).toBe(false);
  });
});
