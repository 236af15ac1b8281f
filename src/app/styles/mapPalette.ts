// The country layer's colours, read from tokens.css. Leaflet writes an SVG path's colours as
// attributes, which cannot hold var(), so the values are read once per colour scheme and re-read
// when the system flips it: the stylesheet stays the one place they are defined.
import { useSyncExternalStore } from "react";

export interface CountryPalette {
  /** Land no article names. */
  land: string;
  edge: string;
  /** Edges over online tiles. */
  edgeOnline: string;
  /** Edges of a selected or highlighted country. */
  edgeMarked: string;
  /** Fills for more and more mentions, lightest first. */
  ramp: readonly string[];
}

/** --country-fill-1 to --country-fill-5 in tokens.css. */
export const RAMP_STEPS = 5;

/** The palette from computed custom properties; throws naming any token tokens.css lacks. */
export function readCountryPalette(
  style: Pick<CSSStyleDeclaration, "getPropertyValue">,
): CountryPalette {
  const token = (name: string): string => {
    const value = style.getPropertyValue(name).trim();
    if (!value) throw new Error(`tokens.css defines no ${name}`);
    return value;
  };
  return {
    land: token("--country-land"),
    edge: token("--country-edge"),
    edgeOnline: token("--country-edge-online"),
    edgeMarked: token("--country-edge-marked"),
    ramp: Array.from({ length: RAMP_STEPS }, (_, i) => token(`--country-fill-${i + 1}`)),
  };
}

const DARK = "(prefers-color-scheme: dark)";
let current: CountryPalette | null = null;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(DARK);
  const changed = () => {
    current = null;
    onChange();
  };
  query.addEventListener("change", changed);
  return () => query.removeEventListener("change", changed);
}

// Cached so React sees the same object until the scheme changes (useSyncExternalStore compares
// snapshots by identity).
function snapshot(): CountryPalette {
  return (current ??= readCountryPalette(getComputedStyle(document.documentElement)));
}

/** The country palette of the scheme in force; components using it re-render when it flips. */
export function useCountryPalette(): CountryPalette {
  return useSyncExternalStore(subscribe, snapshot);
}
