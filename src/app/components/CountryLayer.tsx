// The offline basemap's country shapes, shaded by how often the texts name each country.
import { useEffect, useMemo, useRef, useState } from "react";
import type { PathOptions } from "leaflet";
import type { Feature, Geometry } from "geojson";
import { GeoJSON } from "react-leaflet";
import { loadCountryShapes, type CountryProperties, type CountryShapes } from "../geo/basemap";
import { useCountryPalette } from "../styles/mapPalette";
import type { CountryShade } from "../geo/mapModel";

interface Props {
  shading: ReadonlyMap<string, CountryShade>;
  highlighted: ReadonlySet<string>;
  selected: string | null;
  onlineTiles: boolean;
  onSelectPlace: (placeId: string) => void;
}

function shadeFor(weight: number, max: number, ramp: readonly string[]): string {
  const t = Math.sqrt(weight / Math.max(1, max));
  return ramp[Math.min(ramp.length - 1, Math.floor(t * ramp.length))] ?? ramp[0]!;
}

export function CountryLayer({
  shading,
  highlighted,
  selected,
  onlineTiles,
  onSelectPlace,
}: Props) {
  const [shapes, setShapes] = useState<CountryShapes | null>(null);
  const [failed, setFailed] = useState(false);
  const palette = useCountryPalette();
  const onSelectRef = useRef(onSelectPlace);
  const shadingRef = useRef(shading);
  useEffect(() => {
    onSelectRef.current = onSelectPlace;
    shadingRef.current = shading;
  });

  useEffect(() => {
    let live = true;
    loadCountryShapes().then(
      (s) => live && setShapes(s),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const max = useMemo(() => {
    // A loop rather than a spread, as everywhere the app takes a maximum over data.
    let most = 0;
    for (const s of shading.values()) most = Math.max(most, s.weight);
    return most;
  }, [shading]);

  const style = useMemo(
    () =>
      (feature?: Feature<Geometry, CountryProperties>): PathOptions => {
        const code = feature?.properties.alpha2 ?? null;
        const shade = code ? shading.get(code) : undefined;
        const isSelected = !!shade && shade.placeId === selected;
        const isHighlighted = !!shade && highlighted.has(shade.placeId);
        return {
          color:
            isSelected || isHighlighted
              ? palette.edgeMarked
              : onlineTiles
                ? palette.edgeOnline
                : palette.edge,
          weight: isSelected || isHighlighted ? 1.6 : 0.6,
          fillColor: shade ? shadeFor(shade.weight, max, palette.ramp) : palette.land,
          fillOpacity: onlineTiles ? (shade ? 0.55 : 0) : 1,
        };
      },
    [shading, highlighted, selected, onlineTiles, max, palette],
  );

  if (failed || !shapes) return null;
  return (
    <GeoJSON
      data={shapes}
      style={style}
      attribution="Natural Earth"
      onEachFeature={(feature: Feature<Geometry, CountryProperties>, layer) => {
        layer.on("click", () => {
          const code = feature.properties.alpha2;
          const shade = code ? shadingRef.current.get(code) : undefined;
          if (shade) onSelectRef.current(shade.placeId);
        });
      }}
    />
  );
}
