import { describe, expect, it } from "vitest";
import { lowerCaseWords, personNames } from "./persons";
import { testWorld } from "./testing";
import { tokenize } from "./tokens";

const gaz = testWorld();
const surnames = (text: string): string[] => {
  const tokens = tokenize(text);
  return [...personNames(text, tokens, gaz, lowerCaseWords(tokens))].sort();
};

describe("personNames", () => {
  it("takes surnames after given names, titles and initials", () => {
    expect(surnames("Jack London and Mayor Tyler met Ada M. Quenby.")).toEqual([
      "london",
      "quenby",
      "tyler",
    ]);
  });

  it("takes a bare name before an age or a verb of saying", () => {
    expect(surnames("Brackton, 54, was charged. Velkin said nothing.")).toEqual([
      "brackton",
      "velkin",
    ]);
  });

  it("takes a large town's name after an unknown word when the pair is set off by commas", () => {
    expect(surnames("Its new leader, Olwen Strelsau, flew in.")).toEqual(["strelsau"]);
    expect(surnames("Its new leader flew to Olwen Strelsau on Monday.")).toEqual([]);
  });

  it("never takes a country or region for a surname", () => {
    expect(surnames("Jack Georgia and Ruritania said so.")).toEqual([]);
  });

  it("takes a province's name for a surname only where a surname stands", () => {
    expect(surnames("Sgt. Amos Nordmark and Lucy T. Nordmark spoke.")).toEqual(["nordmark"]);
    expect(surnames("Nordmark said so. Nordmark, 54, was there.")).toEqual([]);
  });

  it("leaves places after prepositions alone", () => {
    expect(surnames("Flights from Tyler said to be late.")).toEqual([]);
  });

  it("takes a large town's name after an unknown given name when a verb of saying follows", () => {
    expect(surnames("Ilsa Strelsau said the talks failed.")).toEqual(["strelsau"]);
    // Without the verb, a large town's name keeps its benefit of the doubt.
    expect(surnames("Ilsa Strelsau met the press.")).toEqual([]);
    // An article marks an institution's name: "the Ilsa Strelsau" is no person.
    expect(surnames("The ruling of the Ilsa Strelsau said little.")).toEqual([]);
  });

  it("takes a small town's name before government, not a large one's", () => {
    expect(surnames("The Quenby government fell.")).toEqual(["quenby"]);
    expect(surnames("The Strelsau government fell.")).toEqual([]);
  });

  it("takes both words of a two-word name before an age", () => {
    expect(surnames("Quenby Strelsau, 34, sells maize.")).toEqual(["quenby", "strelsau"]);
    expect(surnames("Mayor Strelsau, 61, spoke.")).toEqual(["strelsau"]);
  });

  it("takes the surname of a full name after an office in lower case", () => {
    expect(surnames("The opposition leader Yoshi Strelsau pressed on.")).toEqual(["strelsau"]);
    expect(surnames("A major Strelsau hotel closed.")).toEqual([]);
  });
});
