import { describe, expect, it } from "vitest";
import {
  formatDayRange,
  formatEventDate,
  isIsoDate,
  rangesOverlap,
  toDayNumber,
  toIsoDate,
} from "./calendar";
import type { DatelineEvent } from "../../core/contract";

const span = { doc: "d", start: 0, end: 1 };
const date = (
  start: string,
  end: string,
  granularity: DatelineEvent["date"]["granularity"],
): DatelineEvent["date"] => ({ start, end, granularity, text: "x", span });

describe("calendar", () => {
  it("round-trips day numbers, including leap days and years before 100", () => {
    for (const iso of ["1970-01-01", "2024-02-29", "1999-12-31", "0079-08-24"]) {
      expect(toIsoDate(toDayNumber(iso))).toBe(iso);
    }
    expect(toDayNumber("1970-01-02")).toBe(1);
  });

  it("rejects impossible dates", () => {
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-1-01")).toBe(false);
    expect(isIsoDate("2024-02-29")).toBe(true);
  });

  it("labels events by granularity", () => {
    expect(formatEventDate(date("2031-05-15", "2031-05-15", "day"))).toBe("Thu 15 May 2031");
    expect(formatEventDate(date("2031-05-12", "2031-05-18", "week"))).toBe("Week of 12 May 2031");
    expect(formatEventDate(date("2031-05-01", "2031-05-31", "month"))).toBe("May 2031");
    expect(formatEventDate(date("2031-04-01", "2031-06-30", "quarter"))).toBe("Q2 2031");
    expect(formatEventDate(date("2019-01-01", "2019-12-31", "year"))).toBe("2019");
    expect(formatEventDate(date("2031-05-12", "2031-05-16", "range"))).toBe("12–16 May 2031");
  });

  it("shortens ranges by what the ends share", () => {
    expect(formatDayRange("2031-02-27", "2031-03-02")).toBe("27 Feb – 2 Mar 2031");
    expect(formatDayRange("2030-12-30", "2031-01-02")).toBe("30 Dec 2030 – 2 Jan 2031");
  });

  it("treats the filter as inclusive on both ends and open when unset", () => {
    expect(rangesOverlap("2031-05-01", "2031-05-31", "2031-05-31", null)).toBe(true);
    expect(rangesOverlap("2031-05-01", "2031-05-31", null, "2031-05-01")).toBe(true);
    expect(rangesOverlap("2031-05-01", "2031-05-31", "2031-06-01", null)).toBe(false);
    expect(rangesOverlap("2031-05-01", "2031-05-31", null, null)).toBe(true);
  });
});
