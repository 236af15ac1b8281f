import { describe, expect, it } from "vitest";
import { MAX_FILE_BYTES, formatOf, sizeProblem } from "./article";
import { prepareDocument } from "./document";

describe("formatOf", () => {
  it("reads the extension of a name or a path, in any case", () => {
    expect(formatOf("notes.TXT")).toBe("text");
    expect(formatOf("a/b/story.md")).toBe("markdown");
    expect(formatOf("C:\\news\\page.htm")).toBe("html");
    expect(formatOf("dir.html/page.pdf")).toBeNull();
    expect(formatOf(".txt")).toBeNull();
    expect(formatOf("README")).toBeNull();
  });
});

describe("sizeProblem", () => {
  it("refuses only what is over the limit", () => {
    expect(sizeProblem(MAX_FILE_BYTES)).toBeNull();
    expect(sizeProblem(MAX_FILE_BYTES + 1)).toBe("50.0 MB is over the 50 MB limit");
  });
});

describe("prepareDocument with a date given from outside", () => {
  const raw = {
    path: "browser/notes.txt",
    format: "text" as const,
    content: "The council met on Tuesday.",
  };
  it("says who gave it", () => {
    const entered = prepareDocument({
      ...raw,
      defaultPublished: "2024-03-08",
      defaultSource: "entered",
    });
    const cli = prepareDocument({ ...raw, defaultPublished: "2024-03-08" });
    if (!entered.ok || !cli.ok) throw new Error("not prepared");
    expect(entered.record.publishedSource).toBe("entered");
    expect(cli.record.publishedSource).toBe("default");
    expect({ ...entered.record, publishedSource: "" }).toEqual({
      ...cli.record,
      publishedSource: "",
    });
  });
  it("derives the id from the id key when one is given", () => {
    const a = prepareDocument({ ...raw, idKey: "browser/notes.txt one" });
    const b = prepareDocument({ ...raw, idKey: "browser/notes.txt two" });
    const plain = prepareDocument(raw);
    if (!a.ok || !b.ok || !plain.ok) throw new Error("not prepared");
    expect(new Set([a.record.id, b.record.id, plain.record.id]).size).toBe(3);
    expect(a.record.path).toBe("browser/notes.txt");
  });
});
