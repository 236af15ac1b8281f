import { useMemo } from "react";
import type { Dataset } from "../core/contract";
import { filterEvents, indexDataset } from "./data/datasetIndex";
import { useDatelineStore } from "./store";
import { Header } from "./components/Header";
import { DateFilterBar } from "./containers/DateFilterBar";
import { MapPanel } from "./containers/MapPanel";
import { TimelinePanel } from "./containers/TimelinePanel";
import { SourcesContainer } from "./containers/SourcesContainer";

/** The loaded app: derives what the date filter leaves shown once and hands it to the panels. */
export function Workspace({ dataset }: { dataset: Dataset }) {
  const index = useMemo(() => indexDataset(dataset), [dataset]);
  const from = useDatelineStore((s) => s.from);
  const to = useDatelineStore((s) => s.to);
  const shownEvents = useMemo(() => filterEvents(index.events, from, to), [index, from, to]);
  const filtered = from !== null || to !== null;

  return (
    <div className="app">
      <Header index={index} />
      <DateFilterBar index={index} shownEvents={shownEvents} />
      <main className="workspace">
        <div className="map-column">
          <MapPanel index={index} shownEvents={shownEvents} filtered={filtered} />
          <SourcesContainer index={index} />
        </div>
        <TimelinePanel index={index} shownEvents={shownEvents} />
      </main>
    </div>
  );
}
