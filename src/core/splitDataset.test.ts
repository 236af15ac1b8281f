import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "./contract";
import { extractFolder, FIXTURES } from "../eval/stories";
import { assembleDataset, splitDataset } from "./dataset";

// The story test articles (written for those tests) go through the real extractor: several
// articles whose events group into stories across articles, the stage a merge must rerun.
let whole: Dataset;
beforeAll(async () => {
  whole = await extractFolder(FIXTURES);
}, 60_000);

describe("splitDataset", () => {
  it("gives back findings that assemble into the same dataset", () => {
    expect(whole.events.some((e) => e.story)).toBe(true);
    expect(assembleDataset(splitDataset(whole))).toEqual(whole);
  });

  it("merges a dataset made without one article with that article as one run over all", () => {
    const parts = splitDataset(whole);
    // The article whose events share the most stories: leaving it out changes the grouping.
    const storied = (doc: string) => whole.events.filter((e) => e.doc === doc && e.story).length;
    const [added, ...rest] = [...parts].sort((a, b) => storied(b.record.id) - storied(a.record.id));
    if (!added) throw new Error("no articles");
    const base = assembleDataset(rest);
    expect(base.events.filter((e) => e.story).length).toBeLessThan(
      whole.events.filter((e) => e.story).length,
    );
    expect(assembleDataset([...splitDataset(base), added])).toEqual(whole);
  });

  it("keeps a document with no findings", () => {
    const doc = { ...whole.documents[0]!, id: "dempty", path: "zz/empty.txt", text: "Nothing." };
    const withEmpty = { ...whole, documents: [...whole.documents, doc] };
    const parts = splitDataset(withEmpty);
    expect(parts.at(-1)?.findings).toEqual({ places: [], events: [], dates: [], masked: [] });
    expect(assembleDataset(parts)).toEqual(withEmpty);
  });
});
