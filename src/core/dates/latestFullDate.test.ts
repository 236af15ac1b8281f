import { describe, expect, it } from "vitest";
import { latestFullDate } from "./latestFullDate";

describe("latestFullDate", () => {
  it("returns the latest date written with day, month and year, with its span", () => {
    const text =
      "The fair opened on 2 May 2021. Its successor, announced March 3, 2022, follows in June 2022.";
    const got = latestFullDate(text);
    expect(got?.date).toBe("2022-03-03");
    expect(text.slice(got!.start, got!.end)).toBe("March 3, 2022");
  });
  it("ignores dates without a year and returns null when none is full", () => {
    expect(latestFullDate("On March 3 and in 2021 the fair opened.")).toBeNull();
  });
});
