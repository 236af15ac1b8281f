import { describe, expect, it } from "vitest";
import { findPlaces } from "./index";
import { testWorld } from "./testing";

// A village of Borduria whose name a feature or a site may borrow.
const gaz = testWorld([
  {
    id: "geonames:9101",
    name: "Oskelm",
    kind: "city",
    country: "XB",
    lat: 45.5,
    lon: 29.5,
    population: 2400,
  },
]);
const placeOf = (text: string, name: string) =>
  findPlaces(text, gaz).find((m) => m.text === name)?.place;

describe("broad features the gazetteer lacks", () => {
  it("are drawn as the story's country, not at the town just named", () => {
    const text =
      "Grain traders in Velkin said prices fell. Across the Corn Belt, farmers waited for rain, " +
      "said growers in Tyler and Brackton.";
    expect(placeOf(text, "Corn Belt")).toMatchObject({ id: "country:US", kind: "country" });
  });

  it("take the country of the story's places even when the text never names it", () => {
    const text =
      "Storms hit Velkin and Tyler. Later the Great Plains braced for hail near Brackton.";
    expect(placeOf(text, "Great Plains")?.id).toBe("country:US");
  });

  it("take the country of the places just named when the text names it more than once", () => {
    const text =
      "Storms hit Velkin, Tyler and Brackton. In Ruritania, growers near Quenby said the " +
      "Harlow Valley was dry.";
    expect(placeOf(text, "Harlow Valley")?.id).toBe("country:XR");
  });

  it("keep the story's country after a lone place abroad", () => {
    const text =
      "Storms hit Velkin, Tyler and Brackton, a visitor from Quenby said. Later the Great Plains " +
      "braced for hail.";
    expect(placeOf(text, "Great Plains")?.id).toBe("country:US");
  });

  it("are drawn as the region the text has just put the reader in", () => {
    const text = "Wells ran dry in Texas, and ranchers along the Harlow River sold their cattle.";
    expect(placeOf(text, "Harlow River")).toMatchObject({ id: "admin:US-TX", kind: "admin" });
  });

  it("are left unpinned where the text gives no place at all", () => {
    expect(placeOf("Farmers across the Corn Belt waited for rain.", "Corn Belt")).toBeUndefined();
  });

  it("do not lend the story the country of a foreign village their name contains", () => {
    // One other name in the text: the village's vote would tie with it for the story's country.
    const text =
      "Voters across the Oskelm Belt and the Corn Belt will decide it, analysts in Velkin said.";
    expect(placeOf(text, "Oskelm Belt")?.id).toBe("country:US");
    expect(placeOf(text, "Corn Belt")?.id).toBe("country:US");
  });

  it("are not put in a foreign village their name happens to contain", () => {
    const text = "Mills in Velkin, Tyler and Brackton closed as work left the Oskelm Valley.";
    expect(placeOf(text, "Oskelm Valley")?.id).toBe("country:US");
  });
});

describe("small features and sites keep the town the text puts them in", () => {
  it("a creek is at the town just named", () => {
    const text = "Flooding in Velkin closed roads along Harlow Creek, said officials in Tyler.";
    const velkin = placeOf(text, "Velkin");
    expect(placeOf(text, "Harlow Creek")).toMatchObject({
      kind: "region",
      lat: velkin?.lat,
      lon: velkin?.lon,
    });
  });

  it("a site named after a small village abroad is not put there", () => {
    const text = "Jets from Velkin, Tyler and Brackton landed at the Oskelm air base.";
    expect(placeOf(text, "Oskelm air base")?.country).toBe("US");
  });

  it("a site named after a big city abroad is at that city", () => {
    const text = "Jets from Velkin, Tyler and Brackton landed at Dublin airport.";
    expect(placeOf(text, "Dublin airport")).toMatchObject({ country: "XR", lat: 52 });
  });
});
