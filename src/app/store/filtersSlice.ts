import type { StateCreator } from "zustand";
import type { ISODate } from "../../core/contract";
import type { DatelineState } from "./index";

export interface FiltersSlice {
  /** Inclusive date filter; null leaves that side open. */
  from: ISODate | null;
  to: ISODate | null;
  setDateRange: (from: ISODate | null, to: ISODate | null) => void;
}

export const createFiltersSlice: StateCreator<DatelineState, [], [], FiltersSlice> = (set) => ({
  from: null,
  to: null,
  setDateRange: (from, to) =>
    // A reversed range is almost always two fields typed in the "wrong" order: swap, not empty.
    set(from !== null && to !== null && from > to ? { from: to, to: from } : { from, to }),
});
