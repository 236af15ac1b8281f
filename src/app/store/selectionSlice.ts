import type { StateCreator } from "zustand";
import type { DatelineState } from "./index";

export interface SelectionSlice {
  /** The place whose sources are open. */
  selectedPlaceId: string | null;
  /** The event whose places are highlighted on the map. */
  selectedEventId: string | null;
  /** The story (events of several articles reporting one happening) whose sources are open. One
   * Sources panel shows at a time: opening a place closes the story's and the other way round. */
  selectedStoryId: string | null;
  selectPlace: (id: string | null) => void;
  selectEvent: (id: string | null) => void;
  selectStory: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<DatelineState, [], [], SelectionSlice> = (set) => ({
  selectedPlaceId: null,
  selectedEventId: null,
  selectedStoryId: null,
  selectPlace: (id) => set({ selectedPlaceId: id, selectedStoryId: null }),
  selectEvent: (id) => set({ selectedEventId: id }),
  selectStory: (id) => set({ selectedStoryId: id, selectedPlaceId: null }),
});
