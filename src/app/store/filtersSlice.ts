import type { StateCreator } from "zustand";
import type { EventCategory, ISODate } from "../../core/contract";
import { normaliseCategories } from "../data/categories";
import type { DatelineState } from "./index";

export interface FiltersSlice {
  /** Inclusive date filter; null leaves that side open. */
  from: ISODate | null;
  to: ISODate | null;
  /** Categories to keep, in facet order; empty keeps every category. */
  categories: readonly EventCategory[];
  /** Full-text search over event passages, as typed; see data/textSearch for how it is read. */
  query: string;
  /** Keep only events with a place inside the map view. */
  inView: boolean;
  setDateRange: (from: ISODate | null, to: ISODate | null) => void;
  toggleCategory: (category: EventCategory) => void;
  setCategories: (categories: readonly EventCategory[]) => void;
  setQuery: (query: string) => void;
  setInView: (inView: boolean) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<DatelineState, [], [], FiltersSlice> = (set) => ({
  from: null,
  to: null,
  categories: [],
  query: "",
  inView: false,
  setDateRange: (from, to) =>
    // A reversed range is almost always two fields typed in the "wrong" order: swap, not empty.
    set(from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }),
  toggleCategory: (category) =>
    set((state) => ({
      categories: state.categories.includes(category)
        ? state.categories.filter((c) => c !== category)
        : normaliseCategories([...state.categories, category]),
    })),
  setCategories: (categories) => set({ categories: normaliseCategories(categories) }),
  setQuery: (query) => set({ query }),
  setInView: (inView) => set({ inView }),
  clearFilters: () =>
    set({
      from: null,
      to: null,
      categories: [],
      query: "",
      inView: false,
      playhead: null,
      playing: false,
    }),
});
