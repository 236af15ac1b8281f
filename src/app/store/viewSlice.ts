import type { StateCreator } from "zustand";
import type { DatelineState } from "./index";
import type { MarkerColouring } from "../geo/mapModel";

export interface MapView {
  lat: number;
  lon: number;
  zoom: number;
}

/**
 * A request for the map to frame something; `seq` makes a repeated request distinct. "focus" frames
 * where most places are, "all" every place, "reveal" pans just enough to bring `placeIds` into view,
 * "follow" frames where most places are only when none of them is in view (after a filter change).
 */
export interface FitRequest {
  target: "focus" | "all" | "reveal" | "follow";
  placeIds?: readonly string[];
  seq: number;
}

/** The part of the world the map shows, in degrees. */
export interface MapBounds {
  south: number;
  west: number;
  north: number;
  east: number;
}

export interface ViewSlice {
  /** Where the map is; null until the map has framed the data or a URL said where to look. */
  mapView: MapView | null;
  /** What the map shows; null until it has been laid out. Not in the URL (it follows mapView). */
  mapBounds: MapBounds | null;
  onlineTiles: boolean;
  /** What a dot's colour says; "category" unless the URL says `colour=outlet`. */
  markerColouring: MarkerColouring;
  fitRequest: FitRequest | null;
  /**
   * Whether the reader opened (true) or closed (false) the Articles panel; null until they do, when
   * `articlesPanelOpen` decides. Not in the URL: it is the reader's layout, not the view.
   */
  articlesOpen: boolean | null;
  setMapView: (view: MapView, bounds?: MapBounds) => void;
  setOnlineTiles: (on: boolean) => void;
  setMarkerColouring: (colouring: MarkerColouring) => void;
  requestFit: (target: FitRequest["target"], placeIds?: readonly string[]) => void;
  setArticlesOpen: (open: boolean) => void;
}

// The Articles panel opens by default where there is room beside the map and the timeline (the
// layout's own breakpoint, layout.css); on a phone it would push the map off the first screen.
// A single article has nothing to choose between: the panel would only take room from the map.
const WIDE = "(min-width: 901px)";
const wideScreen = () => typeof window !== "undefined" && !!window.matchMedia?.(WIDE).matches;

/** Whether the Articles panel shows: the reader's choice, else open for a corpus on a wide screen. */
export function articlesPanelOpen(choice: boolean | null, documentCount: number): boolean {
  return choice ?? (documentCount > 1 && wideScreen());
}

export const createViewSlice: StateCreator<DatelineState, [], [], ViewSlice> = (set) => ({
  mapView: null,
  mapBounds: null,
  onlineTiles: false,
  markerColouring: "category",
  fitRequest: null,
  articlesOpen: null,
  setMapView: (mapView, bounds) => set(bounds ? { mapView, mapBounds: bounds } : { mapView }),
  setOnlineTiles: (onlineTiles) => set({ onlineTiles }),
  setMarkerColouring: (markerColouring) => set({ markerColouring }),
  requestFit: (target, placeIds) =>
    set((state) => ({ fitRequest: { target, placeIds, seq: (state.fitRequest?.seq ?? 0) + 1 } })),
  setArticlesOpen: (articlesOpen) => set({ articlesOpen }),
});
