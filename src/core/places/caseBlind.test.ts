import { describe, expect, it } from "vitest";
import { isCaseBlind } from "./caseBlind";
import { recognizePlaces } from "./recognize";
import { testWorld } from "./testing";
import { tokenize } from "./tokens";

const gaz = testWorld();
const spans = (text: string): string[] => recognizePlaces(text, gaz).map((m) => m.text);

// Written for these tests in the style of lower-cased 1980s wire copy.
const BLIND =
  "the storm hit ruritania on tuesday. damage was worst in the nordmark region and in velkin, " +
  "officials said, while the city of szohod was spared. the time to rebuild is not known.";

describe("case-blind text", () => {
  it("is told from ordinary text by a country and a weekday in lower case", () => {
    expect(isCaseBlind(tokenize(BLIND), gaz)).toBe(true);
    expect(isCaseBlind(tokenize("The storm hit Ruritania on Tuesday."), gaz)).toBe(false);
    // Nor are a web address and a lower-case line.
    expect(isCaseBlind(tokenize("More: example.com/ruritania-news\nthanks for reading"), gaz)).toBe(
      false,
    );
    // A country's name in lower case alone is not enough.
    expect(isCaseBlind(tokenize("The ruritania brand sold well on Tuesday."), gaz)).toBe(false);
  });

  it("reads countries, headed names and names after prepositions of place", () => {
    expect(spans(BLIND)).toEqual(["ruritania", "nordmark region", "velkin", "szohod"]);
  });

  it("leaves lower-case names alone in ordinary text", () => {
    expect(spans("Damage was worst in velkin and the nordmark region of Ruritania.")).toEqual([
      "Ruritania",
    ]);
  });
});
