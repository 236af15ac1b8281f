// Keeps the query string and the store in step: the URL is read once at start-up, then every
// change of the view is written back with replaceState (no history entry per click or pan).
import { useDatelineStore, type DatelineState } from "./index";
import { parseUrlView, serializeUrlView, type UrlView } from "./urlState";

function viewOf(state: DatelineState): UrlView {
  return {
    from: state.from,
    to: state.to,
    place: state.selectedPlaceId,
    event: state.selectedEventId,
    map: state.mapView,
    onlineTiles: state.onlineTiles,
  };
}

export function applyUrlToStore(search: string): void {
  const view = parseUrlView(search);
  useDatelineStore.setState({
    from: view.from,
    to: view.to,
    selectedPlaceId: view.place,
    selectedEventId: view.event,
    mapView: view.map,
    onlineTiles: view.onlineTiles,
  });
  // The same swap rule as typing the fields applies to a hand-edited link.
  useDatelineStore.getState().setDateRange(view.from, view.to);
}

/** Writes the view into the URL on every change; returns the unsubscribe function. */
export function startUrlSync(): () => void {
  let last = serializeUrlView(viewOf(useDatelineStore.getState()));
  return useDatelineStore.subscribe((state) => {
    const query = serializeUrlView(viewOf(state));
    if (query === last) return;
    last = query;
    window.history.replaceState(
      window.history.state,
      "",
      `${window.location.pathname}${query}${window.location.hash}`,
    );
  });
}
