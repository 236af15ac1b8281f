// Downloads of the events the filter leaves, built in the page (blob: URLs): nothing is uploaded.
import { useRef } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary, PlaceSummary } from "../data/derive";
import { download } from "../export/download";
import { toCSV, toGeoJSON, toTimelineJS } from "../export/exportView";
import "../styles/export-menu.css";

interface Props {
  events: readonly DatelineEvent[];
  placesById: ReadonlyMap<string, PlaceSummary>;
  documentsById: ReadonlyMap<string, DocumentSummary>;
  /** "2022-03-01_2022-03-31", or "all" without a filter: goes into the file names. */
  rangeLabel: string;
}

export function ExportMenu({ events, placesById, documentsById, rangeLabel }: Props) {
  const details = useRef<HTMLDetailsElement>(null);
  const input = { events: [...events], placesById, documentsById };
  const base = `dateline-${rangeLabel}`;
  const formats = [
    {
      label: "GeoJSON",
      hint: "for GIS tools",
      run: () =>
        download(
          `${base}.geojson`,
          "application/geo+json",
          JSON.stringify(toGeoJSON(input), null, 1),
        ),
    },
    {
      label: "CSV",
      hint: "for spreadsheets",
      run: () => download(`${base}.csv`, "text/csv", toCSV(input)),
    },
    {
      label: "TimelineJS",
      hint: "Knight Lab's JSON",
      run: () =>
        download(
          `${base}.timeline.json`,
          "application/json",
          JSON.stringify(toTimelineJS(input, "Dateline"), null, 1),
        ),
    },
  ];
  return (
    <details className="export-menu" ref={details}>
      <summary className="button button--small" aria-label={`Export ${events.length} events`}>
        Export
      </summary>
      <ul className="export-menu__list">
        {formats.map((f) => (
          <li key={f.label}>
            <button
              type="button"
              className="export-menu__item"
              onClick={() => {
                f.run();
                details.current?.removeAttribute("open");
              }}
            >
              <span>{f.label}</span>
              <span className="export-menu__hint">{f.hint}</span>
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
