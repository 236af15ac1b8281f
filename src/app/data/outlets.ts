// Which outlet each article came from, and one colour per outlet. The timeline's legend, its cards
// and the map's "colour by outlet" option all read colours from here, so an outlet keeps the same
// colour everywhere on the page.
import type { DocumentSummary } from "./derive";

/** The name used for articles whose outlet the extractor could not tell. */
export const UNKNOWN_OUTLET = "Unknown outlet";

/**
 * Colour-blind-safe qualitative palette (Okabe–Ito, with black replaced by a slate that reads on
 * both themes). Outlets past its length share the last colour, named "Other" in legends.
 */
export const OUTLET_PALETTE = [
  "#0072b2",
  "#e69f00",
  "#009e73",
  "#cc79a7",
  "#56b4e9",
  "#d55e00",
  "#b8a500",
  "#6a5acd",
] as const;

/** The colour shared by outlets beyond the palette. */
export const OTHER_OUTLET_COLOUR = "#7a8290";

export function outletOf(document: Pick<DocumentSummary, "outlet">): string {
  return document.outlet?.trim() || UNKNOWN_OUTLET;
}

export interface OutletColours {
  /** Outlets by article count (most first), then name: the legend's order. */
  outlets: readonly string[];
  colourOf: (outlet: string) => string;
}

/**
 * Colours by rank, so the outlets that carry most articles get the distinct colours and the same
 * corpus always gets the same colours whatever order its documents arrive in.
 */
export function outletColours(
  documents: readonly Pick<DocumentSummary, "outlet">[],
): OutletColours {
  const counts = new Map<string, number>();
  for (const d of documents) {
    const outlet = outletOf(d);
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  const outlets = [...counts.keys()].sort(
    (a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : a > b ? 1 : 0),
  );
  const colours = new Map(
    outlets.map((o, i) => [o, OUTLET_PALETTE[i] ?? OTHER_OUTLET_COLOUR] as const),
  );
  return { outlets, colourOf: (outlet) => colours.get(outlet) ?? OTHER_OUTLET_COLOUR };
}
