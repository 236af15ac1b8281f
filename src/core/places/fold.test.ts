import { describe, expect, it } from "vitest";
import { foldName, slugify } from "./fold";

describe("foldName", () => {
  it("drops diacritics, apostrophes and transliteration primes", () => {
    expect(foldName("Kraków")).toBe(foldName("Krakow"));
    expect(foldName("Dnipropetrovs’k")).toBe("dnipropetrovsk");
    expect(foldName("Łódź")).toBe("lodz");
  });
  it("treats hyphens, case and a leading article alike", () => {
    expect(foldName("Rostov-on-Don")).toBe("rostov on don");
    expect(foldName("The Hague")).toBe("hague");
    expect(foldName("NEW YORK")).toBe("new york");
  });
  it("expands abbreviated first words", () => {
    expect(foldName("St. Louis")).toBe("saint louis");
    expect(foldName("Ft. Worth")).toBe("fort worth");
    expect(foldName("Mt Vernon")).toBe("mount vernon");
  });
  it("slugs ids", () => {
    expect(slugify("Ramstein Air Base")).toBe("ramstein-air-base");
  });
});
