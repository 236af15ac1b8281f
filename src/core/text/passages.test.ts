import { describe, expect, it } from "vitest";
import { splitPassages } from "./passages";

const slices = (text: string) => splitPassages(text).map((p) => text.slice(p.start, p.end));

describe("splitPassages", () => {
  it("ends sentences at full stops before a capital", () => {
    expect(slices("The council met in Varnholt. It voted to close the bridge.")).toEqual([
      "The council met in Varnholt.",
      "It voted to close the bridge.",
    ]);
  });

  it("keeps abbreviations, initials and dotted acronyms inside the sentence", () => {
    const text = "Gen. Tomas Ek of the U.S. Army spoke. J. R. Mallory said No. 4 was shut.";
    expect(slices(text)).toEqual([
      "Gen. Tomas Ek of the U.S. Army spoke.",
      "J. R. Mallory said No. 4 was shut.",
    ]);
  });

  it("splits on line breaks and keeps closing quotes with their sentence", () => {
    const text = "Headline here\n\n“We will hold,” she said. “Nobody leaves.”\nCaption: a bridge.";
    expect(slices(text)).toEqual([
      "Headline here",
      "“We will hold,” she said.",
      "“Nobody leaves.”",
      "Caption: a bridge.",
    ]);
  });

  it("gives offsets that index the text", () => {
    const text = "  One.  Two!  ";
    for (const p of splitPassages(text))
      expect(text.slice(p.start, p.end).trim()).toBe(text.slice(p.start, p.end));
  });
});

describe("splitPassages on run-on text", () => {
  it("cuts a very long sentence at clause breaks into passages of bounded length", () => {
    const text = "The dyke held at Morva, ".repeat(200) + "and the water fell.";
    const passages = splitPassages(text);
    expect(passages.length).toBeGreaterThan(5);
    for (const p of passages) expect(p.end - p.start).toBeLessThanOrEqual(600);
    expect(passages.map((p) => text.slice(p.start, p.end)).join(" ")).toBe(text.trim());
  });
});

describe("splitPassages on long runs of stops", () => {
  it("handles a long run of dots without backtracking from every dot", () => {
    const text = `Wait${".".repeat(20_000)} Then it rained.`;
    const passages = splitPassages(text);
    const last = passages.at(-1)!;
    expect(text.slice(last.start, last.end)).toBe("Then it rained.");
  });
});
