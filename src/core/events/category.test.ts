import { describe, expect, it } from "vitest";
import { categorizePassage } from "./category";

describe("categorizePassage", () => {
  it("reads the dominant vocabulary of a passage", () => {
    expect(
      categorizePassage(
        "Artillery shelled the town of Brel overnight and two tanks were destroyed.",
      ),
    ).toBe("military");
    expect(
      categorizePassage("The foreign ministers met in Tavra for talks and agreed on a statement."),
    ).toBe("diplomacy");
    expect(
      categorizePassage("New sanctions froze the assets of three banks and banned oil exports."),
    ).toBe("economy");
    expect(
      categorizePassage("Thousands of refugees fled as aid convoys reached the hospital."),
    ).toBe("humanitarian");
  });

  it("says other when nothing matches", () => {
    expect(categorizePassage("The choir sang on Sunday.")).toBe("other");
  });

  it("matches at word starts only", () => {
    // "reshelled" must not count as "shell"; "Oilers" is a word start for "oil", a known limit.
    expect(categorizePassage("The bakery reshelled its walnuts.")).toBe("other");
  });
});
