import { describe, expect, it } from "vitest";
import { filterByDocuments, keptDocuments, knownChoice, toggledIn } from "./documentFilter";
import { testDocument, testEvent } from "./testEvents";
import { UNKNOWN_OUTLET } from "./outlets";

const documents = [
  testDocument("d1", "2031-05-01", { outlet: "Harbour Gazette" }),
  testDocument("d2", "2031-05-02", { outlet: "Harbour Gazette" }),
  testDocument("d3", "2031-05-03", { outlet: "Valley Post" }),
  testDocument("d4", "2031-05-04"),
];
const events = documents.map((d, i) => testEvent(`e${i + 1}`, d.id, "2031-05-05"));
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe("keptDocuments", () => {
  it("keeps everything when nothing is checked", () => {
    const kept = keptDocuments(documents, { docs: [], outlets: [] });
    expect(kept).toBeNull();
    expect(filterByDocuments(events, kept)).toBe(events);
  });

  it("keeps the checked articles and those of the checked outlets", () => {
    const kept = keptDocuments(documents, { docs: ["d3"], outlets: ["Harbour Gazette"] });
    expect(ids(filterByDocuments(events, kept))).toEqual(["e1", "e2", "e3"]);
  });

  it("reaches articles without an outlet by the unknown outlet's name", () => {
    const kept = keptDocuments(documents, { docs: [], outlets: [UNKNOWN_OUTLET] });
    expect(ids(filterByDocuments(events, kept))).toEqual(["e4"]);
  });
});

describe("knownChoice", () => {
  it("drops what the corpus does not have and keeps the same arrays otherwise", () => {
    const choice = { docs: ["d1", "gone"], outlets: ["Valley Post"] };
    const known = knownChoice(documents, choice);
    expect(known.docs).toEqual(["d1"]);
    expect(known.outlets).toBe(choice.outlets);
  });
});

describe("toggledIn", () => {
  it("adds in sorted order and takes out again", () => {
    expect(toggledIn(["b"], "a")).toEqual(["a", "b"]);
    expect(toggledIn(["a", "b"], "a")).toEqual(["b"]);
  });
});
