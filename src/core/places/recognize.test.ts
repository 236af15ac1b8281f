import { describe, expect, it } from "vitest";
import { recognizePlaces } from "./recognize";
import { testWorld } from "./testing";

const gaz = testWorld();
const spans = (text: string): string[] => recognizePlaces(text, gaz).map((m) => m.text);

describe("recognizePlaces", () => {
  it("finds names after prepositions and in lists", () => {
    expect(spans("Troops moved from Strelsau to Quenby and Szohod on Monday.")).toEqual([
      "Strelsau",
      "Quenby",
      "Szohod",
    ]);
  });

  it("reads a wire dateline in capitals as where the story is", () => {
    for (const text of [
      "Staff Writer May 2, 2009 QUENBY -- The mayor quit.",
      "QUENBY, May 2 - Rain.",
    ]) {
      const [m] = recognizePlaces(text, gaz);
      expect([m?.text, m?.locative]).toEqual(["QUENBY", true]);
    }
  });

  it("reads no feature inside a code name", () => {
    expect(spans("Operation Desert Lance began near Quenby.")).toEqual(["Quenby"]);
  });

  it("reads names the gazetteer lacks after a place noun, where the text says where they lie", () => {
    expect(spans("Flu hit the villages of Brannock, Oska and Velmar Jos near Quenby.")).toEqual([
      "Brannock",
      "Oska",
      "Velmar Jos",
      "Quenby",
    ]);
    expect(spans("Flu hit the village of Brannock on Monday.")).toEqual([]);
  });

  it("hints a division or a town from the place noun before a name", () => {
    const hints = recognizePlaces("In the province of Nordmark and the town of Quenby.", gaz);
    expect(hints.map((m) => [m.text, m.hint])).toEqual([
      ["Nordmark", "admin"],
      ["Quenby", "city"],
    ]);
  });

  it("reads a river named after its head word", () => {
    expect(spans("Anglers left the River Brannock near Quenby.")).toEqual([
      "River Brannock",
      "Quenby",
    ]);
  });

  it("reads a belt of country as a feature", () => {
    expect(spans("Storms crossed the Velkin Belt again.")).toEqual(["Velkin Belt"]);
    expect(spans("Storms crossed the Great Plains and the Corn Belt.")).toEqual([
      "Great Plains",
      "Corn Belt",
    ]);
    expect(spans("Storms crossed the Red River.")).toEqual([]);
  });

  it("reads a big town's name after an unknown given name before a verb of saying as a surname", () => {
    expect(spans("Olwen Strelsau said the talks in Strelsau failed.")).toEqual(["Strelsau"]);
  });

  it("keeps the name of a possessive without the 's", () => {
    const [m] = recognizePlaces("Ruritania's army is large.", gaz);
    expect(m?.text).toBe("Ruritania");
  });

  it("reads demonyms and metonyms with their via", () => {
    const ms = recognizePlaces("A Ruritanian official said the Red Palace would respond.", gaz);
    expect(ms.map((m) => [m.text, m.via])).toEqual([
      ["Ruritanian", "demonym"],
      ["Red Palace", "metonym"],
    ]);
  });

  it("links a town to its container after a comma", () => {
    const ms = recognizePlaces("The mill in Alexandria, La., closed.", gaz);
    expect(ms.map((m) => m.text)).toEqual(["Alexandria", "La."]);
    expect(ms[0]?.container).toEqual({ index: 1, strength: "comma" });
  });

  it("reads state abbreviations after a comma or a party letter, and dotted ones anywhere", () => {
    const states = (text: string) =>
      recognizePlaces(text, gaz)
        .filter((m) => m.by === "recognize:state-abbreviation")
        .map((m) => [m.start, m.text]);
    expect(states("Rep. Ola Brandt, R-Tex., spoke; so did Sen. Ivo Lund (D-Ga.).")).toEqual([
      [19, "Tex."],
      [56, "Ga."],
    ]);
    expect(states("Filed in Tex. and Ga. courts; ex-La. staff; Tex.-based.")).toEqual([]);
    expect(states("A.T.X. and Co.Ga. and ,Tex.")).toEqual([[23, "Tex."]]);
  });

  it("reads later bare uses of a town pair's second name as that person", () => {
    expect(spans("Then Quenby Velkin resigned. Crowds cheered Velkin in Szohod.")).toEqual([
      "Szohod",
    ]);
    // Without the pair, and after a preposition of place, the town stays.
    expect(spans("Crowds cheered Velkin in Szohod.")).toEqual(["Velkin", "Szohod"]);
    expect(spans("Then Quenby Velkin resigned. Crowds drove to Velkin.")).toEqual(["Velkin"]);
  });

  it("maps a named station, not a service's", () => {
    const sites = (text: string) =>
      recognizePlaces(text, gaz).map((m) => [m.text, m.site?.kind ?? "none"]);
    expect(sites("Crowds walked from Harlow Station to the fair.")).toEqual([
      ["Harlow Station", "site"],
    ]);
    expect(sites("Crews left the Harlow Fire Station at dawn.")).toEqual([]);
    // A station named after another site is read whole; the other site alone is not mapped.
    expect(sites("Crowds walked from Harlow Hospital Station.")).toEqual([
      ["Harlow Hospital Station", "site"],
    ]);
    expect(sites("Crowds walked from Harlow Hospital.")).toEqual([]);
  });

  it("maps a landmark whose name starts with an ordinary word after 'the'", () => {
    const sites = (text: string) =>
      recognizePlaces(text, gaz).map((m) => [m.text, m.site?.kind ?? "none"]);
    expect(sites("Talks opened at the Summer Palace.")).toEqual([["Summer Palace", "site"]]);
    expect(sites("Talks opened at the Summer Hospital.")).toEqual([]);
    expect(sites("Talks opened. Summer Palace staff left.")).toEqual([]);
  });

  it("reads a feature after a place's possessive, after an opening 'The', and named after another", () => {
    const areas = (text: string) =>
      recognizePlaces(text, gaz).map((m) => [m.text, m.site?.kind ?? "none"]);
    expect(areas("Farmers in Ruritania's Harlow Valley face drought.")).toEqual([
      ["Ruritania", "none"],
      ["Harlow Valley", "region"],
    ]);
    expect(areas("The Great Plains saw record heat.")).toEqual([["Great Plains", "region"]]);
    expect(areas("Growers in the Red River Delta worried.")).toEqual([
      ["Red River Delta", "region"],
    ]);
    // A river whose name starts with an ordinary word is still not read alone.
    expect(areas("Growers on the Red River worried.")).toEqual([]);
  });

  it("reads the names that 'counties such as' or 'including' introduce as counties", () => {
    const counties = (text: string) =>
      recognizePlaces(text, gaz).map((m) => [m.text, m.hint ?? "none"]);
    expect(counties("Growth was fastest in counties such as Velkin and Brackton.")).toEqual([
      ["Velkin", "county"],
      ["Brackton", "county"],
    ]);
    expect(counties("Three counties, including Velkin, voted. Brackton did not.")).toEqual([
      ["Velkin", "county"],
      ["Brackton", "none"],
    ]);
    expect(counties("The counties met in Velkin.")).toEqual([["Velkin", "none"]]);
  });

  it("marks a division word after the name", () => {
    const [m] = recognizePlaces("Shelling hit the Nordmark region overnight.", gaz);
    expect(m?.hint).toBe("admin");
  });

  it("reads counties, including ones the gazetteer lacks", () => {
    const ms = recognizePlaces("Deputies in Velmont Parish and the Tyler County sheriff met.", gaz);
    expect(ms.map((m) => [m.text, m.hint])).toEqual([
      ["Velmont Parish", "county"],
      ["Tyler County", "county"],
    ]);
  });

  it("reads every name in a list of counties", () => {
    const ms = recognizePlaces("Schools in Barrow, Oakhurst and Tyler counties closed.", gaz);
    expect(ms.map((m) => m.text)).toEqual(["Barrow", "Oakhurst", "Tyler"]);
    expect(ms.every((m) => m.hint === "county")).toBe(true);
  });

  it("reads streets and named sites as sites", () => {
    const ms = recognizePlaces(
      "A fire on Dublin Road spread to the Kessel Air Base near Quenby.",
      gaz,
    );
    expect(ms.map((m) => [m.text, m.site?.kind])).toEqual([
      ["Dublin Road", "site"],
      ["Kessel Air Base", "site"],
      ["Quenby", undefined],
    ]);
  });

  it("reads a name with diacritics written without them", () => {
    expect(spans("He flew to Krakow.")).toEqual(["Krakow"]);
  });
});

describe("wire datelines", () => {
  it("reads a short town name in capitals opening a dateline", () => {
    expect(spans("VORA, June 3 (Wire) - Officials met.")).toEqual(["VORA"]);
    expect(spans("Intro line.\nVORA — Officials met.")).toEqual(["VORA"]);
  });

  it("leaves short capitals elsewhere as acronyms", () => {
    expect(spans("Officials of VORA met on Monday.")).toEqual([]);
    expect(spans("VORA said it would appeal.")).toEqual([]);
  });
});

describe("vessels", () => {
  it("keeps the place a vessel sails from or to", () => {
    expect(spans("The ferry from Quenby reached Strelsau late.")).toEqual(["Quenby", "Strelsau"]);
    expect(spans("Shipping in Strelsau resumed.")).toEqual(["Strelsau"]);
  });
});

describe("code names", () => {
  it("keeps the place an operation is run in", () => {
    expect(spans("The operation in Quenby ended. Operation Dawn hit Strelsau.")).toEqual([
      "Quenby",
      "Strelsau",
    ]);
  });
});

describe("quotes", () => {
  it("keeps a town quoted alone, in a longer title or inside a quoted sentence", () => {
    expect(spans("He said 'Strelsau' twice.")).toEqual(["Strelsau"]);
    expect(spans('The museum hosts "Stars Over Szohod" tonight.')).toEqual(["Szohod"]);
    expect(spans("\u201cWe love Szohod,\u201d she said.")).toEqual(["Szohod"]);
  });
});

describe("demonyms", () => {
  it("keeps a demonym that qualifies a name after 'of' in running text", () => {
    expect(spans("Leaders of Ruritanian towns met.")).toEqual(["Ruritanian"]);
    expect(spans("The mayor of Ruritanian Vora spoke.").slice(0, 1)).toEqual(["Ruritanian"]);
    expect(spans("The Party of Ruritanian President Ilsa Marek won.")).toEqual(["Ruritanian"]);
  });
});

describe("possessives", () => {
  it("keeps a town's possessive after a preposition when no person bears its name", () => {
    expect(spans("Crowds in Quenby's main square cheered.")).toEqual(["Quenby"]);
  });
});

describe("features", () => {
  it("reads no feature where the name goes on with a word that heads nothing", () => {
    // "Delta Force" is a unit: the town may stand, but no "Velkin Delta" region is drawn.
    expect(spans("The Velkin Delta Force struck at night.")).toEqual(["Velkin"]);
    // Nor is the rest of that name read as places of its own.
    expect(spans("She sailed in the Ruritania Bay Dublin Cup.")).toEqual(["Ruritania"]);
    expect(spans("Boats left the Velkin Delta at night.")).toEqual(["Velkin Delta"]);
  });

  it("keeps a feature whose name goes on with another head word", () => {
    expect(spans("Farms line the Velkin River Valley.")).toEqual(["Velkin River"]);
    expect(spans("Boats sailed up the Velkin River at dawn.")).toEqual(["Velkin River"]);
  });
});

describe("headlines in capitals", () => {
  it("keeps a town after a preposition or one the text names again", () => {
    expect(spans("FLOODS CUT ROADS IN QUENBY\nRain fell.")).toEqual(["QUENBY"]);
    expect(spans("QUENBY COUNTS THE COST\nRain fell on Quenby.")).toEqual(["QUENBY", "Quenby"]);
  });
});
