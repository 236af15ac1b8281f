import { useDeferredValue, useEffect, useMemo, useState } from "react";
import type { DatelineEvent } from "../core/contract";
import { eventsInRange, filterInView, type DatasetIndex } from "./data/datasetIndex";
import { categoryCounts, filterByCategory } from "./data/categories";
import { filterBySearch, searchTerms } from "./data/textSearch";
import { filterByPlayback, playbackStops } from "./data/playback";
import { filterByDocuments, keptDocuments } from "./data/documentFilter";
import { useDatelineStore } from "./store";
import { articlesPanelOpen } from "./store/viewSlice";
import { Header } from "./components/Header";
import { DateFilterBar } from "./containers/DateFilterBar";
import { CategoryFilter } from "./containers/CategoryFilter";
import { SearchFilter } from "./containers/SearchFilter";
import { Playback } from "./containers/Playback";
import { MapPanel } from "./containers/MapPanel";
import { TimelinePanel } from "./containers/TimelinePanel";
import { SourcesContainer } from "./containers/SourcesContainer";
import { ArticlesContainer } from "./containers/ArticlesContainer";
import { PanelBoundary } from "./components/PanelBoundary";
import "./styles/layout.css";

// The panels mount one after another, each in a task of its own: the first render of all of them
// together at corpus scale is one task of seconds, which freezes the page (and the first card
// waits for the map). Order: timeline (the first card), map, filters, sources. The stand-ins keep
// the layout but are not labelled regions: a region named "Map" is the working map.
const STAGES = 4;

function useStagedMount(): number {
  const [stage, setStage] = useState(1);
  useEffect(() => {
    if (stage >= STAGES) return;
    // A timer, not a microtask: the browser paints and handles input between stages.
    const timer = setTimeout(() => setStage(stage + 1), 0);
    return () => clearTimeout(timer);
  }, [stage]);
  return stage;
}

/** The loaded app: derives what the filters leave shown once and hands it to the panels. */
export function Workspace({ index }: { index: DatasetIndex }) {
  const stage = useStagedMount();
  const from = useDatelineStore((s) => s.from);
  const to = useDatelineStore((s) => s.to);
  const categories = useDatelineStore((s) => s.categories);
  const articlesOpen = articlesPanelOpen(
    useDatelineStore((s) => s.articlesOpen),
    index.documents.length,
  );
  const docs = useDatelineStore((s) => s.docs);
  const outlets = useDatelineStore((s) => s.outlets);
  // The articles checked in the Articles panel: every other filter works on what they leave.
  const kept = useMemo(
    () => keptDocuments(index.documents, { docs, outlets }),
    [index, docs, outlets],
  );
  // The field updates at once; the panels catch up when React has time (large datasets).
  const query = useDeferredValue(useDatelineStore((s) => s.query));
  const terms = useMemo(() => searchTerms(query), [query]);
  const playhead = useDatelineStore((s) => s.playhead);
  const playbackMode = useDatelineStore((s) => s.playbackMode);
  const windowDays = useDatelineStore((s) => s.windowDays);
  // "Only what is in view": events with a place inside the map view. It applies first, so the
  // density histogram above the timeline counts what is visible too.
  const viewBounds = useDatelineStore((s) => (s.inView ? s.mapBounds : null));
  const inView = useMemo(() => {
    const chosen = filterByDocuments(index.events, kept);
    return viewBounds ? filterInView(chosen, index.placesById, viewBounds) : chosen;
  }, [index, kept, viewBounds]);
  // The date filter is a binary search over the whole index; the view filter then runs on what it
  // leaves (both keep timeline order, so the result is the same as the other way round).
  const dated = useMemo(() => {
    const inRange = filterByDocuments(eventsInRange(index, from, to), kept);
    return viewBounds ? filterInView(inRange, index.placesById, viewBounds) : inRange;
  }, [index, from, to, kept, viewBounds]);
  const searched = useMemo(() => filterBySearch(dated, terms), [dated, terms]);
  const play = useMemo(
    () => (events: readonly DatelineEvent[]) =>
      filterByPlayback(events, playhead, playbackMode, windowDays),
    [playhead, playbackMode, windowDays],
  );
  // Facet counts follow every filter but the facet's own, so a chip says what choosing it adds.
  // Counted only once the filters are mounted (see STAGES): nothing shows them before.
  const filtersShown = stage >= 3;
  const counts = useMemo(
    () => categoryCounts(filtersShown ? play(searched) : []),
    [filtersShown, play, searched],
  );
  const inCategories = useMemo(
    () => filterByCategory(searched, categories),
    [searched, categories],
  );
  // Playback walks the days of what the other filters leave. Its stops follow a filter in a
  // deferred render, like the map: a pass over every event left must not delay the count.
  const playable = useDeferredValue(inCategories);
  const stops = useMemo(
    () => (filtersShown ? playbackStops(playable) : []),
    [filtersShown, playable],
  );
  const shownEvents = useMemo(() => play(inCategories), [play, inCategories]);
  const filtered =
    from !== null ||
    to !== null ||
    categories.length > 0 ||
    kept !== null ||
    terms.length > 0 ||
    playhead !== null ||
    viewBounds !== null;
  // The map follows a filter in a render of its own after the count and the timeline show it:
  // restyling hundreds of markers must not hold up the answer to the reader's input.
  const mapEvents = useDeferredValue(shownEvents);
  const mapFiltered = useDeferredValue(filtered);

  return (
    <div className="app">
      <Header index={index} />
      {/* Each panel fails on its own: an error in one shows a line there, never a blank page. */}
      <PanelBoundary name="Filters">
        {filtersShown ? (
          <DateFilterBar index={index} histogramEvents={inView} shownEvents={shownEvents}>
            <SearchFilter matchCount={terms.length > 0 ? shownEvents.length : null} />
            <CategoryFilter counts={counts} />
            <Playback stops={stops} />
          </DateFilterBar>
        ) : (
          <div className="filter-bar" aria-busy="true" />
        )}
      </PanelBoundary>
      <main className="workspace workspace--articles">
        <PanelBoundary name="Articles">
          {filtersShown ? (
            <ArticlesContainer index={index} />
          ) : (
            <div className={articlesOpen ? "articles" : "articles articles--closed"} />
          )}
        </PanelBoundary>
        <div className="map-column">
          <PanelBoundary name="Map">
            {stage >= 2 ? (
              <MapPanel index={index} shownEvents={mapEvents} filtered={mapFiltered} />
            ) : (
              <div className="map-panel" aria-busy="true" />
            )}
          </PanelBoundary>
          {stage >= 4 && (
            <PanelBoundary name="Sources">
              <SourcesContainer index={index} searchTerms={terms} />
            </PanelBoundary>
          )}
        </div>
        <PanelBoundary name="Timeline">
          <TimelinePanel
            index={index}
            shownEvents={shownEvents}
            filtered={filtered}
            searchTerms={terms}
          />
        </PanelBoundary>
      </main>
    </div>
  );
}
