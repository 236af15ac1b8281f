import { beforeAll, describe, expect, it } from "vitest";
import type { Dataset } from "../contract";
import {
  extractFolder,
  FIXTURES,
  pairwiseScore,
  predictedStories,
  resolveGold,
  type GoldStories,
} from "../../eval/stories";
import gold from "./fixtures/gold.json";
import { storiesOf, storyId, withStories } from "./assignStories";

// The test articles in ./fixtures (written for this test) go through the real extractor
// (prepareDocument, analyzeDocument, buildDataset, the real gazetteer), as the merge will run it.
let dataset: Dataset;
beforeAll(async () => {
  dataset = withStories(await extractFolder(FIXTURES));
}, 60_000);

const eventWith = (phrase: string) => {
  const e = dataset.events.find((x) => x.text.includes(phrase));
  if (!e) throw new Error(`no event holds "${phrase}"`);
  return e;
};

describe("assignStories on articles that report the same happenings", () => {
  it("groups every report of one happening and nothing else (pairwise P and R of 1)", () => {
    const score = pairwiseScore(
      predictedStories(dataset),
      resolveGold(dataset, gold.stories as GoldStories),
    );
    expect(score).toMatchObject({ precision: 1, recall: 1, gold: 5 });
  });

  it("keeps the near-misses apart", () => {
    const flood = eventWith("Floods closed the coastal road near Valparaíso on Tuesday").story;
    expect(flood).toMatch(/^story:/);
    // Same place, another day.
    expect(eventWith("again on Thursday").story).toBeUndefined();
    // Same day, another city of the same country.
    expect(eventWith("Antofagasta").story).toBeUndefined();
    // Same day, same city, another happening.
    expect(eventWith("city council approved").story).toBeUndefined();
  });

  it("names a story by its smallest member, so a rerun or a reorder gives the same id", () => {
    const members = dataset.events.filter((e) => e.story === eventWith("Rotterdam went").story);
    expect(members.map((e) => e.doc)).toHaveLength(2);
    expect(members[0]!.story).toBe(storyId(members.map((e) => e.id)));
    const reversed: Dataset = { ...dataset, events: [...dataset.events].reverse() };
    expect(storiesOf(reversed)).toEqual(storiesOf(dataset));
  });
});

describe("assignStories never groups within one article", () => {
  it("leaves two alike events of one document apart", () => {
    const doc = dataset.documents.find((d) => d.path.startsWith("coast-weekly"))!;
    const own = dataset.events.filter((e) => e.doc === doc.id);
    expect(own.length).toBeGreaterThan(1);
    // Rewrite the others' events as this document's: nothing may group any more.
    const alone: Dataset = {
      ...dataset,
      events: dataset.events.map((e) => ({ ...e, doc: doc.id })),
    };
    expect(storiesOf(alone).size).toBe(0);
  });

  it("clears a stale story when applying it", () => {
    const stale: Dataset = {
      ...dataset,
      events: dataset.events.map((e) => ({ ...e, story: "story:stale" })),
    };
    expect(withStories(stale).events.filter((e) => e.story === "story:stale")).toEqual([]);
  });
});
