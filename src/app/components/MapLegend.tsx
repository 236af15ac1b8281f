// The map's key: what a dot's colour says under the chosen colouring (each category or outlet in
// use, by name), what its size says, and the country and area shadings.
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
  return (
    <div className="map-legend map-legend--colours" role="group" aria-label="Map legend">
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
