// The category facet: which kind of news an event reports. The extractor sets `category` when it
// can tell; an event without one counts as "other", so the facet's counts always add up to the
// events it was given.
import type { DatelineEvent, EventCategory } from "../../core/contract";

/** Facet order: the contract's order, "other" last. */
export const CATEGORIES: readonly EventCategory[] = [
  "military",
  "diplomacy",
  "economy",
  "humanitarian",
  "other",
];

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  military: "Military",
  diplomacy: "Diplomacy",
  economy: "Economy",
  humanitarian: "Humanitarian",
  other: "Other",
};

/**
 * One colour per category, for the map's "colour by category" dots: the category tokens the
 * facet's swatches use (tokens.css), so both follow the colour scheme.
 */
export const CATEGORY_COLOURS: Record<EventCategory, string> = {
  military: "var(--category-military)",
  diplomacy: "var(--category-diplomacy)",
  economy: "var(--category-economy)",
  humanitarian: "var(--category-humanitarian)",
  other: "var(--category-other)",
};

export function isCategory(value: string): value is EventCategory {
  return (CATEGORIES as readonly string[]).includes(value);
}

export function categoryOf(event: DatelineEvent): EventCategory {
  return event.category ?? "other";
}

/** An empty selection means no category filter. */
export function filterByCategory(
  events: readonly DatelineEvent[],
  selected: readonly EventCategory[],
): readonly DatelineEvent[] {
  if (selected.length === 0) return events;
  const wanted = new Set(selected);
  return events.filter((e) => wanted.has(categoryOf(e)));
}

export function categoryCounts(events: readonly DatelineEvent[]): Record<EventCategory, number> {
  const counts: Record<EventCategory, number> = {
    military: 0,
    diplomacy: 0,
    economy: 0,
    humanitarian: 0,
    other: 0,
  };
  for (const event of events) counts[categoryOf(event)]++;
  return counts;
}

/** A selection in facet order without repeats, whatever order it was given in. */
export function normaliseCategories(values: readonly string[]): EventCategory[] {
  return CATEGORIES.filter((c) => values.includes(c));
}
