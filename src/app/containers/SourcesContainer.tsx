import { useEffect, useMemo, useState } from "react";
import type { DatasetIndex } from "../data/datasetIndex";
import { placeDocuments, placeWithMentions, sourcesForPlace } from "../data/passages";
import { loadTexts, textFailed, textOf } from "../data/documentTexts";
import { useDatelineStore } from "../store";
import { SourcesPanel } from "../components/SourcesPanel";
import { StorySources } from "../components/StorySources";
import { representativeOrder } from "../data/storyCards";
import { outletColours } from "../data/outlets";
import "../styles/sources-panel.css";

// Texts load in growing batches (the first small, so the first passages show at once); a place
// named in thousands of articles loads more only when asked.
const FIRST_BATCH = 12;
const MAX_AUTO = 200;

export function SourcesContainer(props: {
  index: DatasetIndex;
  /** Search terms to mark in the passages. */
  searchTerms: readonly string[];
}) {
  const selectedStoryId = useDatelineStore((s) => s.selectedStoryId);
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  // A place and a story are never open together (selectionSlice); a link naming both opens the
  // place.
  if (selectedStoryId !== null && selectedPlaceId === null)
    return <StorySourcesContainer {...props} storyId={selectedStoryId} />;
  return <PlaceSourcesContainer {...props} />;
}

function StorySourcesContainer({
  index,
  searchTerms,
  storyId,
}: {
  index: DatasetIndex;
  searchTerms: readonly string[];
  storyId: string;
}) {
  const selectStory = useDatelineStore((s) => s.selectStory);
  const selectEvent = useDatelineStore((s) => s.selectEvent);
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  // Listed as the timeline picks the card's event: that one first.
  const events = useMemo(
    () =>
      [...(index.storyMembers.get(storyId) ?? [])].sort(representativeOrder(index.documentsById)),
    [index, storyId],
  );
  const { colourOf } = useMemo(() => outletColours(index.documents), [index]);
  return (
    <StorySources
      events={events}
      documentsById={index.documentsById}
      colourOf={colourOf}
      selectedEventId={selectedEventId}
      searchTerms={searchTerms}
      onSelectEvent={selectEvent}
      onClose={() => selectStory(null)}
    />
  );
}

function PlaceSourcesContainer({
  index,
  searchTerms,
}: {
  index: DatasetIndex;
  searchTerms: readonly string[];
}) {
  const selectedPlaceId = useDatelineStore((s) => s.selectedPlaceId);
  const selectPlace = useDatelineStore((s) => s.selectPlace);
  const selectEvent = useDatelineStore((s) => s.selectEvent);
  const selectedEventId = useDatelineStore((s) => s.selectedEventId);
  const place = useMemo(
    () => (selectedPlaceId ? placeWithMentions(index, selectedPlaceId) : undefined),
    [index, selectedPlaceId],
  );
  const docs = useMemo(
    () => (selectedPlaceId ? placeDocuments(index, selectedPlaceId) : []),
    [index, selectedPlaceId],
  );
  // How many of `docs` have had their text loaded (or failed), for this place; the limit of how
  // many to load grows when the reader asks for more.
  const [progress, setProgress] = useState({
    placeId: selectedPlaceId,
    loaded: 0,
    limit: MAX_AUTO,
  });
  const current =
    progress.placeId === selectedPlaceId
      ? progress
      : { placeId: selectedPlaceId, loaded: 0, limit: MAX_AUTO };
  const { loaded, limit } = current;

  useEffect(() => {
    const target = Math.min(docs.length, limit);
    if (loaded >= target) return;
    let cancelled = false;
    const batch = Math.max(FIRST_BATCH, loaded);
    const next = Math.min(target, loaded + batch);
    void loadTexts(docs.slice(loaded, next)).then(() => {
      if (!cancelled) setProgress({ placeId: selectedPlaceId, loaded: next, limit });
    });
    return () => {
      cancelled = true;
    };
  }, [docs, loaded, limit, selectedPlaceId]);

  const sources = useMemo(
    () => (selectedPlaceId && loaded > 0 ? sourcesForPlace(index, selectedPlaceId, textOf) : []),
    // `loaded` changes as texts arrive: the list grows with them.
    [index, selectedPlaceId, loaded],
  );
  if (!place) return null;
  const waiting = docs.length > 0 && loaded === 0;
  const unreadable = docs.slice(0, loaded).filter(textFailed).length;
  if (waiting)
    return (
      <section className="sources" aria-label="Sources" aria-busy="true" data-testid="sources">
        <p className="sources__loading" role="status">
          Loading the passages that name {place.name}…
        </p>
      </section>
    );
  return (
    <>
      <SourcesPanel
        place={place}
        sources={sources}
        onClose={() => selectPlace(null)}
        onSelectEvent={selectEvent}
        selectedEventId={selectedEventId}
        searchTerms={searchTerms}
      />
      {(loaded < docs.length || unreadable > 0) && (
        <p className="sources__more" role="status">
          {unreadable > 0 && `The text of ${unreadable} article(s) could not be loaded. `}
          {loaded < docs.length &&
            (loaded < limit ? (
              `Loading articles ${loaded} of ${docs.length}…`
            ) : (
              <button
                type="button"
                className="button button--quiet"
                onClick={() => setProgress({ ...current, limit: limit + MAX_AUTO })}
              >
                Load the next {Math.min(MAX_AUTO, docs.length - loaded)} of {docs.length - loaded}{" "}
                more articles
              </button>
            ))}
        </p>
      )}
    </>
  );
}
