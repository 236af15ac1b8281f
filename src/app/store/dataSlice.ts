import type { StateCreator } from "zustand";
import type { DatasetIndex } from "../data/datasetIndex";
import type { DatelineState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

export interface DataSlice {
  status: LoadStatus;
  /** The loaded data, indexed (see data/loadDataset). */
  index: DatasetIndex | null;
  /** Why loading failed: a headline and the specific problems (JSON paths) when there are any. */
  loadError: { title: string; problems: string[]; hint: string | null } | null;
  datasetLoaded: (index: DatasetIndex) => void;
  /** `hint` is a command that fixes it, shown as one. */
  datasetFailed: (title: string, problems?: string[], hint?: string) => void;
}

export const createDataSlice: StateCreator<DatelineState, [], [], DataSlice> = (set) => ({
  status: "loading",
  index: null,
  loadError: null,
  datasetLoaded: (index) => set({ status: "ready", index, loadError: null }),
  datasetFailed: (title, problems = [], hint) =>
    set({ status: "error", index: null, loadError: { title, problems, hint: hint ?? null } }),
});
