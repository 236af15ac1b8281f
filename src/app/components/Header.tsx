import type { DatasetIndex } from "../data/datasetIndex";
import { formatDayRange } from "../data/calendar";

function plural(n: number, word: string): string {
  return `${n.toLocaleString("en")} ${word}${n === 1 ? "" : "s"}`;
}

export function Header({ index }: { index: DatasetIndex }) {
  const { documents, places } = index.dataset;
  const mapped = places.filter((p) => p.mentions.length > 0).length || places.length;
  return (
    <header className="app-header">
      <div className="app-header__brand">
        <span className="brand">Dateline</span>
        <span className="app-header__tagline">News, placed and dated</span>
      </div>
      <p className="app-header__summary" data-testid="summary">
        <span>{plural(documents.length, "article")}</span>
        <span>{plural(index.events.length, "event")}</span>
        <span>{plural(mapped, "place")}</span>
        {index.extent && <span>{formatDayRange(index.extent.start, index.extent.end)}</span>}
      </p>
    </header>
  );
}
