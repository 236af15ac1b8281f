import { describe, expect, it } from "vitest";
import { figures, scoreDocument, type ScoredTimex } from "./datesScore";

const t = (start: number, end: number, value: string | null): ScoredTimex => ({
  start,
  end,
  type: "DATE",
  value,
});

describe("scoreDocument (TempEval-3)", () => {
  it("counts exact spans as strict, overlaps as relaxed, one to one", () => {
    const gold = [t(0, 8, "2022-03-24"), t(20, 30, "2022-W11"), t(40, 45, null)];
    // One long system timex overlaps two gold ones: it may claim only one.
    const sys = [t(0, 8, "2022-03-24"), t(18, 46, "2022-W11"), t(60, 64, "2019")];
    const s = scoreDocument(gold, sys);
    expect(s.counts).toEqual({ gold: 3, sys: 3, strict: 1, relaxed: 2, valueOk: 2 });
    expect(s.missed).toEqual([gold[2]]);
    expect(s.spurious).toEqual([sys[2]]);
  });

  it("never counts a gold timex without a value as a value match", () => {
    expect(scoreDocument([t(0, 4, null)], [t(0, 4, "PRESENT_REF")]).counts.valueOk).toBe(0);
  });

  it("computes value F1 as relaxed F1 times value accuracy", () => {
    const f = figures({ gold: 10, sys: 8, strict: 6, relaxed: 8, valueOk: 6 });
    expect(f.relaxedP).toBe(1);
    expect(f.relaxedR).toBeCloseTo(0.8);
    expect(f.valueAcc).toBeCloseTo(0.75);
    expect(f.valueF).toBeCloseTo(f.relaxedF * 0.75);
  });
});
