import { describe, expect, it } from "vitest";
import type { DatelineEvent, DocumentRecord } from "../../core/contract";
import type { DocumentSources, PassageMatch } from "./passages";
import { PAGE_SIZE, pageOf, pageOfEvent } from "./sourcePages";

function doc(id: string): DocumentRecord {
  return {
    id,
    title: id,
    path: `${id}.txt`,
    url: null,
    published: "2031-05-15",
    publishedSource: "front-matter",
    genre: "news",
    text: "",
  };
}

function passages(count: number, eventAt?: number): PassageMatch[] {
  return Array.from({ length: count }, (_, i) => ({
    start: i * 10,
    end: i * 10 + 9,
    events: i === eventAt ? [{ id: "ev" } as DatelineEvent] : [],
    marks: [],
  }));
}

// Three documents: 30, 60 and 15 passages, 105 in all; the event is in the second's 41st.
const sources: DocumentSources[] = [
  { document: doc("a"), passages: passages(30) },
  { document: doc("b"), passages: passages(60, 40) },
  { document: doc("c"), passages: passages(15) },
];
const flat = sources.flatMap((s) => s.passages.map((p) => `${s.document.id}:${p.start}`));
const ids = (page: DocumentSources[]) =>
  page.flatMap((s) => s.passages.map((p) => `${s.document.id}:${p.start}`));

describe("pageOf", () => {
  it("numbers passages across documents and cuts a page out of them", () => {
    expect(PAGE_SIZE).toBe(50);
    expect(ids(pageOf(sources, 0))).toEqual(flat.slice(0, 50));
    expect(ids(pageOf(sources, 50))).toEqual(flat.slice(50, 100));
  });

  it("keeps each document on the page once, with only its passages on that page", () => {
    const page = pageOf(sources, 50);
    expect(page.map((s) => s.document.id)).toEqual(["b", "c"]);
    expect(page[0]!.passages).toHaveLength(40);
    expect(page[1]!.passages).toHaveLength(10);
  });

  it("gives a short last page and nothing past the end", () => {
    expect(ids(pageOf(sources, 100))).toEqual(flat.slice(100));
    expect(pageOf(sources, 150)).toEqual([]);
    expect(pageOf([], 0)).toEqual([]);
  });
});

describe("pageOfEvent", () => {
  it("finds the page holding the event's passage", () => {
    // Passage 30 + 40 = 70 overall: the second page.
    expect(pageOfEvent(sources, "ev")).toBe(1);
  });

  it("starts on the first page without a selected event or when it is not here", () => {
    expect(pageOfEvent(sources, null)).toBe(0);
    expect(pageOfEvent(sources, "elsewhere")).toBe(0);
  });
});
