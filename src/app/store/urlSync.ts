// Keeps the query string and the store in step: the URL is read once at start-up, then every
// change of the view is written back with replaceState (no history entry per click or pan).
import { useDatelineStore, type DatelineState } from "./index";
import { parseUrlView, serializeUrlView, type UrlView } from "./urlState";

function viewOf(state: DatelineState): UrlView {
  return {
    from: state.from,
    to: state.to,
    categories: [...state.categories],
    query: state.query,
    docs: [...state.docs],
    outlets: [...state.outlets],
    playhead: state.playhead,
    playbackMode: state.playbackMode,
    windowDays: state.windowDays,
    inView: state.inView,
    place: state.selectedPlaceId,
    event: state.selectedEventId,
    story: state.selectedStoryId,
    map: state.mapView,
    onlineTiles: state.onlineTiles,
    markerColouring: state.markerColouring,
  };
}

export function applyUrlToStore(search: string): void {
  const view = parseUrlView(search);
  useDatelineStore.setState({
    from: view.from,
    to: view.to,
    categories: view.categories,
    query: view.query,
    docs: view.docs,
    outlets: view.outlets,
    playhead: view.playhead,
    playing: false,
    playbackMode: view.playbackMode,
    windowDays: view.windowDays,
    inView: view.inView,
    selectedPlaceId: view.place,
    selectedEventId: view.event,
    selectedStoryId: view.story,
    mapView: view.map,
    onlineTiles: view.onlineTiles,
    markerColouring: view.markerColouring,
  });
  // The same swap rule as typing the fields applies to a hand-edited link.
  useDatelineStore.getState().setDateRange(view.from, view.to);
}

/**
 * Writes the view into the URL on every change. Choosing a place or an event adds a history entry,
 * so Back returns to the previous selection; filters and map moves replace the current entry (a
 * drag or a pan would otherwise flood the history). Returns the function that stops syncing.
 */
export function startUrlSync(): () => void {
  let last = serializeUrlView(viewOf(useDatelineStore.getState()));
  let restoring = false;
  const unsubscribe = useDatelineStore.subscribe((state, previous) => {
    const query = serializeUrlView(viewOf(state));
    if (query === last || restoring) {
      last = query;
      return;
    }
    last = query;
    const url = `${window.location.pathname}${query}${window.location.hash}`;
    const selectionChanged =
      state.selectedPlaceId !== previous.selectedPlaceId ||
      state.selectedEventId !== previous.selectedEventId ||
      state.selectedStoryId !== previous.selectedStoryId;
    if (selectionChanged) window.history.pushState(null, "", url);
    else window.history.replaceState(window.history.state, "", url);
  });
  const onPopState = () => {
    restoring = true;
    try {
      applyUrlToStore(window.location.search);
    } finally {
      restoring = false;
    }
  };
  window.addEventListener("popstate", onPopState);
  return () => {
    unsubscribe();
    window.removeEventListener("popstate", onPopState);
  };
}
