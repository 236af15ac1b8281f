import { describe, expect, it } from "vitest";
import { findPlaces } from "./index";
import { type TestPlace, testWorld } from "./testing";

const gaz = testWorld();
const resolved = (text: string): [string, string][] =>
  findPlaces(text, gaz).map((m) => [m.text, m.place.id]);

describe("resolvePlaces", () => {
  it("takes the most populous namesake without other evidence", () => {
    expect(resolved("Talks resumed in Paris.")).toEqual([["Paris", "geonames:2001"]]);
  });

  it("pulls a name toward the towns around it", () => {
    expect(resolved("Storms hit Velkin, Tyler and Brackton before reaching Paris.")).toEqual([
      ["Velkin", "geonames:2003"],
      ["Tyler", "geonames:2004"],
      ["Brackton", "geonames:2005"],
      ["Paris", "geonames:2002"],
    ]);
  });

  it("follows an explicit container, including US state abbreviations", () => {
    expect(resolved("She grew up in Alexandria, La., and left.")).toEqual([
      ["Alexandria", "geonames:3002"],
      ["La.", "admin:US-LA"],
    ]);
    expect(resolved("He lives in Paris, Texas.")).toEqual([
      ["Paris", "geonames:2002"],
      ["Texas", "admin:US-TX"],
    ]);
  });

  it("keeps a name the text pinned down when it recurs bare", () => {
    const ms = resolved(
      "The mill in Alexandria, La., closed. Alexandria has lost its biggest employer.",
    );
    expect(ms.filter(([t]) => t === "Alexandria").map(([, id]) => id)).toEqual([
      "geonames:3002",
      "geonames:3002",
    ]);
  });

  it("reads Georgia as the US state among US places, the country otherwise", () => {
    expect(
      resolved("Flooding closed roads in Athens and across Georgia, Texas and Louisiana."),
    ).toContainEqual(["Georgia", "admin:US-GA"]);
    expect(resolved("Georgia and Ruritania signed a treaty in Szohod.")).toContainEqual([
      "Georgia",
      "country:GE",
    ]);
  });

  it("resolves demonyms and metonyms to the place they stand for", () => {
    const ms = findPlaces("Ruritanian troops left, the Red Palace said.", gaz);
    expect(ms.map((m) => [m.via, m.place.id])).toEqual([
      ["demonym", "country:XR"],
      ["metonym", "geonames:1001"],
    ]);
  });

  it("places a named site where the text says it is", () => {
    const [site, town] = findPlaces("Jets landed at the Kessel air base near Quenby.", gaz);
    expect(site?.place).toMatchObject({
      id: "site:kessel-air-base",
      kind: "site",
      lat: 50.6,
      lon: 20.4,
    });
    expect(town?.place.id).toBe("geonames:4007");
  });

  it("places a county the gazetteer lacks in the document's region", () => {
    const ms = findPlaces("Deputies from Velkin and Tyler searched Velmont County in Texas.", gaz);
    const county = ms.find((m) => m.text === "Velmont County");
    expect(county?.place).toMatchObject({
      kind: "admin",
      country: "US",
      id: "admin:US-TX-velmont-county",
    });
  });

  it("returns mentions sorted and non-overlapping", () => {
    const ms = findPlaces(
      "From Strelsau to Szohod, Ruritanian and Bordurian envoys met in Europe.",
      gaz,
    );
    for (let k = 1; k < ms.length; k++) expect(ms[k]!.start).toBeGreaterThanOrEqual(ms[k - 1]!.end);
    expect(ms).toHaveLength(5);
  });

  it("reads a comma between two towns as a list, not as a town inside a town", () => {
    expect(resolved("Rain fell on Paris, Strelsau and Szohod.")).toEqual([
      ["Paris", "geonames:2001"],
      ["Strelsau", "geonames:1001"],
      ["Szohod", "geonames:1002"],
    ]);
  });
});

describe("a prominent place against a namesake the rest of the text supports", () => {
  const paris = (text: string) => findPlaces(text, gaz).find((m) => m.text === "Paris")?.place.id;

  it("keeps the prominent place when most of the other names lie in a third country", () => {
    expect(
      paris(
        "Szohod and Kraków marched. Borduria mourned. Wildfires in Texas and Brackton, floods in Paris.",
      ),
    ).toBe("geonames:2001");
  });

  it("takes the namesake with its state beside it, or where most of the text's towns are", () => {
    expect(
      paris(
        "Szohod and Kraków marched. Borduria mourned. Wildfires in Texas, floods in Paris, Texas.",
      ),
    ).toBe("geonames:2002");
    expect(paris("Wildfires hit Velkin and Tyler in Texas, and floods hit Paris.")).toBe(
      "geonames:2002",
    );
  });
});

describe("a town beside a named country", () => {
  // A town of an unnamed country next to Borduria, and a far-off province of the same name.
  const world = testWorld([
    {
      id: "geonames:9041",
      name: "Kessa",
      kind: "city",
      country: "XK",
      lat: 46.5,
      lon: 30.6,
      population: 300000,
      fcode: "PPLA",
    },
    { id: "admin:XQ-01", name: "Kessa", kind: "admin", country: "XQ", lat: -20, lon: 30 },
  ]);
  const kessa = (text: string) => findPlaces(text, world).find((m) => m.text === "Kessa")?.place.id;

  it("is the town when the text names the country next to it", () => {
    expect(kessa("Borduria closed its border as fighting spread in Kessa.")).toBe("geonames:9041");
  });

  it("is the province by default when the named country lies far away", () => {
    expect(kessa("Ruritania closed its border as fighting spread in Kessa.")).toBe("admin:XQ-01");
  });
});

describe("a province read abroad", () => {
  const province = (text: string) =>
    findPlaces(text, gaz).find((m) => m.text.startsWith("Nordmark"))?.place.id;

  it("is a province of the country the text is about when nothing else lies abroad", () => {
    expect(province("Borduria reported cases in Szohod and in Nordmark Province.")).toBe(
      "country:XB",
    );
  });

  it("and so is a village abroad after 'in' in a text that names its own country often", () => {
    const brackton = (text: string) =>
      findPlaces(text, gaz).find((m) => m.text === "Brackton")?.place.id;
    expect(
      brackton("Ruritania's leaders left Strelsau, Quenby and Dublin for talks in Brackton."),
    ).toBe("country:XR");
    expect(brackton("Ruritania's leaders left Strelsau for talks in Brackton.")).toBe(
      "geonames:2005",
    );
    expect(
      brackton(
        "Ruritania's leaders left Strelsau, Quenby and Dublin for talks in Brackton, Texas.",
      ),
    ).toBe("geonames:2005");
  });

  it("but a town of tens of thousands abroad stays that town", () => {
    const quenby = findPlaces(
      "America's leaders left Velkin, Tyler and Alexandria, La., for talks in Quenby.",
      gaz,
    ).find((m) => m.text === "Quenby");
    expect(quenby?.place.id).toBe("geonames:4007");
  });

  it("keeps its own country when the text names that country too", () => {
    expect(
      province("Borduria and Ruritania reported cases in Szohod and in Nordmark Province."),
    ).toBe("admin:XR-NO");
  });
});

describe("a part of a town", () => {
  // A Bordurian town whose name is also a quarter of Strelsau that the gazetteer lacks, and one
  // that the gazetteer knows as a quarter of Strelsau as well.
  const world = testWorld([
    {
      id: "geonames:9031",
      name: "Kessington",
      kind: "city",
      country: "XB",
      lat: 46,
      lon: 31,
      population: 20000,
    },
    {
      id: "geonames:9032",
      name: "Marlow",
      kind: "city",
      country: "XB",
      lat: 46.4,
      lon: 30.5,
      population: 20000,
    },
    {
      id: "geonames:9034",
      name: "East End",
      kind: "city",
      country: "XB",
      lat: 45.5,
      lon: 29.5,
      population: 5000,
    },
    {
      id: "geonames:9033",
      name: "Marlow",
      kind: "city",
      country: "XR",
      lat: 50.12,
      lon: 20.22,
      fcode: "PPLX",
    },
  ]);
  const place = (text: string, name: string) =>
    findPlaces(text, world).find((m) => m.text === name)?.place;

  it("lies in the town the text makes it part of, not in a namesake elsewhere", () => {
    for (const text of [
      "Shelling hit the Kessington district of Strelsau.",
      "Shelling hit Strelsau's Kessington neighbourhood.",
    ]) {
      expect(place(text, "Kessington")).toMatchObject({
        id: "site:kessington",
        kind: "site",
        lat: 50.1,
        lon: 20.2,
      });
    }
    expect(place("Crowds filled the East End of Strelsau.", "East End")).toMatchObject({
      kind: "site",
      lat: 50.1,
    });
  });

  it("leaves a compass 'End' unpinned when the city it is part of goes unnamed", () => {
    const text = (town: string) =>
      `Ruritania voted. Strelsau cheered. Crowds filled East End theatres near ${town}.`;
    expect(place(text("Kraków"), "East End")).toBeUndefined();
    expect(place(text("Alexandria"), "East End")?.id).toBe("geonames:9034");
  });

  it("does not move a large city into the one whose policy it names", () => {
    expect(place("Strelsau's Szohod policy failed.", "Szohod")?.id).toBe("geonames:1002");
  });

  it("takes the quarter the gazetteer knows inside that town", () => {
    expect(place("Shelling hit Strelsau's Marlow district.", "Marlow")?.id).toBe("geonames:9033");
  });

  it("leaves a town named beside another one alone", () => {
    expect(place("Shelling hit Kessington and Strelsau.", "Kessington")?.id).toBe("geonames:9031");
  });
});

describe("sites the gazetteer lacks", () => {
  it("are not drawn in a main town outside the country the text is about", () => {
    const [site] = findPlaces(
      "Ruritania plans more lights. Strelsau and Quenby in Ruritania got them first, then " +
        "Marsh Street. Visitors from Alexandria, Alexandria and Alexandria came to see.",
      gaz,
    ).filter((m) => m.text === "Marsh Street");
    expect(site?.place.country).toBe("XR");
  });

  it("sit in the town the text has just put the reader in, not in its main town", () => {
    const text =
      "Strelsau voted. Strelsau cheered. Strelsau slept. Later, in Dublin, crowds filled " +
      "Marsh Street.";
    const site = findPlaces(text, gaz).find((m) => m.text === "Marsh Street");
    expect(site?.place).toMatchObject({ kind: "site", lat: 52, lon: 22 });
  });

  it("sit in the town named right after them, not in the main town", () => {
    const text =
      "Strelsau voted. Strelsau cheered. Strelsau slept. Leaders met at the Marsh Street " +
      "hall in 2019 in Dublin.";
    const site = findPlaces(text, gaz).find((m) => m.text === "Marsh Street");
    expect(site?.place).toMatchObject({ kind: "site", lat: 52, lon: 22 });
  });

  it("do not follow a place the story only passes through", () => {
    const text =
      "Strelsau voted. Strelsau cheered. Strelsau slept. Trucks came from Dublin to " +
      "Marsh Street.";
    const site = findPlaces(text, gaz).find((m) => m.text === "Marsh Street");
    expect(site?.place).toMatchObject({ kind: "site", lat: 50.1, lon: 20.2 });
  });

  it("are drawn as the area they are in, not pinned at its label point", () => {
    const inRegion = findPlaces("Jets landed at the Kessel air base in Nordmark.", gaz).find((m) =>
      m.text.includes("Kessel"),
    );
    expect(inRegion?.place).toMatchObject({ id: "admin:XR-NO", kind: "admin" });
    const inCountry = findPlaces(
      "Ruritania mourned. Ruritania voted. Crowds filled Marsh Street.",
      gaz,
    ).find((m) => m.text === "Marsh Street");
    expect(inCountry?.place).toMatchObject({ id: "country:XR", kind: "country" });
  });

  it("still pin a site in the town the text puts it in", () => {
    const site = findPlaces("Jets landed at the Kessel air base near Quenby.", gaz)[0];
    expect(site?.place).toMatchObject({ id: "site:kessel-air-base", kind: "site" });
  });

  it("are not put in the main town right after a region of another country", () => {
    const text =
      "Strelsau voted. Strelsau cheered. Strelsau slept. A study from Borduria praised " +
      "Marsh Street.";
    expect(findPlaces(text, gaz).map((m) => m.text)).not.toContain("Marsh Street");
    const home =
      "Strelsau voted. Strelsau cheered. Strelsau slept. A study from Nordmark praised " +
      "Marsh Street.";
    expect(findPlaces(home, gaz).find((m) => m.text === "Marsh Street")?.place.kind).toBe("site");
  });

  it("take a main town only when one stands out or the leading ones lie close together", () => {
    const street = (text: string) =>
      findPlaces(text, gaz).find((m) => m.text === "Marsh Street")?.place;
    expect(
      street("Ruritania voted. Strelsau cheered, Dublin slept. Crowds filled Marsh Street."),
    ).toMatchObject({ kind: "admin", country: "XR" });
    expect(
      street("Ruritania voted. Strelsau cheered, Quenby slept. Crowds filled Marsh Street."),
    ).toMatchObject({ kind: "site", lat: 50.1, lon: 20.2 });
  });

  it("never puts a street in the town it is named after", () => {
    const street = findPlaces(
      "Ruritania's army left Quenby and Dublin for Velkin Street. Tyler was calm.",
      gaz,
    ).find((m) => m.text === "Velkin Street");
    expect(street?.place.country).toBe("XR");
  });
});

describe("county lists", () => {
  it("finds a listed county the gazetteer names only with its head word", () => {
    const world = testWorld([
      {
        id: "geonames:9021",
        name: "Harlow County",
        kind: "city",
        country: "US",
        lat: 31.5,
        lon: -95,
        admin: "admin:US-TX",
      },
    ]);
    const text = "In Texas, growth was fastest in counties such as Harlow and Velkin.";
    const harlow = findPlaces(text, world).find((m) => m.text === "Harlow");
    expect(harlow?.place.id).toBe("geonames:9021");
  });
});

describe("stray small towns", () => {
  const texts = (text: string): string[] => findPlaces(text, gaz).map((m) => m.text);

  it("leaves unpinned a small town abroad named once in passing", () => {
    expect(
      texts("Ruritania's leaders met in Quenby and Dublin. Brackton with Ruritania was the theme."),
    ).toEqual(["Ruritania", "Quenby", "Dublin", "Ruritania"]);
  });

  it("leaves it unpinned when every use of the name is in passing", () => {
    expect(
      texts(
        "Ruritania's leaders met in Quenby and Dublin. Brackton with Ruritania was the theme; " +
          "Brackton with Quenby came next.",
      ),
    ).toEqual(["Ruritania", "Quenby", "Dublin", "Ruritania", "Quenby"]);
  });

  it("counts a town of tens of thousands as small: a surname, not a town named from abroad", () => {
    const sized = (population: number) =>
      testWorld([
        {
          id: "geonames:9011",
          name: "Harrowby",
          kind: "city",
          country: "XB",
          lat: 47,
          lon: 31,
          population,
        },
      ]);
    const text =
      "Ruritania's leaders met in Quenby and Dublin. Harrowby with Ruritania was the theme.";
    expect(findPlaces(text, sized(60000)).map((m) => m.text)).not.toContain("Harrowby");
    expect(findPlaces(text, sized(400000)).map((m) => m.text)).toContain("Harrowby");
  });

  it("keeps it after a preposition, with a container once, or beside other places of its country", () => {
    expect(
      texts(
        "Ruritania's leaders met in Quenby and Dublin. Talks with Ruritania began in Brackton.",
      ),
    ).toContain("Brackton");
    expect(
      texts(
        "Ruritania's leaders met in Quenby and Dublin. Brackton, Ruritania and Brackton again.",
      ),
    ).toContain("Brackton");
    expect(texts("Ruritania's leaders met in Quenby. Brackton and Tyler were quiet.")).toContain(
      "Brackton",
    );
  });
});

describe("a demonym shared by countries", () => {
  // Two countries that share a demonym, each with a town: the shape of the two Congos.
  const world = testWorld([
    {
      id: "country:CD",
      name: "Greater Kessia",
      kind: "country",
      country: "CD",
      lat: -3,
      lon: 23,
      demonyms: ["Congolese"],
    },
    { id: "country:CG", name: "Lesser Kessia", kind: "country", country: "CG", lat: -1, lon: 15 },
    { id: "geonames:9001", name: "Korvik", kind: "city", country: "CD", lat: -1.7, lon: 29.2 },
    { id: "geonames:9002", name: "Velmont", kind: "city", country: "CG", lat: -4.3, lon: 15.3 },
  ]);
  const demonym = (text: string) =>
    findPlaces(text, world).find((m) => m.via === "demonym")?.place.id;

  it("takes the country the text is about", () => {
    expect(demonym("Congolese troops patrolled Velmont on Monday.")).toBe("country:CG");
    expect(demonym("Congolese troops patrolled Korvik on Monday.")).toBe("country:CD");
  });

  it("keeps its usual country when the text names neither", () => {
    expect(demonym("Congolese troops patrolled the border.")).toBe("country:CD");
  });
});

describe("an adjective used as the name of a sea", () => {
  const world = testWorld([
    {
      id: "region:baltic-sea",
      name: "Baltic Sea",
      kind: "region",
      country: null,
      lat: 58,
      lon: 20,
      aliases: ["Baltic"],
    },
    {
      id: "region:baltic-states",
      name: "Baltic states",
      kind: "region",
      country: null,
      lat: 57,
      lon: 24,
      demonyms: ["Baltic"],
    },
  ]);
  const ids = (text: string) => findPlaces(text, world).map((m) => m.place.id);

  it("names the sea as a noun after 'the', the states as an adjective", () => {
    expect(ids("Ships in the Baltic were warned.")).toEqual(["region:baltic-sea"]);
    expect(ids("Storms crossed the Baltic.")).toEqual(["region:baltic-sea"]);
    expect(ids("The Baltic states protested.")).toEqual(["region:baltic-states"]);
    expect(ids("Baltic leaders protested.")).toEqual(["region:baltic-states"]);
  });
});

describe("a region named by a compass point alone", () => {
  // Two countries with an "Eastern Province"; Ruritania has none in this gazetteer.
  const world = (extra: TestPlace[] = []) =>
    testWorld([
      { id: "country:XQ", name: "Zembla", kind: "country", country: "XQ", lat: -10, lon: 60 },
      {
        id: "admin:XQ-EA",
        name: "Eastern Province",
        kind: "admin",
        country: "XQ",
        lat: -10,
        lon: 62,
      },
      ...extra,
    ]);
  const region = (text: string, extra?: TestPlace[]) =>
    findPlaces(text, world(extra)).find((m) => m.text === "Eastern Province")?.place.id;

  it("is not another country's when the story's country has none of that name", () => {
    expect(
      region(
        "Ruritania said rain flooded farms in the Eastern Province, officials in Strelsau said.",
      ),
    ).toBe("country:XR");
  });

  it("is the story's country's own when it has one", () => {
    const own: TestPlace = {
      id: "admin:XR-EA",
      name: "Eastern Province",
      kind: "admin",
      country: "XR",
      lat: 50,
      lon: 23,
    };
    expect(
      region(
        "Ruritania said rain flooded farms in the Eastern Province, officials in Strelsau said.",
        [own],
      ),
    ).toBe("admin:XR-EA");
  });

  it("stays the region where the text names its country or no other", () => {
    expect(region("Zembla said rain flooded farms in the Eastern Province.")).toBe("admin:XQ-EA");
    expect(region("Rain flooded farms in the Eastern Province on Monday.")).toBe("admin:XQ-EA");
  });
});

describe("a capital against a namesake among the story's other towns", () => {
  // A Texan namesake a few hundred km from the Texan towns the story names.
  const world = testWorld([
    { id: "country:XQ", name: "Zembla", kind: "country", country: "XQ", lat: -10, lon: 60 },
    {
      id: "geonames:9051",
      name: "Onhava",
      kind: "city",
      country: "XQ",
      lat: -10.2,
      lon: 60.1,
      population: 240000,
      fcode: "PPLC",
    },
    {
      id: "geonames:9052",
      name: "Onhava",
      kind: "city",
      country: "US",
      lat: 30.6,
      lon: -97.7,
      population: 60000,
      admin: "admin:US-TX",
    },
  ]);
  const onhava = (text: string) =>
    findPlaces(text, world).find((m) => m.text === "ONHAVA")?.place.id;

  it("is the capital when the text names its country", () => {
    expect(
      onhava(
        "ONHAVA (Wirewire) - Executives from Tyler and Velkin in Texas met Zembla's ministers.",
      ),
    ).toBe("geonames:9051");
  });

  it("is the namesake when the text does not name the capital's country", () => {
    expect(
      onhava("ONHAVA (Wirewire) - Executives from Tyler and Velkin in Texas met ministers."),
    ).toBe("geonames:9052");
  });
});

describe("a town and the region named like it", () => {
  // A small provincial seat and its province, both "Vessin".
  const world = testWorld([
    {
      id: "admin:XR-VE",
      name: "Vessin",
      kind: "admin",
      country: "XR",
      lat: 48,
      lon: 24,
      aliases: ["Vessin Province"],
    },
    {
      id: "geonames:9061",
      name: "Vessin",
      kind: "city",
      country: "XR",
      lat: 48.1,
      lon: 24.1,
      population: 20000,
      fcode: "PPLA",
      admin: "admin:XR-VE",
    },
  ]);
  const vessin = (text: string) =>
    findPlaces(text, world).find((m) => /^vessin/i.test(m.text))?.place.id;

  it("is the town when written with its country after a comma", () => {
    expect(vessin("VESSIN, Ruritania (Wirewire) - The mayor opened a bridge on Monday.")).toBe(
      "geonames:9061",
    );
  });

  it("is the region when named bare or as a province", () => {
    expect(vessin("Ruritania said floods hit Vessin on Monday.")).toBe("admin:XR-VE");
    expect(vessin("Ruritania said floods hit Vessin Province on Monday.")).toBe("admin:XR-VE");
    // A list is not a container: the next name does not hold the town.
    expect(vessin("Ruritania said floods hit Vessin, Quenby and Dublin on Monday.")).toBe(
      "admin:XR-VE",
    );
  });
});
