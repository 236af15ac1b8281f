import { describe, expect, it } from "vitest";
import { localSpelling, parseGeonamesDump, type GeonamesRecord } from "./geonamesDump";

// Invented places in GeoNames' column order: id, name, ascii name, alternates, lat, lon, feature
// class, feature code, country, cc2, admin1..admin4, population, elevation, dem, timezone, date.
const row = (...cols: string[]): string => cols.join("\t");
const STRELSAU = row(
  "9100001",
  "Strelsau",
  "Strelsau",
  "Strelsaŭ,Strelsow,ストレルサウ",
  "50.5",
  "13.25",
  "P",
  "PPLC",
  "XR",
  "",
  "04",
  "",
  "",
  "",
  "120500",
  "",
  "310",
  "Europe/Prague",
  "2020-01-02",
);
const ZENDA = row(
  "9100002",
  "Zenda",
  "Zenda",
  "",
  "50.1",
  "13.9",
  "P",
  "PPL",
  "XR",
  "",
  "07",
  "",
  "",
  "",
  "",
  "",
  "402",
  "Europe/Prague",
  "2019-05-06",
);

describe("parseGeonamesDump", () => {
  it("reads the columns the gazetteer uses", () => {
    const [strelsau, zenda] = parseGeonamesDump(`${STRELSAU}\n${ZENDA}\n`, "test.txt");
    expect(strelsau).toEqual({
      id: 9100001,
      name: "Strelsau",
      asciiName: "Strelsau",
      alternateNames: ["Strelsaŭ", "Strelsow", "ストレルサウ"],
      lat: 50.5,
      lon: 13.25,
      featureCode: "PPLC",
      country: "XR",
      admin1: "04",
      admin2: "",
      population: 120500,
    });
    // Empty alternates and population are none, not [""] or NaN.
    expect(zenda?.alternateNames).toEqual([]);
    expect(zenda?.population).toBe(0);
  });

  it("skips blank lines", () => {
    expect(parseGeonamesDump(`\n${ZENDA}\n\n`, "test.txt")).toHaveLength(1);
  });

  it("names the file and the line of a record it cannot read", () => {
    const cut = STRELSAU.split("\t").slice(0, 9).join("\t");
    expect(() => parseGeonamesDump(`${ZENDA}\n${cut}\n`, "cities.txt")).toThrow(
      "cities.txt: line 2 is not a GeoNames record",
    );
    const badId = ZENDA.replace("9100002", "x");
    expect(() => parseGeonamesDump(badId, "cities.txt")).toThrow("line 1");
  });
});

describe("localSpelling", () => {
  // An invented seat town whose GeoNames record lists its own-language spelling among others.
  const seat: GeonamesRecord = {
    id: 9100003,
    name: "Zendon",
    asciiName: "Zendon",
    alternateNames: ["Zendova", "Zendon City", "Marlow", "ZND", "Ζεντον"],
    lat: 50,
    lon: 13,
    featureCode: "PPLA2",
    country: "XR",
    admin1: "04",
    admin2: "ZD",
    population: 80000,
  };

  it("takes the spelling its own division is named by, the kind words dropped", () => {
    expect(localSpelling(seat, "Provincia di Zendova")).toBe("Zendova");
    expect(localSpelling(seat, "Città metropolitana di Zendova")).toBe("Zendova");
    expect(localSpelling(seat, "Kota Zendova")).toBe("Zendova");
  });

  it("refuses a division named otherwise, or by the town's English name", () => {
    expect(localSpelling(seat, "Province of Zendon")).toBeUndefined();
    expect(localSpelling(seat, "Provincia di Vellmar")).toBeUndefined();
  });

  it("refuses another name, a short form, codes and common words", () => {
    // "Marlow" starts with another letter: the name of another thing, not a spelling.
    expect(localSpelling(seat, "Marlow County")).toBeUndefined();
    expect(localSpelling({ ...seat, name: "Zendova City" }, "Zendova")).toBeUndefined();
    expect(localSpelling({ ...seat, alternateNames: ["ZNDV"] }, "ZNDV")).toBeUndefined();
    expect(
      localSpelling({ ...seat, name: "Unionville", alternateNames: ["Union"] }, "Union"),
    ).toBeUndefined();
  });

  it("reads only seats of government, outside the US", () => {
    expect(localSpelling({ ...seat, featureCode: "PPL" }, "Provincia di Zendova")).toBeUndefined();
    expect(localSpelling({ ...seat, country: "US" }, "Zendova County")).toBeUndefined();
  });
});
