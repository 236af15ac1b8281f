import { describe, expect, it } from "vitest";
import type { DatelineEvent } from "../../core/contract";
import {
  chunkEstimates,
  firstRowWithPlace,
  groupEventsByDate,
  stepEventRow,
  timelineRows,
} from "./timelineGroups";

function event(id: string, day: string, places: string[] = []): DatelineEvent {
  const span = { doc: "d", start: 0, end: 1 };
  return {
    id,
    doc: "d",
    start: 0,
    end: 1,
    text: "x",
    date: { start: day, end: day, granularity: "day", text: "x", span },
    places,
  };
}

// Two days: a, b on the first; c on the second. Rows: [date1, a, b, date2, c].
const events = [
  event("a", "2031-04-01"),
  event("b", "2031-04-01", ["p:1"]),
  event("c", "2031-04-02", ["p:1", "p:2"]),
];

describe("groupEventsByDate", () => {
  it("heads a date once even when another granularity of the same range comes between", () => {
    const year = (id: string, granularity: "year" | "range"): DatelineEvent => {
      const e = event(id, "2030-01-01");
      return { ...e, date: { ...e.date, end: "2030-12-31", granularity } };
    };
    const groups = groupEventsByDate([year("a", "year"), year("b", "range"), year("c", "year")]);
    expect(groups.map((g) => [g.key, g.events.map((e) => e.id)])).toEqual([
      ["2030-01-01/2030-12-31/year", ["a", "c"]],
      ["2030-01-01/2030-12-31/range", ["b"]],
    ]);
  });
});

describe("timelineRows", () => {
  it("puts each date heading before its events, in order", () => {
    const { rows } = timelineRows(groupEventsByDate(events));
    expect(rows.map((r) => (r.kind === "date" ? `date ${r.group.key}` : r.event.id))).toEqual([
      "date 2031-04-01/2031-04-01/day",
      "a",
      "b",
      "date 2031-04-02/2031-04-02/day",
      "c",
    ]);
  });

  it("indexes each event's row and lists event rows only", () => {
    const { rows, rowOfEvent, eventRows } = timelineRows(groupEventsByDate(events));
    expect(eventRows).toEqual([1, 2, 4]);
    for (const id of ["a", "b", "c"]) {
      const row = rows[rowOfEvent.get(id)!];
      expect(row?.kind === "event" && row.event.id).toBe(id);
    }
    expect(rowOfEvent.has("missing")).toBe(false);
  });

  it("gives headings keys that cannot collide with an event's", () => {
    const clash = [event("2031-04-01/2031-04-01/day", "2031-04-01")];
    const keys = timelineRows(groupEventsByDate(clash)).rows.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("is empty for no events", () => {
    expect(timelineRows([])).toEqual({ rows: [], rowOfEvent: new Map(), eventRows: [] });
  });
});

describe("stepEventRow", () => {
  const eventRows = [1, 2, 4, 6, 7];

  it("steps over headings to the next or previous event", () => {
    expect(stepEventRow(eventRows, 2, 1)).toBe(4);
    expect(stepEventRow(eventRows, 4, -1)).toBe(2);
  });

  it("moves a page at a time and stops at the ends", () => {
    expect(stepEventRow(eventRows, 1, 3)).toBe(6);
    expect(stepEventRow(eventRows, 4, 10)).toBe(7);
    expect(stepEventRow(eventRows, 4, -10)).toBe(1);
  });

  it("jumps to the first and last event (Home, End)", () => {
    expect(stepEventRow(eventRows, 4, Infinity)).toBe(7);
    expect(stepEventRow(eventRows, 4, -Infinity)).toBe(1);
  });

  it("stays put with no events", () => {
    expect(stepEventRow([], 3, 1)).toBe(3);
  });
});

describe("firstRowWithPlace", () => {
  const { rows } = timelineRows(groupEventsByDate(events));

  it("brings the date heading along when the event opens its group", () => {
    expect(firstRowWithPlace(rows, "p:2")).toBe(3);
  });

  it("lands on the event itself inside a group", () => {
    expect(firstRowWithPlace(rows, "p:1")).toBe(2);
  });

  it("is null for a place no shown event names", () => {
    expect(firstRowWithPlace(rows, "p:9")).toBeNull();
  });
});

describe("chunkEstimates", () => {
  const { rows } = timelineRows(groupEventsByDate(events));
  const estimate = (row: { kind: string }) => (row.kind === "date" ? 10 : 100);

  it("adds up the estimates of each run of rows, the last run short", () => {
    // [date, a, b] [date, c]
    expect(chunkEstimates(rows, 3, estimate)).toEqual([210, 110]);
  });

  it("has one entry per row when runs are one row long, and none without rows", () => {
    expect(chunkEstimates(rows, 1, estimate)).toEqual([10, 100, 100, 10, 100]);
    expect(chunkEstimates([], 20, estimate)).toEqual([]);
  });
});
