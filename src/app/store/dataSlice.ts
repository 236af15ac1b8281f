import type { StateCreator } from "zustand";
import type { Dataset } from "../../core/contract";
import type { DatelineState } from "./index";

export type LoadStatus = "loading" | "ready" | "error";

export interface DataSlice {
  status: LoadStatus;
  dataset: Dataset | null;
  /** Why loading failed: a headline and the specific problems (JSON paths) when there are any. */
  loadError: { title: string; problems: string[]; hint: string | null } | null;
  datasetLoaded: (dataset: Dataset) => void;
  /** `hint` is a command that fixes it, shown as one. */
  datasetFailed: (title: string, problems?: string[], hint?: string) => void;
}

export const createDataSlice: StateCreator<DatelineState, [], [], DataSlice> = (set) => ({
  status: "loading",
  dataset: null,
  loadError: null,
  datasetLoaded: (dataset) => set({ status: "ready", dataset, loadError: null }),
  datasetFailed: (title, problems = [], hint) =>
    set({ status: "error", dataset: null, loadError: { title, problems, hint: hint ?? null } }),
});
