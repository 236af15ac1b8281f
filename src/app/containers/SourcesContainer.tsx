import { useMemo } from "react";
import type { DatasetIndex } from "../data/datasetIndex";
import { sourcesForPlace } from "../data/passages";
import { useDatelineStore } from "../store";
import { SourcesPanel } from "../components/SourcesPanel";

export function SourcesContainer({
  index,
  searchTerms,
}: {
  index: DatasetIndex;
  /** Search terms to mark in the passages. */
  searchTerms: readonly string[];
}) {
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const selectEvent = useDatelineStore((s) => s.selectEvent);
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  const place = selectedPlaceId ? index.placesById.get(selectedPlaceId) : undefined;
  const sources = useMemo(
    () => (place ? sourcesForPlace(place, index.dataset.documents, index.events) : []),
    [place, index],
  );
  if (!place) return null;
  return (
    <SourcesPanel
      place={place}
      sources={sources}
      onClose={() => selectPlace(null)}
      onSelectEvent={selectEvent}
      selectedEventId={selectedEventId}
      searchTerms={searchTerms}
    />
  );
}
