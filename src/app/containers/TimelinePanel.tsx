import { useCallback, useMemo } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DatasetIndex } from "../data/datasetIndex";
import { groupEventsByDate } from "../data/timelineGroups";
import { useDatelineStore } from "../store";
import { Timeline } from "../components/Timeline";

export function TimelinePanel({
  index,
  shownEvents,
}: {
  index: DatasetIndex;
  shownEvents: readonly DatelineEvent[];
}) {
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  const selectEvent = useDatelineStore((s) => s.selectEvent);
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const filtered = useDatelineStore((s) => s.from !== null || s.to !== null);
  const setDateRange = useDatelineStore((s) => s.setDateRange);
  const groups = useMemo(() => groupEventsByDate(shownEvents), [shownEvents]);
  const requestFit = useDatelineStore((s) => s.requestFit);
  const clearFilter = useCallback(() => setDateRange(null, null), [setDateRange]);
  // Selecting from the list brings the selection into view on the map.
  const onSelectEvent = useCallback(
    (id: string | null) => {
      selectEvent(id);
      const places = id ? index.eventsById.get(id)?.places : undefined;
      if (places?.length) requestFit("reveal", places);
    },
    [selectEvent, requestFit, index],
  );
  const onSelectPlace = useCallback(
    (id: string) => {
      selectPlace(id);
      requestFit("reveal", [id]);
    },
    [selectPlace, requestFit],
  );

  return (
    <Timeline
      groups={groups}
      totalEvents={index.events.length}
      placesById={index.placesById}
      documentsById={index.documentsById}
      showDocumentTitles={index.dataset.documents.length > 1}
      selectedEventId={selectedEventId}
      selectedPlaceId={selectedPlaceId}
      onSelectEvent={onSelectEvent}
      onSelectPlace={onSelectPlace}
      onClearFilter={filtered ? clearFilter : null}
    />
  );
}
