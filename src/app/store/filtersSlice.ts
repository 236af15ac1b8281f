import type { StateCreator } from "zustand";
import type { EventCategory, ISODate } from "../../core/contract";
import { normaliseCategories } from "../data/categories";
import { normaliseChoice, toggledIn } from "../data/documentFilter";
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
  /** Articles (document ids) and outlets checked in the Articles panel; both empty keep every
   * article, otherwise the checked ones and those of the checked outlets (data/documentFilter). */
  docs: readonly string[];
  outlets: readonly string[];
  setDateRange: (from: ISODate | null, to: ISODate | null) => void;
  toggleCategory: (category: EventCategory) => void;
  setCategories: (categories: readonly EventCategory[]) => void;
  setQuery: (query: string) => void;
  setInView: (inView: boolean) => void;
  toggleDocument: (id: string) => void;
  toggleOutlet: (outlet: string) => void;
  setDocumentChoice: (docs: readonly string[], outlets: readonly string[]) => void;
  clearFilters: () => void;
}

export const createFiltersSlice: StateCreator<DatelineState, [], [], FiltersSlice> = (set) => ({
  from: null,
  to: null,
  categories: [],
  query: "",
  inView: false,
  docs: [],
  outlets: [],
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
  toggleDocument: (id) => set((state) => ({ docs: toggledIn(state.docs, id) })),
  toggleOutlet: (outlet) => set((state) => ({ outlets: toggledIn(state.outlets, outlet) })),
  setDocumentChoice: (docs, outlets) =>
    set({ docs: normaliseChoice(docs), outlets: normaliseChoice(outlets) }),
  clearFilters: () =>
    set({
      from: null,
      to: null,
      categories: [],
      query: "",
      inView: false,
      docs: [],
      outlets: [],
      playhead: null,
      playing: false,
    }),
});
