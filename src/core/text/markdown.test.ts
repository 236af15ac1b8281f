import { describe, expect, it } from "vitest";
import { markdownToText } from "./markdown";

describe("markdownToText", () => {
  it("reads headings, emphasis, links, images, code, bullets and quotes as their words", () => {
    const md = [
      "# Ferry service *resumes* ##",
      "",
      "The **harbour board** said on _Monday_ that [the ferry](https://example.org/f) runs again.",
      "![Crowds at the pier](pier.jpg)",
      "- Tickets cost `4 pounds` at the kiosk.",
      "1. Boarding starts at noon.",
      '> "We waited weeks," one ~~driver~~ passenger said.',
      "See [the timetable][tt].",
      "[tt]: https://example.org/tt",
    ].join("\n");
    expect(markdownToText(md).split("\n")).toEqual([
      "Ferry service resumes",
      "",
      "The harbour board said on Monday that the ferry runs again.",
      "Crowds at the pier",
      "Tickets cost 4 pounds at the kiosk.",
      "Boarding starts at noon.",
      '"We waited weeks," one driver passenger said.',
      "See the timetable.",
      "",
    ]);
  });

  it("keeps one line per line, so passages end where the author ended them", () => {
    const md = "Title\n=====\n\nFirst.\n\n---\n\nSecond.";
    const out = markdownToText(md);
    expect(out.split("\n")).toHaveLength(md.split("\n").length);
    expect(out).toBe("Title\n\n\nFirst.\n\n\n\nSecond.");
  });

  it("leaves what only looks like markup: arithmetic, snake_case, escapes, code", () => {
    expect(markdownToText("Costs rose 5 * 3 * 2 times in file_name_here.")).toBe(
      "Costs rose 5 * 3 * 2 times in file_name_here.",
    );
    expect(markdownToText("A \\*starred\\* word and `a *b* c`.")).toBe(
      "A *starred* word and a *b* c.",
    );
    expect(markdownToText("```\n# not a heading\n```")).toBe("\n# not a heading\n");
  });
});
