// The gazetteer the place stages look names up in. It is built offline (src/cli/buildGazetteer.ts)
// from the GeoNames-derived npm packages into one plain JSON object, `GazetteerIndex`, so the same
// index can be loaded from a file by the CLI or fetched by a browser worker.
//
// The encoding is chosen for load time, which JSON.parse dominates: numbers in parallel columns
// instead of 170k objects, and the two big string tables (display names; the folded lookup keys
// with their rows) as single "\n"-joined strings. One long string parses in milliseconds where
// 170k short ones or an object with 150k keys take hundreds; lookups binary-search the sorted keys.

import type { PlaceKind } from "../contract";
import type { PlaceRef } from "../context";
import { foldName } from "./fold";

/** Bumped whenever the shape or the build rules change, so a cached index is rebuilt. */
export const GAZETTEER_FORMAT = 7;

export const KINDS: PlaceKind[] = ["country", "admin", "city", "site", "region", "continent"];

export interface GazetteerIndex {
  format: number;
  /** What it was built from (package versions), compared by the loader to detect staleness. */
  source: string;
  /** GeoNames id per row; 0 when the place has an id of another kind (see `otherIds`). */
  geonamesId: number[];
  /** [row, id] for rows whose id is not a GeoNames id ("country:UA", "admin:US-LA", ...). */
  otherIds: [number, string][];
  /** Display names, one per row, joined by "\n". */
  displayNames: string;
  /** Index into KINDS. */
  kind: number[];
  /** ISO 3166-1 alpha-2, "" when none. */
  country: string[];
  lat: number[];
  lon: number[];
  population: number[];
  /** Row of the first-level region a city lies in (a region's own row for a region), -1 if unknown. */
  adminRow: number[];
  /** Index into `fcodes`: GeoNames feature code (PPLC = capital, PPLA = admin seat, ...). */
  fcode: number[];
  fcodes: string[];
  /** Folded names, sorted, joined by "\n". */
  nameKeys: string;
  /** For each key of `nameKeys`, its rows in base 36, comma-separated; joined by "\n". */
  nameRows: string;
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

/** Start offsets of the "\n"-separated lines of a string, plus one past the end. */
function lineStarts(s: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = s.indexOf("\n"); i >= 0; i = s.indexOf("\n", i + 1)) starts.push(i + 1);
  starts.push(s.length + 1);
  return Uint32Array.from(starts);
}

/**
 * `s.slice(start, end)` compared with `key` in code-unit order, as `<` compares strings, without
 * the slice: a binary search makes some seventeen comparisons per name looked up.
 */
function compareAt(s: string, start: number, end: number, key: string): number {
  const n = Math.min(end - start, key.length);
  for (let k = 0; k < n; k++) {
    const d = s.charCodeAt(start + k) - key.charCodeAt(k);
    if (d !== 0) return d;
  }
  return end - start - key.length;
}

export class Gazetteer {
  private readonly index: GazetteerIndex;
  private readonly entries: (GazetteerEntry | undefined)[];
  /** Line offsets of the display names, computed on first use (only entries need them). */
  private nameStarts: Uint32Array | undefined;
  private readonly keyStarts: Uint32Array;
  private readonly rowStarts: Uint32Array;
  /** Rows by non-GeoNames id, built on first use. */
  private otherRowOf: Map<string, number> | undefined;
  /** Rows by GeoNames id, built on first use. */
  private geonamesRows: Map<number, number> | undefined;
  // Maps, not the index's plain objects: an object would answer "constructor" or "valueOf" from
  // its prototype, and a lookup by a freshly folded string first interns it (slow).
  private readonly demonyms: Map<string, number>;
  private readonly metonyms: Map<string, number>;

  constructor(index: GazetteerIndex) {
    if (index.format !== GAZETTEER_FORMAT) {
      throw new Error(`gazetteer index format ${index.format}, expected ${GAZETTEER_FORMAT}`);
    }
    this.index = index;
    this.entries = new Array<GazetteerEntry | undefined>(index.geonamesId.length);
    this.keyStarts = lineStarts(index.nameKeys);
    this.rowStarts = lineStarts(index.nameRows);
    this.demonyms = new Map(Object.entries(index.demonyms));
    this.metonyms = new Map(Object.entries(index.metonyms));
  }

  get size(): number {
    return this.index.geonamesId.length;
  }

  get maxWords(): number {
    return this.index.maxWords;
  }

  private line(s: string, starts: Uint32Array, k: number): string {
    return s.slice(starts[k] ?? 0, (starts[k + 1] ?? 1) - 1);
  }

  private idOf(row: number): string {
    const gid = this.index.geonamesId[row] ?? 0;
    if (gid) return `geonames:${gid}`;
    // `otherIds` is in row order: binary search rather than a map built at load.
    const others = this.index.otherIds;
    let lo = 0;
    let hi = others.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const pair = others[mid];
      if (!pair) break;
      if (pair[0] === row) return pair[1];
      if (pair[0] < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return `row:${row}`;
  }

  /** The row as an entry; entries are built on first use and then shared. */
  entry(row: number): GazetteerEntry {
    const cached = this.entries[row];
    if (cached) return cached;
    const ix = this.index;
    if (row < 0 || row >= this.size) throw new Error(`gazetteer row ${row} out of range`);
    const adminRow = ix.adminRow[row] ?? -1;
    const entry: GazetteerEntry = {
      row,
      id: this.idOf(row),
      name: this.line(ix.displayNames, (this.nameStarts ??= lineStarts(ix.displayNames)), row),
      kind: KINDS[ix.kind[row] ?? 2] ?? "city",
      country: ix.country[row] || null,
      lat: ix.lat[row] ?? 0,
      lon: ix.lon[row] ?? 0,
      population: ix.population[row] ?? 0,
      admin: adminRow >= 0 ? this.idOf(adminRow) : "",
      fcode: ix.fcodes[ix.fcode[row] ?? 0] ?? "",
    };
    this.entries[row] = entry;
    return entry;
  }

  /** Lookups already answered: the recogniser asks about the same words again and again. */
  private readonly keyMemo = new Map<string, number>();

  /** Index of a folded key in the sorted key table, or -1. */
  private keyIndex(folded: string): number {
    const memo = this.keyMemo.get(folded);
    if (memo !== undefined) return memo;
    const k = this.searchKey(folded);
    // Bounded: a long-running worker reading many articles should not grow without limit.
    if (this.keyMemo.size > 200000) this.keyMemo.clear();
    this.keyMemo.set(folded, k);
    return k;
  }

  private searchKey(folded: string): number {
    let lo = 0;
    let hi = this.keyStarts.length - 2;
    const keys = this.index.nameKeys;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const order = compareAt(
        keys,
        this.keyStarts[mid] ?? 0,
        (this.keyStarts[mid + 1] ?? 1) - 1,
        folded,
      );
      if (order === 0) return mid;
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** Every place answering to an already folded name. */
  lookupFolded(folded: string): GazetteerEntry[] {
    const k = this.keyIndex(folded);
    if (k < 0) return [];
    let hit = this.rowsMemo.get(k);
    if (!hit) {
      hit = this.line(this.index.nameRows, this.rowStarts, k)
        .split(",")
        .map((r) => this.entry(parseInt(r, 36)));
      if (this.rowsMemo.size > 50000) this.rowsMemo.clear();
      this.rowsMemo.set(k, hit);
    }
    return hit.slice();
  }

  private readonly rowsMemo = new Map<number, GazetteerEntry[]>();

  /** Every place answering to a name as written. */
  lookup(name: string): GazetteerEntry[] {
    return this.lookupFolded(foldName(name));
  }

  hasFolded(folded: string): boolean {
    return this.keyIndex(folded) >= 0;
  }

  demonymFolded(folded: string): GazetteerEntry | undefined {
    const row = this.demonyms.get(folded);
    return row === undefined ? undefined : this.entry(row);
  }

  metonymFolded(folded: string): GazetteerEntry | undefined {
    const row = this.metonyms.get(folded);
    return row === undefined ? undefined : this.entry(row);
  }

  /** The place with this id ("country:FR", "admin:US-LA", "geonames:703448"). */
  byId(id: string): GazetteerEntry | undefined {
    let row: number | undefined;
    const gn = /^geonames:(\d+)$/.exec(id);
    if (gn) {
      if (!this.geonamesRows) {
        this.geonamesRows = new Map();
        this.index.geonamesId.forEach((g, r) => {
          if (g) this.geonamesRows?.set(g, r);
        });
      }
      row = this.geonamesRows.get(Number(gn[1]));
    } else {
      this.otherRowOf ??= new Map(this.index.otherIds.map(([r, i]) => [i, r]));
      row = this.otherRowOf.get(id);
    }
    return row === undefined ? undefined : this.entry(row);
  }
}

/** One place as the builder takes it. */
export interface PlaceRow {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
  population: number;
  /** Id of its first-level region ("admin:US-LA"), "" when unknown. */
  admin: string;
  fcode: string;
}

/**
 * Collects places, names, demonyms and metonyms, then encodes them as a GazetteerIndex. Used by
 * the offline build and by tests, so both produce the same shape.
 */
export class GazetteerIndexBuilder {
  readonly rows: PlaceRow[] = [];
  private readonly rowOfId = new Map<string, number>();
  private readonly names = new Map<string, number[]>();
  readonly demonyms: Record<string, number> = {};
  readonly metonyms: Record<string, number> = {};

  add(place: PlaceRow): number {
    const row = this.rows.length;
    this.rows.push(place);
    this.rowOfId.set(place.id, row);
    return row;
  }

  rowOf(id: string): number | undefined {
    return this.rowOfId.get(id);
  }

  /** Makes the row answer to this name (folded); names under two letters are ignored. */
  addName(name: string, row: number): void {
    const folded = foldName(name);
    if (folded.length < 2) return;
    const rows = this.names.get(folded);
    if (!rows) this.names.set(folded, [row]);
    else if (!rows.includes(row)) rows.push(row);
  }

  /** Rows answering to a folded name. */
  rowsNamed(folded: string): number[] {
    return this.names.get(folded) ?? [];
  }

  finish(source: string): GazetteerIndex {
    const fcodes = [""];
    const fcodeIndex = new Map<string, number>([["", 0]]);
    const keys = [...this.names.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    let maxWords = 1;
    for (const k of keys) maxWords = Math.max(maxWords, k.split(" ").length);
    const otherIds: [number, string][] = [];
    const round = (x: number): number => Math.round(x * 1e4) / 1e4;
    return {
      format: GAZETTEER_FORMAT,
      source,
      geonamesId: this.rows.map((p, r) => {
        const gn = /^geonames:(\d+)$/.exec(p.id);
        if (gn) return Number(gn[1]);
        otherIds.push([r, p.id]);
        return 0;
      }),
      otherIds,
      displayNames: this.rows.map((p) => p.name.replace(/\n/g, " ")).join("\n"),
      kind: this.rows.map((p) => KINDS.indexOf(p.kind)),
      country: this.rows.map((p) => p.country ?? ""),
      lat: this.rows.map((p) => round(p.lat)),
      lon: this.rows.map((p) => round(p.lon)),
      population: this.rows.map((p) => p.population),
      adminRow: this.rows.map((p) => (p.admin ? (this.rowOfId.get(p.admin) ?? -1) : -1)),
      fcode: this.rows.map((p) => {
        let i = fcodeIndex.get(p.fcode);
        if (i === undefined) {
          i = fcodes.length;
          fcodes.push(p.fcode);
          fcodeIndex.set(p.fcode, i);
        }
        return i;
      }),
      fcodes,
      nameKeys: keys.join("\n"),
      nameRows: keys
        .map((k) => (this.names.get(k) ?? []).map((r) => r.toString(36)).join(","))
        .join("\n"),
      demonyms: this.demonyms,
      metonyms: this.metonyms,
      maxWords,
    };
  }
}
