// The map's key: what a dot's colour says under the chosen colouring (each category or outlet in
// use, by name), what its size says, and the country and area shadings.
import { useLayoutEffect, useRef } from "react";
import type { LegendEntry, MarkerColouring } from "../geo/mapModel";
import "../styles/map.css";

export function MapLegend({
  colouring,
  colours,
  hasAreas,
}: {
  colouring: MarkerColouring;
  colours: readonly LegendEntry[];
  hasAreas: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // The legend wraps to two or three lines on a narrow map: the counts of places beyond the
  // bottom edge (edge-indicators.css) stand clear of however tall it is.
  useLayoutEffect(() => {
    const legend = ref.current;
    const panel = legend?.parentElement;
    if (!legend || !panel || typeof ResizeObserver === "undefined") return;
    const clear = () =>
      panel.style.setProperty(
        "--map-legend-clear",
        `${legend.offsetTop ? panel.clientHeight - legend.offsetTop : 0}px`,
      );
    const observer = new ResizeObserver(clear);
    observer.observe(legend);
    observer.observe(panel);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="map-legend map-legend--colours" role="group" aria-label="Map legend">
      <ul
        className="map-legend__colours"
        aria-label={colouring === "outlet" ? "Dot colour: outlet" : "Dot colour: category"}
        data-testid="map-legend-colours"
      >
        {colours.map((entry) => (
          <li key={entry.label} className="map-legend__item" data-colour={entry.colour}>
            <span className="map-legend__dot" style={{ background: entry.colour }} />
            {entry.label}
          </li>
        ))}
      </ul>
      <span className="map-legend__item">
        <span className="map-legend__dot map-legend__dot--sizes" aria-hidden="true" /> Size:
        mentions
      </span>
      <span className="map-legend__item">
        <span className="map-legend__ramp" aria-hidden="true" /> Country mentions
      </span>
      {hasAreas && (
        <span className="map-legend__item">
          <span className="map-legend__area" aria-hidden="true" /> Region, no exact spot
        </span>
      )}
    </div>
  );
}
