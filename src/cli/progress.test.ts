import { describe, expect, it } from "vitest";
import { formatProgress } from "./progress";

describe("formatProgress", () => {
  it("gives done/total, cached, rates and the time left at the current rate", () => {
    expect(formatProgress({ done: 50, total: 150, cached: 10, bytes: 2e6, seconds: 10 })).toBe(
      "extract: 50/150 articles (10 cached), 5.0 articles/s, 0.20 MB/s, 20 s left",
    );
    expect(formatProgress({ done: 10, total: 7210, cached: 0, bytes: 1e5, seconds: 5 })).toBe(
      "extract: 10/7210 articles (0 cached), 2.0 articles/s, 0.02 MB/s, 1 h 0 min left",
    );
  });

  it("adds the queue's jobs when extracting through one", () => {
    const queue = { waiting: 120, active: 4, failed: 1 };
    expect(formatProgress({ done: 5, total: 130, cached: 0, bytes: 1e6, seconds: 5, queue })).toBe(
      "extract: 5/130 articles (0 cached), 1.0 articles/s, 0.20 MB/s, 2 min 5 s left; " +
        "jobs 120 waiting, 4 active, 1 failed",
    );
  });

  it("does not guess a time left before anything is done", () => {
    expect(formatProgress({ done: 0, total: 9, cached: 0, bytes: 0, seconds: 0 })).toBe(
      "extract: 0/9 articles (0 cached), 0.0 articles/s, 0.00 MB/s, ? left",
    );
  });
});
