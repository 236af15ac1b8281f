import { describe, expect, it } from "vitest";
import { resolveOverlaps } from "./resolveOverlaps";
import { ctxOf } from "./testing";
import type { Draft } from "./types";

const d = (start: number, end: number, by: string): Draft => ({
  start,
  end,
  text: "",
  type: "DATE",
  value: "",
  by,
  meaning: { k: "fixed", value: "2019" },
});

describe("resolveOverlaps", () => {
  it("keeps the longest expression and then the earlier stage, in text order", () => {
    const kept = resolveOverlaps(ctxOf(""), [
      d(10, 14, "year"),
      d(0, 14, "full"),
      d(20, 24, "a"),
      d(20, 24, "b"),
    ]);
    expect(kept.map((k) => k.by)).toEqual(["full", "a"]);
  });
});
