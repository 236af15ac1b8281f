import { describe, expect, it } from "vitest";
import { isBylineLine } from "./byline";

describe("isBylineLine", () => {
  it("knows bylines and publication stamps", () => {
    for (const line of [
      "By Staff Reporter, Lisbon · Published March 4, 2024",
      "By Anna Berg and Tom Okafor | Updated 10:42 a.m. GMT, 5 June 2023",
      "Published: 12 February 2021",
      "Last updated on Friday, 9 July 2021 at 14:05",
      "BY MARIA LOPEZ",
    ]) {
      expect(isBylineLine(line), line).toBe(true);
    }
  });
});
