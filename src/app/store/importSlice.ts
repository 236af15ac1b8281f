import type { StateCreator } from "zustand";
import type { DatelineState } from "./index";

/** An article added in this browser, as the list of added articles shows it. */
export interface AddedSummary {
  id: string;
  path: string;
  title: string;
  published: string | null;
}

/** Where an import is: fetching the place index (bytes over the wire), then the articles. */
export type ImportProgress =
  | { phase: "gazetteer"; loaded: number; total: number | null }
  | { phase: "articles"; done: number; total: number; current: string | null };

export interface ImportSlice {
  added: AddedSummary[];
  /** One-line reasons ("notes.pdf: not a .txt, .md or .html file"), kept until dismissed. */
  notices: { id: number; text: string }[];
  importProgress: ImportProgress | null;
  /** The article whose publication date is being asked for. */
  dateQuestion: { name: string; title: string } | null;
  setAdded: (added: AddedSummary[]) => void;
  articleAdded: (article: AddedSummary) => void;
  articleRemoved: (id: string) => void;
  noticed: (text: string) => void;
  noticeDismissed: (id: number) => void;
  importProgressed: (progress: ImportProgress | null) => void;
  dateAsked: (question: { name: string; title: string } | null) => void;
}

let nextNotice = 1;

export const createImportSlice: StateCreator<DatelineState, [], [], ImportSlice> = (set) => ({
  added: [],
  notices: [],
  importProgress: null,
  dateQuestion: null,
  setAdded: (added) => set({ added }),
  articleAdded: (article) => set((s) => ({ added: [...s.added, article] })),
  articleRemoved: (id) => set((s) => ({ added: s.added.filter((a) => a.id !== id) })),
  noticed: (text) => set((s) => ({ notices: [...s.notices, { id: nextNotice++, text }] })),
  noticeDismissed: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  importProgressed: (importProgress) => set({ importProgress }),
  dateAsked: (dateQuestion) => set({ dateQuestion }),
});
