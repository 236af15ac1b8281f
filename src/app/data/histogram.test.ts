import { describe, expect, it } from "vitest";
import type { DatelineEvent } from "../../core/contract";
import { toDayNumber } from "./calendar";
import { dayColumns } from "./datasetIndex";
import { dateBands, densityHistogram } from "./histogram";

function event(start: string, end: string): DatelineEvent {
  const span = { doc: "d", start: 0, end: 1 };
  return {
    id: start + end,
    doc: "d",
    start: 0,
    end: 1,
    text: "x",
    date: { start, end, granularity: "range", text: "x", span },
    places: [],
  };
}

describe("densityHistogram", () => {
  it("spreads a long event thinly and keeps the total weight equal to the event count", () => {
    const events = [
      event("2031-01-01", "2031-12-31"),
      event("2031-03-10", "2031-03-10"),
      event("2031-03-10", "2031-03-10"),
    ];
    const h = densityHistogram(dayColumns(events), { start: "2031-01-01", end: "2031-12-31" });
    expect(h.bins.length).toBeLessThanOrEqual(72);
    expect(h.bins.reduce((a, b) => a + b, 0)).toBeCloseTo(3);
    const marchBin = Math.floor((toDayNumber("2031-03-10") - h.firstDay) / h.daysPerBin);
    expect(h.bins.reduce((a, b) => Math.max(a, b), 0)).toBe(h.bins[marchBin]);
  });

  it("pads a one-day span so the strip is readable", () => {
    const h = densityHistogram(dayColumns([event("2031-05-05", "2031-05-05")]), {
      start: "2031-05-05",
      end: "2031-05-05",
    });
    expect(h.lastDay - h.firstDay + 1).toBeGreaterThanOrEqual(14);
    expect(h.bins.filter((b) => b > 0)).toEqual([1]);
  });

  it("shows the dense core and counts a far outlier in the first bin", () => {
    const march = ["01", "03", "05", "08", "10", "12", "15", "17", "20", "22"].map((d) =>
      event(`2031-03-${d}`, `2031-03-${d}`),
    );
    const events = [event("2019-01-01", "2019-12-31"), ...march];
    const h = densityHistogram(dayColumns(events), { start: "2019-01-01", end: "2031-03-22" });
    expect(h.firstDay).toBeGreaterThan(toDayNumber("2031-02-01"));
    expect(h.earlier).toBe(1);
    expect(h.bins.reduce((a, b) => a + b, 0)).toBeCloseTo(11);
  });
});

describe("dateBands", () => {
  it("draws one band per distinct multi-day range, none for a single day, overlaps on new rows", () => {
    const bands = dateBands(
      [
        event("2019-01-01", "2019-12-31"),
        event("2019-01-01", "2019-12-31"),
        event("2019-03-01", "2019-03-07"),
        event("2019-03-05", "2019-03-05"),
        event("2020-01-01", "2020-01-31"),
      ],
      (e) => e.date.start,
    );
    expect(bands.map((b) => [b.label, b.count, b.row])).toEqual([
      ["2019-01-01", 2, 0],
      ["2019-03-01", 1, 1],
      ["2020-01-01", 1, 0],
    ]);
    expect(bands[0]!.endDay - bands[0]!.startDay + 1).toBe(365);
  });
});
