import { useCallback, useMemo } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DatasetIndex } from "../data/datasetIndex";
import { groupEventsByDate } from "../data/timelineGroups";
import { useDatelineStore } from "../store";
import { Timeline } from "../components/Timeline";
import { ExportMenu } from "../components/ExportMenu";

export function TimelinePanel({
  index,
  shownEvents,
  filtered,
  searchTerms,
}: {
  index: DatasetIndex;
  shownEvents: readonly DatelineEvent[];
  /** Whether any filter (dates, categories, search) is on. */
  filtered: boolean;
  /** Search terms to mark in the passages. */
  searchTerms: readonly string[];
}) {
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  const selectEvent = useDatelineStore((s) => s.selectEvent);
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const from = useDatelineStore((s) => s.from);
  const to = useDatelineStore((s) => s.to);
  const clearFilters = useDatelineStore((s) => s.clearFilters);
  const groups = useMemo(() => groupEventsByDate(shownEvents), [shownEvents]);
  const requestFit = useDatelineStore((s) => s.requestFit);
  // Selecting from the list brings the selection into view on the map.
  const onSelectEvent = useCallback(
    (id: string | null) => {
      selectEvent(id);
      const places = id ? index.eventsById.get(id)?.places : undefined;
      if (places?.length) requestFit("reveal", places);
    },
    [selectEvent, requestFit, index],
  );
  const onOpenEvent = useCallback(
    (id: string) => {
      const event = index.eventsById.get(id);
      selectEvent(id);
      const first = event?.places.find((p) => index.placesById.get(p)?.kind !== "continent");
      if (first) selectPlace(first);
      if (event?.places.length) requestFit("reveal", event.places);
    },
    [index, selectEvent, selectPlace, requestFit],
  );
  const onCloseSources = useCallback(() => selectPlace(null), [selectPlace]);
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
      showDocumentTitles={index.documents.length > 1}
      selectedEventId={selectedEventId}
      selectedPlaceId={selectedPlaceId}
      searchTerms={searchTerms}
      onSelectEvent={onSelectEvent}
      onSelectPlace={onSelectPlace}
      onOpenEvent={onOpenEvent}
      onCloseSources={onCloseSources}
      onClearFilter={filtered ? clearFilters : null}
      actions={
        shownEvents.length > 0 && (
          <ExportMenu
            events={shownEvents}
            placesById={index.placesById}
            documentsById={index.documentsById}
            rangeLabel={from !== null || to !== null ? `${from ?? "start"}_${to ?? "end"}` : "all"}
          />
        )
      }
    />
  );
}
