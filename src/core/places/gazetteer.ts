// The gazetteer the place stages look names up in. It is built offline (src/cli/buildGazetteer.ts)
// from the GeoNames-derived npm packages into one plain JSON object, `GazetteerIndex`, so the same
// index can be loaded from a file by the CLI or fetched by a browser worker. Rows are stored as
// parallel columns: JSON of ~140k places stays a few MB and parses in tens of milliseconds, where
// an array of objects would repeat every key 140k times.

import type { PlaceKind } from "../contract";
import type { PlaceRef } from "../context";
import { foldName } from "./fold";

/** Bumped whenever the shape or the build rules change, so a cached index is rebuilt. */
export const GAZETTEER_FORMAT = 5;

export const KINDS: PlaceKind[] = ["country", "admin", "city", "site", "region", "continent"];

export interface GazetteerIndex {
  format: number;
  /** What it was built from (package versions), compared by the loader to detect staleness. */
  source: string;
  /** A number n stands for "geonames:n"; other ids are stored whole ("country:UA"). */
  key: (string | number)[];
  name: string[];
  /** Index into KINDS. */
  kind: number[];
  /** ISO 3166-1 alpha-2, "" when none. */
  country: string[];
  lat: number[];
  lon: number[];
  population: number[];
  /** For a city, the id of its first-level region ("admin:US-LA"), "" when unknown. */
  admin: string[];
  /** GeoNames feature code for cities (PPLC = capital, PPLA = admin seat, ...), "" otherwise. */
  fcode: string[];
  /** Folded name → rows answering to it. */
  names: Record<string, number[]>;
  /** Folded demonym (singular and plural) → row. */
  demonyms: Record<string, number>;
  /** Folded metonym ("kremlin") → row of the place it stands for. */
  metonyms: Record<string, number>;
  /** Longest name in words, bounding the recogniser's look-ahead. */
  maxWords: number;
}

/** A gazetteer row, with what resolution needs beyond the PlaceRef. */
export interface GazetteerEntry extends PlaceRef {
  row: number;
  population: number;
  /** Id of the first-level region a city lies in, "" when unknown. */
  admin: string;
  fcode: string;
}

export class Gazetteer {
  private readonly index: GazetteerIndex;
  private readonly entries: (GazetteerEntry | undefined)[];
  /** Rows of the few thousand non-GeoNames ids, built with the gazetteer (they are looked up often). */
  private readonly namedRows = new Map<string, number>();
  /** Rows by GeoNames id, built on first use. */
  private geonamesRows: Map<number, number> | undefined;

  constructor(index: GazetteerIndex) {
    if (index.format !== GAZETTEER_FORMAT) {
      throw new Error(`gazetteer index format ${index.format}, expected ${GAZETTEER_FORMAT}`);
    }
    this.index = index;
    this.entries = new Array<GazetteerEntry | undefined>(index.key.length);
    index.key.forEach((k, r) => {
      if (typeof k === "string") this.namedRows.set(k, r);
    });
  }

  get size(): number {
    return this.index.key.length;
  }

  get maxWords(): number {
    return this.index.maxWords;
  }

  /** The row as an entry; entries are built on first use and then shared. */
  entry(row: number): GazetteerEntry {
    const cached = this.entries[row];
    if (cached) return cached;
    const ix = this.index;
    const key = ix.key[row];
    if (key === undefined) throw new Error(`gazetteer row ${row} out of range`);
    const entry: GazetteerEntry = {
      row,
      id: typeof key === "number" ? `geonames:${key}` : key,
      name: ix.name[row] ?? "",
      kind: KINDS[ix.kind[row] ?? 2] ?? "city",
      country: ix.country[row] || null,
      lat: ix.lat[row] ?? 0,
      lon: ix.lon[row] ?? 0,
      population: ix.population[row] ?? 0,
      admin: ix.admin[row] ?? "",
      fcode: ix.fcode[row] ?? "",
    };
    this.entries[row] = entry;
    return entry;
  }

  /** Every place answering to an already folded name. */
  lookupFolded(folded: string): GazetteerEntry[] {
    const rows = this.index.names[folded];
    return rows ? rows.map((r) => this.entry(r)) : [];
  }

  /** Every place answering to a name as written. */
  lookup(name: string): GazetteerEntry[] {
    return this.lookupFolded(foldName(name));
  }

  hasFolded(folded: string): boolean {
    return this.index.names[folded] !== undefined;
  }

  demonymFolded(folded: string): GazetteerEntry | undefined {
    const row = this.index.demonyms[folded];
    return row === undefined ? undefined : this.entry(row);
  }

  metonymFolded(folded: string): GazetteerEntry | undefined {
    const row = this.index.metonyms[folded];
    return row === undefined ? undefined : this.entry(row);
  }

  /** The place with this id ("country:FR", "admin:US-LA", "geonames:703448"). */
  byId(id: string): GazetteerEntry | undefined {
    let row: number | undefined;
    const gn = /^geonames:(\d+)$/.exec(id);
    if (gn) {
      if (!this.geonamesRows) {
        this.geonamesRows = new Map();
        this.index.key.forEach((k, r) => {
          if (typeof k === "number") this.geonamesRows?.set(k, r);
        });
      }
      row = this.geonamesRows.get(Number(gn[1]));
    } else row = this.namedRows.get(id);
    return row === undefined ? undefined : this.entry(row);
  }

}
