import { describe, expect, it } from "vitest";
import { explainDateLines, explainDates } from "./explain";
import { tagTimexes } from "./index";

const ref = { published: "2022-03-24", genre: "news" as const };

describe("explainDates", () => {
  it("keeps exactly the expressions tagTimexes returns, with their values", () => {
    const text =
      "The mill closed on 9 January. On Tuesday night it burned. Two days later, at 10 p.m. Wednesday, crews left.";
    const kept = explainDates(text, ref).filter((e) => !e.droppedBy);
    expect(kept.map((e) => [e.text, e.value, e.by])).toEqual(
      tagTimexes(text, ref).map((t) => [t.text, t.value, t.by]),
    );
  });

  it("names the anchor a value leaned on", () => {
    const text = "The mill closed on 9 January. On Tuesday night it burned. Prices rose on Friday.";
    const by = new Map(explainDates(text, ref).map((e) => [e.text, e]));
    expect(by.get("9 January")?.anchor).toBe("publication 2022-03-24, tense past");
    // The narrated day sets the scene for the weekday after it.
    expect(by.get("Tuesday night")?.anchor).toBe("story's day 2022-01-09");
  });

  it("says a value written in full leans on nothing", () => {
    const [line] = explainDateLines("It opened on 3 May 2019.", ref);
    expect(line).toBe(
      'date "3 May 2019" 13-23 calendar/day-month-year → 2019-05-03 [2019-05-03..2019-05-03]; anchor: none (written in full)',
    );
  });

  it("names the later stages that changed an expression", () => {
    const e = explainDates("They met at 10 p.m. Wednesday.", ref).find((x) => !x.droppedBy);
    expect(e?.changedBy).toEqual(["mergeClockWithDay"]);
  });

  it("tells a rule from another whose name starts the same", () => {
    const all = explainDates("Talks resume on Friday next week.", ref);
    expect(all.map((e) => [e.text, e.by, e.droppedBy ?? null])).toEqual([
      ["Friday", "relative/weekday", "resolveOverlaps"],
      ["Friday next week", "relative/weekday-of-week", null],
      ["next week", "relative/this-period", "resolveOverlaps"],
    ]);
    expect(all[1]?.changedBy).toEqual([]);
  });

  it("lists a candidate that lost to a longer overlapping expression, and which stage dropped it", () => {
    const lines = explainDateLines("Sales fell in early May 2021.", ref);
    expect(lines).toContain(
      'date "2021" 24-28 calendar/year: dropped by resolveOverlaps, covered by a longer expression',
    );
  });
});
