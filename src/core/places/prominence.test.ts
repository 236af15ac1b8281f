// Joint resolution on the real gazetteer: famous places whose small namesakes sit together in one
// US state must not drag one another there. The sentences are written for this test.
import { beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../../cli/loadGazetteer";
import type { Gazetteer } from "./gazetteer";
import { findPlaces } from "./index";

let gaz: Gazetteer;
beforeAll(async () => {
  gaz = await loadGazetteer();
}, 120_000);

const countries = (text: string): string[] =>
  findPlaces(text, gaz).map((m) => `${m.text}:${m.place.country ?? ""}`);

describe("prominence in joint resolution", () => {
  it("keeps famous places abroad when only their namesakes cluster", () => {
    expect(countries("Protests spread from Paris to Athens, Versailles and Lebanon.")).toEqual(
      expect.arrayContaining(["Paris:FR", "Athens:GR", "Lebanon:LB"]),
    );
    expect(countries("Rain fell on Paris, Athens, Cairo and Moscow.")).toEqual([
      "Paris:FR",
      "Athens:GR",
      "Cairo:EG",
      "Moscow:RU",
    ]);
  });

  it("keeps prominent cities when their namesakes cluster or their state is named elsewhere", () => {
    expect(
      countries(
        "The conference in Leeds heard delegates from Bristol and Manchester; speakers cited " +
          "drought in Virginia and the harbour works in Alexandria.",
      ),
    ).toEqual(expect.arrayContaining(["Leeds:GB", "Bristol:GB", "Alexandria:EG"]));
  });

  it("does not let small namesakes of a story's towns hold one another up abroad", () => {
    const text =
      "Rail strikes hit Manchester, Leeds and York. Commuters in Reading and Oxford faced " +
      "delays, and Cambridge station closed.";
    expect(countries(text).every((c) => c.endsWith(":GB"))).toBe(true);
  });

  it("reads a list of towns before a province as a list, not suburbs inside one another", () => {
    expect(
      countries("Ottawa announced new funding for Hamilton, Windsor and London, Ontario."),
    ).toEqual(["Ottawa:CA", "Hamilton:CA", "Windsor:CA", "London:CA", "Ontario:CA"]);
  });

  it("gives a capital's dateline its capital, not a village among the story's namesakes", () => {
    expect(
      countries(
        "WASHINGTON (AP) - The senator from Georgia met envoys from Lebanon and Jordan. Later " +
          "she flew to Athens to meet Greek officials, then to Paris.",
      )[0],
    ).toBe("WASHINGTON:US");
  });

  it("still follows a state named beside a town", () => {
    expect(countries("The plant in Paris, Texas, closed.")).toEqual(["Paris:US", "Texas:US"]);
  });
});
