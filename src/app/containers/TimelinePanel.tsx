import { useCallback, useMemo } from "react";
import type { DatelineEvent } from "../../core/contract";
import { eventPlaces, type DatasetIndex } from "../data/datasetIndex";
import { groupEventsByDate } from "../data/timelineGroups";
import { foldStories } from "../data/storyCards";
import { outletColours } from "../data/outlets";
import { useDatelineStore } from "../store";
import { articlesPanelOpen } from "../store/viewSlice";
import { Timeline } from "../components/Timeline";
import { ExportMenu } from "../components/ExportMenu";
import { OutletLegend } from "../components/OutletLegend";

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
  const selectStory = useDatelineStore((s) => s.selectStory);
  const sourcesOpen = useDatelineStore(
    (s) => s.selectedPlaceId !== null || s.selectedStoryId !== null,
  );
  const { cards, sourcesOf } = useMemo(
    () => foldStories(shownEvents, index.documentsById),
    [shownEvents, index],
  );
  const groups = useMemo(() => groupEventsByDate(cards), [cards]);
  // Colours only tell outlets apart: with one outlet a bar on every card says nothing.
  const colours = useMemo(() => outletColours(index.documents), [index]);
  const outletColour = colours.outlets.length > 1 ? colours.colourOf : null;
  // The Articles panel's outlet list names the colours; closed, the timeline names them itself.
  const articlesOpen = articlesPanelOpen(
    useDatelineStore((s) => s.articlesOpen),
    index.documents.length,
  );
  const requestFit = useDatelineStore((s) => s.requestFit);
  // Selecting from the list brings the selection into view on the map.
  const onSelectEvent = useCallback(
    (id: string | null) => {
      selectEvent(id);
      const places = id ? eventPlaces(index, id) : [];
      if (places.length) requestFit("reveal", places);
    },
    [selectEvent, requestFit, index],
  );
  const onOpenEvent = useCallback(
    (id: string) => {
      const event = index.eventsById.get(id);
      selectEvent(id);
      const first = event?.places.find((p) => index.placesById.get(p)?.kind !== "continent");
      if (first) selectPlace(first);
      const places = eventPlaces(index, id);
      if (places.length) requestFit("reveal", places);
    },
    [index, selectEvent, selectPlace, requestFit],
  );
  const onOpenStory = useCallback(
    (id: string) => {
      const story = index.eventsById.get(id)?.story;
      if (story === undefined) return;
      onSelectEvent(id);
      selectStory(story);
    },
    [index, onSelectEvent, selectStory],
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
      sourcesOf={sourcesOf}
      shownEvents={shownEvents.length}
      totalEvents={index.events.length}
      placesById={index.placesById}
      documentsById={index.documentsById}
      showDocumentTitles={index.documents.length > 1}
      outletColour={outletColour}
      selectedEventId={selectedEventId}
      selectedPlaceId={selectedPlaceId}
      sourcesOpen={sourcesOpen}
      searchTerms={searchTerms}
      onSelectEvent={onSelectEvent}
      onSelectPlace={onSelectPlace}
      onOpenEvent={onOpenEvent}
      onCloseSources={onCloseSources}
      onOpenStory={onOpenStory}
      onClearFilter={filtered ? clearFilters : null}
      legend={
        outletColour &&
        !articlesOpen && <OutletLegend outlets={colours.outlets} colourOf={outletColour} />
      }
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
