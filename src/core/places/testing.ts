// A small in-memory gazetteer for unit tests: invented places (and a few real country names where a
// test is about a real ambiguity), built through the same index shape the real build writes, so
// tests exercise the real lookup code without the 15 MB index.

import type { PlaceKind } from "../contract";
import { foldName } from "./fold";
import { Gazetteer, GazetteerIndexBuilder } from "./gazetteer";

export interface TestPlace {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
  population?: number;
  admin?: string;
  fcode?: string;
  aliases?: string[];
  demonyms?: string[];
  metonyms?: string[];
}

export function makeGazetteer(places: TestPlace[]): Gazetteer {
  const builder = new GazetteerIndexBuilder();
  for (const p of places) {
    const row = builder.add({
      id: p.id,
      name: p.name,
      kind: p.kind,
      country: p.country,
      lat: p.lat,
      lon: p.lon,
      population: p.population ?? 0,
      admin: p.admin ?? (p.kind === "admin" ? p.id : ""),
      fcode: p.fcode ?? "",
    });
    for (const n of [p.name, ...(p.aliases ?? [])]) builder.addName(n, row);
    for (const d of p.demonyms ?? []) builder.demonyms[foldName(d)] = row;
    for (const m of p.metonyms ?? []) builder.metonyms[foldName(m)] = row;
  }
  return new Gazetteer(builder.finish("test"));
}

/**
 * The shared test world: two invented countries, a US-like country with two states, towns that
 * share names across them, and the real Georgia ambiguity (a country and a US state).
 */
export function testWorld(extra: TestPlace[] = []): Gazetteer {
  return makeGazetteer([
    ...extra,
    {
      id: "country:XR",
      name: "Ruritania",
      kind: "country",
      country: "XR",
      lat: 50,
      lon: 20,
      demonyms: ["Ruritanian", "Ruritanians"],
    },
    {
      id: "country:XB",
      name: "Borduria",
      kind: "country",
      country: "XB",
      lat: 46,
      lon: 30,
      demonyms: ["Bordurian"],
    },
    {
      id: "country:US",
      name: "United States",
      kind: "country",
      country: "US",
      lat: 39,
      lon: -98,
      aliases: ["US", "U.S.", "America"],
      demonyms: ["American", "Americans"],
    },
    {
      id: "country:GE",
      name: "Georgia",
      kind: "country",
      country: "GE",
      lat: 42,
      lon: 43.5,
      demonyms: ["Georgian"],
    },
    { id: "admin:US-GA", name: "Georgia", kind: "admin", country: "US", lat: 32.7, lon: -83.5 },
    { id: "admin:US-TX", name: "Texas", kind: "admin", country: "US", lat: 31, lon: -99 },
    { id: "admin:US-LA", name: "Louisiana", kind: "admin", country: "US", lat: 31, lon: -92 },
    {
      id: "admin:XR-NO",
      name: "Nordmark",
      kind: "admin",
      country: "XR",
      lat: 53,
      lon: 19,
      aliases: ["Nordmark Oblast"],
    },
    // Capitals, with a seat of government that stands for them.
    {
      id: "geonames:1001",
      name: "Strelsau",
      kind: "city",
      country: "XR",
      lat: 50.1,
      lon: 20.2,
      population: 900000,
      fcode: "PPLC",
      admin: "admin:XR-NO",
      metonyms: ["Red Palace"],
    },
    {
      id: "geonames:1002",
      name: "Szohod",
      kind: "city",
      country: "XB",
      lat: 46.2,
      lon: 30.1,
      population: 700000,
      fcode: "PPLC",
    },
    // "Paris": a large foreign city and a small Texan town.
    {
      id: "geonames:2001",
      name: "Paris",
      kind: "city",
      country: "XR",
      lat: 49.5,
      lon: 21,
      population: 2000000,
      fcode: "PPLA",
    },
    {
      id: "geonames:2002",
      name: "Paris",
      kind: "city",
      country: "US",
      lat: 33.66,
      lon: -95.55,
      population: 25000,
      admin: "admin:US-TX",
    },
    {
      id: "geonames:2003",
      name: "Velkin",
      kind: "city",
      country: "US",
      lat: 31.34,
      lon: -94.73,
      population: 35000,
      admin: "admin:US-TX",
    },
    {
      id: "geonames:2004",
      name: "Tyler",
      kind: "city",
      country: "US",
      lat: 32.35,
      lon: -95.3,
      population: 100000,
      admin: "admin:US-TX",
    },
    {
      id: "geonames:2005",
      name: "Brackton",
      kind: "city",
      country: "US",
      lat: 33.61,
      lon: -95.05,
      population: 3000,
      admin: "admin:US-TX",
    },
    // "Alexandria": a big Bordurian city and a Louisiana town.
    {
      id: "geonames:3001",
      name: "Alexandria",
      kind: "city",
      country: "XB",
      lat: 45,
      lon: 29,
      population: 3800000,
      fcode: "PPLA",
    },
    {
      id: "geonames:3002",
      name: "Alexandria",
      kind: "city",
      country: "US",
      lat: 31.31,
      lon: -92.45,
      population: 48000,
      admin: "admin:US-LA",
    },
    // Towns named like people and words.
    {
      id: "geonames:4001",
      name: "London",
      kind: "city",
      country: "XR",
      lat: 51,
      lon: 18,
      population: 8000000,
      fcode: "PPLA",
    },
    {
      id: "geonames:4002",
      name: "Reading",
      kind: "city",
      country: "XR",
      lat: 51.5,
      lon: 19,
      population: 200000,
    },
    {
      id: "geonames:4003",
      name: "May",
      kind: "city",
      country: "US",
      lat: 31.9,
      lon: -98.9,
      population: 1200,
      admin: "admin:US-TX",
    },
    {
      id: "geonames:4004",
      name: "Kraków",
      kind: "city",
      country: "XB",
      lat: 46.5,
      lon: 31,
      population: 750000,
    },
    {
      id: "geonames:4005",
      name: "Dublin",
      kind: "city",
      country: "XR",
      lat: 52,
      lon: 22,
      population: 500000,
    },
    {
      id: "geonames:4006",
      name: "Athens",
      kind: "city",
      country: "US",
      lat: 33.96,
      lon: -83.38,
      population: 115000,
      admin: "admin:US-GA",
    },
    {
      id: "geonames:4007",
      name: "Quenby",
      kind: "city",
      country: "XR",
      lat: 50.6,
      lon: 20.4,
      population: 30000,
      admin: "admin:XR-NO",
    },
    // A hamlet near Paris, Texas named like the Ruritanian capital.
    {
      id: "geonames:2006",
      name: "Strelsau",
      kind: "city",
      country: "US",
      lat: 33.7,
      lon: -95.4,
      population: 2000,
      admin: "admin:US-TX",
    },
    // A short name that wire datelines write in capitals.
    {
      id: "geonames:4008",
      name: "Vora",
      kind: "city",
      country: "XR",
      lat: 49.5,
      lon: 21,
      population: 400000,
      fcode: "PPLA",
    },
    { id: "continent:EU", name: "Europe", kind: "continent", country: null, lat: 48.7, lon: 9.1 },
  ]);
}
