import { describe, expect, it } from "vitest";
import { splitPassages } from "../text/passages";
import { groupRepeatedPassages } from "./repeats";

describe("groupRepeatedPassages", () => {
  it("treats a caption repeated in two quote styles as one passage", () => {
    const text =
      "Pictured: the ferry at Lunde’s pier after the storm on June 2.\n\n" +
      "Other news.\n\n" +
      "Pictured: the ferry at Lunde's pier after the storm on June 2.";
    const groups = groupRepeatedPassages(text, splitPassages(text));
    expect(groups).toHaveLength(2);
    const ferry = groups.find((g) => g.others.length === 1)!;
    expect(text.slice(ferry.canonical.start, ferry.canonical.end)).toContain("Lunde’s");
  });

  it("folds a repeat with a fragment glued on front into the bare passage", () => {
    const bare = "Volunteers cleared the beach at Ostby before the regatta on Saturday.";
    const text = `${bare}\n\n1650000000 12 Weekend roundup ${bare}`;
    const groups = groupRepeatedPassages(text, splitPassages(text));
    expect(groups).toHaveLength(1);
    expect(text.slice(groups[0]!.canonical.start, groups[0]!.canonical.end)).toBe(bare);
  });

  it("keeps short identical lines and different sentences apart from longer ones", () => {
    const text = "He said no.\n\nThe mayor of Brask said no to the plan on Friday evening.";
    expect(groupRepeatedPassages(text, splitPassages(text))).toHaveLength(2);
  });
});

describe("groupRepeatedPassages, chaining", () => {
  it("does not let a headline glued in front of a caption pull the caption into the headline's group", () => {
    const head = "Harbour authority orders new ferries for the islands";
    const cap =
      "Workers paint the hull of a ferry in the dry dock at Skagen, where the first ship was launched on April 4.";
    const text = `${head}\n\n${head} to protect the routes\n\n1650000000 7 ${head} ${cap}\n\n${cap}`;
    const groups = groupRepeatedPassages(text, splitPassages(text));
    const texts = groups.map((g) => text.slice(g.canonical.start, g.canonical.end));
    expect(texts).toContain(cap);
  });
});
