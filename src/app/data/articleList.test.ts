import { describe, expect, it } from "vitest";
import { articleRows, outletCounts, searchArticles, sortArticles, sortKey } from "./articleList";
import { UNKNOWN_OUTLET } from "./outlets";
import { testDocument, testEvent } from "./testEvents";

const documents = [
  testDocument("d1", "2031-05-02", { title: "storm closes the pier", outlet: "Valley Post" }),
  testDocument("d2", "2031-05-09", { title: "Ferry returns", outlet: "Harbour Gazette" }),
  testDocument("d3", null, { title: "Quay 10 reopens", path: "archive/quay.txt" }),
  testDocument("d4", "2031-05-05", { title: "Quay 9 shut", outlet: "Valley Post" }),
];
const events = [
  testEvent("e1", "d1", "2031-05-01"),
  testEvent("e2", "d1", "2031-05-02"),
  testEvent("e3", "d4", "2031-05-04"),
];
const rows = articleRows(documents, events);
const titles = (list: readonly { document: { title: string } }[]) =>
  list.map((r) => r.document.title);

describe("sortKey", () => {
  it("sorts case and accents aside, and numbers by value", () => {
    const titles = ["Zebra", "école 10", "Ecole 9", "apple", "Apple 007"];
    expect([...titles].sort((a, b) => (sortKey(a) < sortKey(b) ? -1 : 1))).toEqual([
      "apple",
      "Apple 007",
      "Ecole 9",
      "école 10",
      "Zebra",
    ]);
  });
});

describe("articleRows", () => {
  it("counts each article's events and names its outlet", () => {
    expect(rows.map((r) => [r.document.id, r.outlet, r.events] as const)).toEqual([
      ["d1", "Valley Post", 2],
      ["d2", "Harbour Gazette", 0],
      ["d3", UNKNOWN_OUTLET, 0],
      ["d4", "Valley Post", 1],
    ]);
  });
});

describe("sortArticles", () => {
  it("puts the newest first and undated articles last", () => {
    expect(titles(sortArticles(rows, "date"))).toEqual([
      "Ferry returns",
      "Quay 9 shut",
      "storm closes the pier",
      "Quay 10 reopens",
    ]);
  });

  it("sorts titles as a reader would: case aside, numbers by value", () => {
    expect(titles(sortArticles(rows, "title"))).toEqual([
      "Ferry returns",
      "Quay 9 shut",
      "Quay 10 reopens",
      "storm closes the pier",
    ]);
  });

  it("groups by outlet (newest first inside one) and ranks by events", () => {
    expect(titles(sortArticles(rows, "outlet"))).toEqual([
      "Ferry returns",
      "Quay 10 reopens",
      "Quay 9 shut",
      "storm closes the pier",
    ]);
    expect(titles(sortArticles(rows, "events")).slice(0, 2)).toEqual([
      "storm closes the pier",
      "Quay 9 shut",
    ]);
  });

  it("gives the same order whatever order the rows come in", () => {
    expect(titles(sortArticles([...rows].reverse(), "outlet"))).toEqual(
      titles(sortArticles(rows, "outlet")),
    );
  });
});

describe("searchArticles", () => {
  it("keeps rows holding every word in their title, outlet or path", () => {
    expect(titles(searchArticles(rows, "quay"))).toEqual(["Quay 10 reopens", "Quay 9 shut"]);
    expect(titles(searchArticles(rows, "valley QUAY"))).toEqual(["Quay 9 shut"]);
    expect(titles(searchArticles(rows, "archive"))).toEqual(["Quay 10 reopens"]);
    expect(searchArticles(rows, "  ")).toBe(rows);
  });
});

describe("outletCounts", () => {
  it("counts articles per outlet in the legend's order", () => {
    expect(outletCounts(rows, ["Valley Post", "Harbour Gazette", UNKNOWN_OUTLET])).toEqual([
      { outlet: "Valley Post", articles: 2 },
      { outlet: "Harbour Gazette", articles: 1 },
      { outlet: UNKNOWN_OUTLET, articles: 1 },
    ]);
  });
});
