import { describe, expect, it } from "vitest";
import { isBylineLine } from "./byline";

// Sentences that open like a byline or a stamp but report something.
describe("isBylineLine: sentences stay sentences", () => {
  it("rejects lines that go on in ordinary words", () => {
    for (const line of [
      "By Tuesday, the army had withdrawn from the valley.",
      "By March 2020 the river had burst its banks twice.",
      "By Staff Reporter the mayor meant the whole newsroom, he said on Monday.",
      "Updated figures showed on Monday that exports fell.",
      "Posted guards stood at the gate on 3 May 2022.",
      "The council published its budget on Thursday.",
      "",
    ]) {
      expect(isBylineLine(line), line).toBe(false);
    }
  });
});
