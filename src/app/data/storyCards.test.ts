import { describe, expect, it } from "vitest";
import { foldStories, sourceCount } from "./storyCards";
import { groupEventsByDate, timelineRows } from "./timelineGroups";
import { testDocument, testEvent } from "./testEvents";

const documents = new Map(
  [
    testDocument("a", "2031-05-06"),
    testDocument("b", "2031-05-04"),
    testDocument("c", "2031-05-05"),
  ].map((d) => [d.id, d]),
);

describe("foldStories", () => {
  it("shows a story once, under its most precise date, its sources listed", () => {
    const week = testEvent("e-week", "a", "2031-05-01", "2031-05-07", {
      story: "s1",
      places: ["x:port"],
    });
    const day = testEvent("e-day", "b", "2031-05-03", "2031-05-03", {
      story: "s1",
      places: ["x:port", "x:bay"],
    });
    const other = testEvent("e-other", "c", "2031-05-02");
    const { cards, sourcesOf } = foldStories([week, other, day], documents);
    expect(cards.map((e) => e.id)).toEqual(["e-other", "e-day"]);
    expect(sourcesOf.get("e-day")?.map((e) => e.id)).toEqual(["e-day", "e-week"]);
    expect(sourceCount(sourcesOf.get("e-day")!)).toBe(2);
  });

  it("breaks a tie of precision by the article published first", () => {
    const later = testEvent("e1", "a", "2031-05-03", "2031-05-03", { story: "s1" });
    const first = testEvent("e2", "b", "2031-05-03", "2031-05-03", { story: "s1" });
    const { cards } = foldStories([later, first], documents);
    expect(cards.map((e) => e.id)).toEqual(["e2"]);
  });

  it("leaves a story of one shown article, and events without a story, as they are", () => {
    const shown = [
      testEvent("e1", "a", "2031-05-03", "2031-05-03", { story: "s1" }),
      testEvent("e2", "b", "2031-05-04"),
    ];
    const { cards, sourcesOf } = foldStories(shown, documents);
    expect(cards).toBe(shown);
    expect(sourcesOf.size).toBe(0);
  });
});

describe("timeline rows of folded cards", () => {
  it("map every event of a card to its row and show every source's places", () => {
    const a = testEvent("e1", "a", "2031-05-03", "2031-05-03", { story: "s", places: ["p1"] });
    const b = testEvent("e2", "b", "2031-05-03", "2031-05-03", { story: "s", places: ["p2"] });
    const { cards, sourcesOf } = foldStories([a, b], documents);
    const { rows, rowOfEvent, eventRows } = timelineRows(groupEventsByDate(cards), sourcesOf);
    expect(eventRows).toEqual([1]);
    expect(rowOfEvent.get("e1")).toBe(1);
    expect(rowOfEvent.get("e2")).toBe(1);
    const card = rows[1];
    if (card?.kind !== "event") throw new Error("expected a card");
    expect(card.places).toEqual(["p2", "p1"]);
  });
});
