// Text that must yield no date, and durations that must not become dates.
import { describe, expect, it } from "vitest";
import { tagTimexes } from "./index";

const tag = (text: string) => tagTimexes(text, { published: "2022-03-24", genre: "news" });

describe("no dates here", () => {
  it.each([
    "The bill may pass if senators march on the capital.",
    "Shares fell 1,500 points as 2000 workers walked out.",
    "The fall in prices and a spring in the valley.",
    "A second group arrived; the first group left.",
    "The 6-year-old and his 52 years old uncle cheered.",
    "Room 1204 is on the fourth floor, flight 2001 left from gate 12.",
    "He scored three-quarters of the points.",
    "The current account deficit widened as futures contracts fell.",
    "Call 555-1990 or write to PO Box 2020-A.",
    "Orders shipped as soon as possible.",
    "The air force flies the EF-2000 and the T2000 trainer; the 2000-XL radar is new.",
    "Dockers unloaded 1200 crates and 1500 barrels while 1999 volunteers watched.",
  ])("finds nothing in %j", (text) => {
    expect(tag(text)).toEqual([]);
  });
});

describe("durations stay durations", () => {
  it.each([
    ["The ceasefire will hold for a month.", "a month", "P1M"],
    ["Elections are due in four weeks.", "four weeks", "P4W"],
    ["The blockade lasted 24 hours.", "24 hours", "PT24H"],
    ["Talks ran for six days.", "six days", "P6D"],
  ])("%j", (text, extent, value) => {
    const t = tag(text);
    expect(t.map((x) => [x.text, x.type, x.value])).toEqual([[extent, "DURATION", value]]);
    expect(t[0]?.range).toBeUndefined();
  });
  it("keeps sets without a range", () => {
    const t = tag("The shelters open each season and the clinic every Monday.");
    expect(t.every((x) => x.type === "SET" && x.range === undefined)).toBe(true);
    expect(t).toHaveLength(2);
  });
});

describe("values stay well-formed TIMEX3", () => {
  const values = (text: string, published = "2022-03-24") =>
    tagTimexes(text, { published, genre: "news" }).map((t) => t.value);
  it("keeps X values for shifts out of the four-digit years or by a fraction of a quarter", () => {
    for (const v of [
      ...values("Rocks formed 10000000 years ago."),
      ...values("It will be ready 9999 years later."),
      ...values("Sales fell 1.5 quarters ago."),
    ]) {
      expect(v).toMatch(/^(?:\d{4}|X{4})(?:-|$)|^[A-Z]+_REF$|^P/);
    }
  });

  it("gives February 29 no day in a common year", () => {
    const v = values("The fair opened on February 29.", "1995-06-01");
    expect(v.every((x) => x !== "1995-02-29")).toBe(true);
  });
});

describe("years before a plural noun", () => {
  it("keeps a year that a determiner or a preposition puts on the calendar", () => {
    const found = tagTimexes(
      "Its 1999 profits beat the 1998 results, and in 1990 elections were held.",
      {
        published: "2001-01-01",
        genre: "news",
      },
    ).map((t) => t.value);
    expect(found).toEqual(["1999", "1998", "1990"]);
  });
});
