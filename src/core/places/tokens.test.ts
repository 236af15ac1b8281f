import { describe, expect, it } from "vitest";
import { isSpaceGap, tokenize } from "./tokens";

const caps = (text: string) => tokenize(text).map((t) => [t.text, t.cap, t.allCaps]);

describe("tokenize", () => {
  it("marks capitalised and all-capital words, ASCII or not", () => {
    expect(caps("Écija and état near NATO's Oslo office, the US and Us")).toEqual([
      ["Écija", true, false],
      ["and", false, false],
      ["état", false, false],
      ["near", false, false],
      ["NATO's", true, true],
      ["Oslo", true, false],
      ["office", false, false],
      ["the", false, false],
      ["US", true, true],
      ["and", false, false],
      ["Us", true, false],
    ]);
  });
  it("counts an elided article before a capital as a capitalised name", () => {
    expect(caps("d'Alema met l’Aquila officials; d'accord")).toEqual([
      ["d'Alema", true, false],
      ["met", false, false],
      ["l’Aquila", true, false],
      ["officials", false, false],
      ["d'accord", false, false],
    ]);
  });
  it("calls a gap of spaces and tabs only a space gap", () => {
    expect([" ", " \t ", "\t"].map(isSpaceGap)).toEqual([true, true, true]);
    expect(["", " \n", ", ", "\u00a0", "-", " ."].map(isSpaceGap)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
