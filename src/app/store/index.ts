// The one app store, combined once from slices by concern (STYLE.md §5). Components select
// narrowly, e.g. `useDatelineStore((s) => s.selectedPlaceId)`; derived data is memoised in the
// containers from these raw fields.
import { create } from "zustand";
import { createDataSlice, type DataSlice } from "./dataSlice";
import { createFiltersSlice, type FiltersSlice } from "./filtersSlice";
import { createImportSlice, type ImportSlice } from "./importSlice";
import { createPlaybackSlice, type PlaybackSlice } from "./playbackSlice";
import { createSelectionSlice, type SelectionSlice } from "./selectionSlice";
import { createViewSlice, type ViewSlice } from "./viewSlice";

export type DatelineState = DataSlice &
  FiltersSlice &
  ImportSlice &
  PlaybackSlice &
  SelectionSlice &
  ViewSlice;

export const useDatelineStore = create<DatelineState>()((...a) => ({
  ...createDataSlice(...a),
  ...createFiltersSlice(...a),
  ...createImportSlice(...a),
  ...createPlaybackSlice(...a),
  ...createSelectionSlice(...a),
  ...createViewSlice(...a),
}));
