import { describe, expect, it } from "vitest";
import { addMonths, isoWeek, isoWeekMonday, parseIsoDay, rangeOfValue } from "./calendar";

describe("calendar arithmetic", () => {
  it("numbers ISO weeks across a year boundary", () => {
    expect(isoWeek({ y: 2021, m: 1, d: 3 })).toEqual({ year: 2020, week: 53 });
    expect(isoWeek({ y: 2022, m: 3, d: 24 })).toEqual({ year: 2022, week: 12 });
    expect(isoWeekMonday(2022, 11)).toEqual({ y: 2022, m: 3, d: 14 });
  });
  it("clamps month arithmetic to the month's length", () => {
    expect(addMonths({ y: 2024, m: 1, d: 31 }, 1)).toEqual({ y: 2024, m: 2, d: 29 });
    expect(addMonths({ y: 2022, m: 1, d: 15 }, -1)).toEqual({ y: 2021, m: 12, d: 15 });
  });
  it("reads the day of ISO dates and datetimes, and rejects impossible days", () => {
    expect(parseIsoDay("2022-03-24T23:59:00-05:00")).toEqual({ y: 2022, m: 3, d: 24 });
    expect(parseIsoDay("2022-02-30")).toBeNull();
    expect(parseIsoDay(null)).toBeNull();
  });
  it("gives the calendar range of each kind of value", () => {
    expect(rangeOfValue("2022-W11")).toEqual({
      start: "2022-03-14",
      end: "2022-03-20",
      granularity: "week",
    });
    expect(rangeOfValue("2022-Q1")).toEqual({
      start: "2022-01-01",
      end: "2022-03-31",
      granularity: "quarter",
    });
    expect(rangeOfValue("2019")).toEqual({
      start: "2019-01-01",
      end: "2019-12-31",
      granularity: "year",
    });
    expect(rangeOfValue("2022-02")).toEqual({
      start: "2022-02-01",
      end: "2022-02-28",
      granularity: "month",
    });
    expect(rangeOfValue("2021-WI")).toEqual({
      start: "2021-12-01",
      end: "2022-02-28",
      granularity: "range",
    });
    expect(rangeOfValue("199")).toEqual({
      start: "1990-01-01",
      end: "1999-12-31",
      granularity: "range",
    });
    expect(rangeOfValue("2022-03-24TEV")?.granularity).toBe("day");
    expect(rangeOfValue("2022-W12-WE")).toEqual({
      start: "2022-03-26",
      end: "2022-03-27",
      granularity: "range",
    });
  });
  it("gives no range to placeholders, references and durations", () => {
    for (const v of ["XXXX-WXX-4", "PRESENT_REF", "P4W", "XXXX-03", "BC0490", "2022-XX-XX"]) {
      expect(rangeOfValue(v)).toBeNull();
    }
  });
});
