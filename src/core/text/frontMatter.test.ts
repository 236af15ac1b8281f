import { describe, expect, it } from "vitest";
import { parseFrontMatter } from "./frontMatter";

describe("parseFrontMatter", () => {
  it("reads the contract's keys and returns the body", () => {
    const r = parseFrontMatter(
      '---\ntitle: "Harbour reopens"\npublished: 2020-02-03\nauthor: x\n---\nBody text.',
    );
    expect(r.meta).toEqual({ title: "Harbour reopens", published: "2020-02-03" });
    expect(r.body).toBe("Body text.");
  });

  it("leaves text without front matter alone", () => {
    expect(parseFrontMatter("No block here.\n---\n")).toEqual({
      meta: {},
      body: "No block here.\n---\n",
    });
  });

  it("reports a block that never closes and keeps the whole text", () => {
    const r = parseFrontMatter("---\ntitle: broken\nThe story.");
    expect(r.problem).toMatch(/never closed/);
    expect(r.body).toBe("---\ntitle: broken\nThe story.");
  });
});

describe("parseFrontMatter and Markdown dividers", () => {
  it("keeps text that opens with a --- divider rather than metadata", () => {
    const text = "---\n\nThe first part of the story.\n\n---\n\nThe second part.";
    expect(parseFrontMatter(text)).toEqual({ meta: {}, body: text });
    expect(parseFrontMatter("---\nJust a line\nand more")).toEqual({
      meta: {},
      body: "---\nJust a line\nand more",
    });
  });
});
