import type { StateCreator } from "zustand";
import type { DatelineState } from "./index";

export interface SelectionSlice {
  /** The place whose sources are open. */
  selectedPlaceId: string | null;
  /** The event whose places are highlighted on the map. */
  selectedEventId: string | null;
  selectPlace: (id: string | null) => void;
  selectEvent: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<DatelineState, [], [], SelectionSlice> = (set) => ({
  selectedPlaceId: null,
  selectedEventId: null,
  selectPlace: (id) => set({ selectedPlaceId: id }),
  selectEvent: (id) => set({ selectedEventId: id }),
});
