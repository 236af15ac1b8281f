import { describe, expect, it } from "vitest";
import { recogniseCalendarDates } from "./recogniseCalendarDates";
import { ctxOf } from "./testing";

const found = (text: string) =>
  recogniseCalendarDates(ctxOf(text), []).map((d) => [d.text, d.meaning]);

describe("recogniseCalendarDates", () => {
  it("reads a day in words after or before the month", () => {
    // Recognisers propose overlapping spans ("June" too); the longest wins later.
    expect(found("The quay reopened on June nine.")).toContainEqual([
      "June nine",
      { k: "calendar", month: 6, day: 9 },
    ]);
    expect(found("Polls close on October twenty-two, 2023 at dusk.")).toContainEqual([
      "October twenty-two, 2023",
      { k: "calendar", year: 2023, month: 10, day: 22 },
    ]);
    expect(found("It began on the fourteenth of June.")).toContainEqual([
      "the fourteenth of June",
      { k: "calendar", month: 6, day: 14 },
    ]);
    // "May" the modal, with a number as its object.
    expect(found("May one day bring peace.")).toEqual([]);
  });
  it("reads full dates in both orders, with or without a weekday", () => {
    expect(found("The pact was signed on March 3, 2021 in Velmora.")).toContainEqual([
      "March 3, 2021",
      { k: "calendar", year: 2021, month: 3, day: 3 },
    ]);
    expect(found("Signed on Tuesday, 3 March 2020.")).toContainEqual([
      "Tuesday, 3 March 2020",
      { k: "calendar", year: 2020, month: 3, day: 3 },
    ]);
    expect(found("It ended Sept. 30.")).toContainEqual([
      "Sept. 30",
      { k: "calendar", month: 9, day: 30 },
    ]);
  });
  it("reads years, BC years, decades, centuries and ISO dates", () => {
    expect(found("In 2019 the mill closed.")).toContainEqual([
      "2019",
      { k: "fixed", value: "2019" },
    ]);
    expect(found("Founded in 490 BC by settlers.")).toContainEqual([
      "490 BC",
      { k: "fixed", value: "BC0490" },
    ]);
    expect(found("Prices rose in the 1990s.")).toContainEqual([
      "the 1990s",
      { k: "fixed", value: "199" },
    ]);
    expect(found("Built in the 19th century.")).toContainEqual([
      "the 19th century",
      { k: "fixed", value: "18" },
    ]);
    expect(found("Filed 2022-03-24T10:15 by the clerk.")).toContainEqual([
      "2022-03-24T10:15",
      { k: "fixed", value: "2022-03-24T10:15" },
    ]);
  });
  it("takes May and March as months only where a time is introduced", () => {
    expect(found("The talks resumed in May.").map((f) => f[0])).toContain("May");
    expect(found("Officials May resign. Troops March north.")).toEqual([]);
    expect(found("The May runoff drew few voters.").map((f) => f[0])).toEqual(["May"]);
    expect(found("The March on Varnholt began at dawn.")).toEqual([]);
  });
  it("does not take counts for years", () => {
    expect(found("About 1500 soldiers and 2000 men crossed.")).toEqual([]);
  });
});

describe("spoken years", () => {
  it("reads years said aloud, and not counts", () => {
    expect(found("It began in nineteen seventy-nine.")).toContainEqual([
      "nineteen seventy-nine",
      { k: "fixed", value: "1979" },
    ]);
    expect(found("by two thousand and four")).toContainEqual([
      "two thousand and four",
      { k: "fixed", value: "2004" },
    ]);
    expect(found("nineteen people and two thousand troops")).toEqual([]);
  });
});

describe("numeric and shorthand dates", () => {
  it("reads numeric dates only when the order is clear", () => {
    expect(found("Filed 3/24/2022 and 24.03.2022.")).toEqual([
      ["3/24/2022", { k: "fixed", value: "2022-03-24" }],
      ["24.03.2022", { k: "fixed", value: "2022-03-24" }],
    ]);
    expect(found("Filed 03/04/2022.")).toEqual([]);
  });
  it("reads quarter shorthand and abbreviated months without a full stop", () => {
    // The bare "2022" inside "Q1 2022" is also found here; overlap resolution keeps the longer.
    expect(found("Sales in Q1 2022 beat Q3.")).toContainEqual([
      "Q1 2022",
      { k: "fixed", value: "2022-Q1" },
    ]);
    expect(found("Sales in Q1 2022 beat Q3.")).toContainEqual(["Q3", { k: "quarter", q: 3 }]);
    expect(found("Posted Mar 24, 2022")).toContainEqual([
      "Mar 24, 2022",
      { k: "calendar", year: 2022, month: 3, day: 24 },
    ]);
  });
});
