// Places outside the map view, counted by the side they lie on, as buttons on the map's edges.
// Clicking one brings those places into view.
import type { EdgeSide } from "../geo/viewBounds";
import { SIDE_NAMES } from "../geo/viewBounds";
import "../styles/edge-indicators.css";

export interface EdgeIndicator {
  side: EdgeSide;
  count: number;
  /** A few of the names, for the tooltip. */
  names: string[];
  placeIds: string[];
}

interface Props {
  indicators: readonly EdgeIndicator[];
  onReveal: (side: EdgeSide) => void;
}

const ARROWS: Record<EdgeSide, string> = {
  n: "↑",
  ne: "↗",
  e: "→",
  se: "↘",
  s: "↓",
  sw: "↙",
  w: "←",
  nw: "↖",
};

export function EdgeIndicators({ indicators, onReveal }: Props) {
  return (
    <>
      {indicators.map(({ side, count, names, placeIds }) => {
        const label = `${count} place${count === 1 ? "" : "s"} to the ${SIDE_NAMES[side]}`;
        return (
          <button
            key={side}
            type="button"
            className={`edge-indicator edge-indicator--${side}`}
            data-testid="edge-indicator"
            data-side={side}
            data-count={count}
            data-place-ids={placeIds.join(" ")}
            aria-label={`${label}: show them`}
            title={`${label}: ${names.join(", ")}${count > names.length ? ", …" : ""}`}
            onClick={() => onReveal(side)}
          >
            <span aria-hidden="true">{ARROWS[side]}</span> {count}
          </button>
        );
      })}
    </>
  );
}
