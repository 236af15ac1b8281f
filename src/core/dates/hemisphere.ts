// Seasons south of the equator: "summer" in a story from Australia or Argentina is December to
// February. The dates stage learns the article's hemisphere from the places stage, which runs
// before it (pipeline.ts): the country the text names most often, by the latitude of its mentions
// (a wire dateline is one such mention). TIMEX3 values do not say which hemisphere a season is
// in, so the value keeps its season ("2022-SU") and only the year choice and the calendar range
// follow the hemisphere: a southern season falls when the opposite northern one does.
import type { PlaceMatch } from "../context";
import type { Hemisphere, Season } from "./types";

const OPPOSITE: Record<Season, Season> = { SU: "WI", WI: "SU", SP: "FA", FA: "SP" };

/** The northern season that falls when `season` does in `hemisphere`. */
export function asNorthern(season: Season, hemisphere: Hemisphere): Season {
  return hemisphere === "south" ? OPPOSITE[season] : season;
}

/** A season value as its northern twin ("2022-SU" in the south → "2022-WI"); others unchanged. */
export function asNorthernValue(value: string, hemisphere: Hemisphere): string {
  if (hemisphere === "north") return value;
  return value.replace(
    /^(\d{4})-(SP|SU|FA|WI)$/,
    (_, y: string, s: Season) => `${y}-${OPPOSITE[s]}`,
  );
}

/**
 * South when the country named most often (ties: the one named first) is mentioned south of the
 * equator on average; north otherwise, and when no country is named.
 */
export function hemisphereOf(matches: readonly PlaceMatch[]): Hemisphere {
  const byCountry = new Map<string, { count: number; lat: number }>();
  for (const m of matches) {
    const c = m.place.country;
    if (!c) continue;
    const seen = byCountry.get(c) ?? { count: 0, lat: 0 };
    byCountry.set(c, { count: seen.count + 1, lat: seen.lat + m.place.lat });
  }
  let top: { count: number; lat: number } | null = null;
  // Map order is first-mention order, so a strict comparison keeps the first of equals.
  for (const c of byCountry.values()) if (!top || c.count > top.count) top = c;
  return top && top.lat / top.count < 0 ? "south" : "north";
}
