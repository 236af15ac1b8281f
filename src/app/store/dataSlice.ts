import type { StateCreator } from "zustand";
import type { DatasetIndex } from "../data/datasetIndex";
import type { DatelineState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

/** How far loading has come: events indexed so far, of how many (null until known), and when it
 * started (performance.now()), for a rate and the time left. */
export interface LoadProgress {
  events: number;
  total: number | null;
  startedAt: number;
}

export interface DataSlice {
  status: LoadStatus;
  /** The loaded data, indexed (see data/loadDataset). */
  index: DatasetIndex | null;
  /** Why loading failed: a headline and the specific problems (JSON paths) when there are any. */
  loadError: { title: string; problems: string[]; hint: string | null } | null;
  loadProgress: LoadProgress | null;
  loadProgressed: (progress: LoadProgress) => void;
  datasetLoaded: (index: DatasetIndex) => void;
  /** `hint` is a command that fixes it, shown as one. */
  datasetFailed: (title: string, problems?: string[], hint?: string) => void;
}

export const createDataSlice: StateCreator<DatelineState, [], [], DataSlice> = (set) => ({
  status: "loading",
  index: null,
  loadError: null,
  loadProgress: null,
  loadProgressed: (loadProgress) => set({ loadProgress }),
  datasetLoaded: (index) => set({ status: "ready", index, loadError: null, loadProgress: null }),
  datasetFailed: (title, problems = [], hint) =>
    set({ status: "error", index: null, loadError: { title, problems, hint: hint ?? null } }),
});
