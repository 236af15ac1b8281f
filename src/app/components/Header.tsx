import type { DatasetIndex } from "../data/datasetIndex";
import { formatDayRange } from "../data/calendar";
import { ImportControls } from "../containers/ImportControls";
import "../styles/header.css";

function Count({ n, word }: { n: number; word: string }) {
  return (
    <span className="app-header__stat">
      <strong>{n.toLocaleString("en")}</strong> {word}
      {n === 1 ? "" : "s"}
    </span>
  );
}

export function Header({ index }: { index: DatasetIndex }) {
  const { documents, places } = index;
  const mapped = places.filter((p) => p.mentionCount > 0).length || places.length;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="brand">Dateline</span>
        <span className="app-header__tagline">News, placed and dated</span>
      </div>
      <p className="app-header__summary" data-testid="summary">
        <Count n={documents.length} word="article" />
        <Count n={index.events.length} word="event" />
        <Count n={mapped} word="place" />
        {index.extent && (
          <span className="app-header__stat app-header__span">
            {formatDayRange(index.extent.start, index.extent.end)}
          </span>
        )}
      </p>
      <ImportControls />
    </header>
  );
}
