import { useDeferredValue, useMemo } from "react";
import type { Dataset } from "../core/contract";
import { filterEvents, indexDataset } from "./data/datasetIndex";
import { categoryCounts, filterByCategory } from "./data/categories";
import { filterBySearch, searchTerms } from "./data/textSearch";
import { useDatelineStore } from "./store";
import { Header } from "./components/Header";
import { DateFilterBar } from "./containers/DateFilterBar";
import { CategoryFilter } from "./containers/CategoryFilter";
import { SearchFilter } from "./containers/SearchFilter";
import { MapPanel } from "./containers/MapPanel";
import { TimelinePanel } from "./containers/TimelinePanel";
import { SourcesContainer } from "./containers/SourcesContainer";

/** The loaded app: derives what the filters leave shown once and hands it to the panels. */
export function Workspace({ dataset }: { dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const from = useDatelineStore((s) => s.from);
  const to = useDatelineStore((s) => s.to);
  const categories = useDatelineStore((s) => s.categories);
  // The field updates at once; the panels catch up when React has time (large datasets).
  const query = useDeferredValue(useDatelineStore((s) => s.query));
  const terms = useMemo(() => searchTerms(query), [query]);
  const dated = useMemo(() => filterEvents(index.events, from, to), [index, from, to]);
  const searched = useMemo(() => filterBySearch(dated, terms), [dated, terms]);
  // Facet counts follow every filter but the facet's own, so a chip says what choosing it adds.
  const counts = useMemo(() => categoryCounts(searched), [searched]);
  const shownEvents = useMemo(() => filterByCategory(searched, categories), [searched, categories]);
  const filtered = from !== null || to !== null || categories.length > 0 || terms.length > 0;

  return (
    <div className="app">
      <Header index={index} />
      <DateFilterBar index={index} shownEvents={shownEvents}>
        <SearchFilter matchCount={terms.length > 0 ? shownEvents.length : null} />
        <CategoryFilter counts={counts} />
      </DateFilterBar>
      <main className="workspace">
        <div className="map-column">
          <MapPanel index={index} shownEvents={shownEvents} filtered={filtered} />
          <SourcesContainer index={index} searchTerms={terms} />
        </div>
        <TimelinePanel
          index={index}
          shownEvents={shownEvents}
          filtered={filtered}
          searchTerms={terms}
        />
      </main>
    </div>
  );
}
