// One place on the map as a Leaflet marker, managed imperatively: created once per place, its icon
// rebuilt only when its size or label changes, and its state (selected, highlighted) toggled as
// classes so a focused marker keeps keyboard focus when the selection changes. Icons are DivIcons
// built with DOM calls (textContent), never HTML strings: place names come from article text.
import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import "../styles/place-marker.css";

export type MarkerVariant = "point" | "area";

export interface PlaceMarkerProps {
  id: string;
  name: string;
  lat: number;
  lon: number;
  variant: MarkerVariant;
  /** Dot diameter in px for points; areas are text labels sized by their font. */
  size: number;
  /** Whether a point shows its name beside the dot (areas always do). */
  showLabel: boolean;
  /** Tooltip text, e.g. "Velmora · 4 mentions". */
  title: string;
  selected: boolean;
  highlighted: boolean;
  onSelect: (id: string) => void;
}

function buildIcon(
  p: Pick<PlaceMarkerProps, "name" | "variant" | "size" | "showLabel">,
): L.DivIcon {
  const content = document.createElement("div");
  content.className = "pm";
  if (p.variant === "point") {
    const dot = document.createElement("span");
    dot.className = "pm__dot";
    dot.style.width = dot.style.height = `${p.size}px`;
    // Every dot carries its name; CSS shows it always for labelled dots and otherwise on hover,
    // focus, selection and highlight.
    const label = document.createElement("span");
    label.className = "pm__label";
    label.textContent = p.name;
    label.style.left = `${p.size + 5}px`;
    content.append(dot, label);
    if (p.showLabel) content.classList.add("pm--labelled");
    return L.divIcon({
      html: content,
      className: "place-marker place-marker--point",
      iconSize: [p.size, p.size],
    });
  }
  const label = document.createElement("span");
  label.className = "pm__area";
  label.textContent = p.name;
  content.append(label);
  return L.divIcon({
    html: content,
    className: "place-marker place-marker--area",
    iconSize: [0, 0],
  });
}

export function PlaceMarker(props: PlaceMarkerProps) {
  const map = useMap();
  const markerRef = useRef<L.Marker | null>(null);
  const latest = useRef(props);
  const iconKey = `${props.variant}|${props.size}|${props.showLabel}|${props.name}`;
  const builtKey = useRef("");

  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const select = () => latest.current.onSelect(latest.current.id);
    const p = latest.current;
    const marker = L.marker([p.lat, p.lon], {
      icon: buildIcon(p),
      keyboard: true,
      riseOnHover: true,
    });
    builtKey.current = `${p.variant}|${p.size}|${p.showLabel}|${p.name}`;
    marker.on("click", select);
    // Leaflet makes the marker focusable (tabindex, role=button) but gives keys no meaning.
    marker.on("keydown", (e: L.LeafletEvent) => {
      const key = (e as L.LeafletKeyboardEvent).originalEvent.key;
      if (key === "Enter" || key === " ") {
        (e as L.LeafletKeyboardEvent).originalEvent.preventDefault();
        select();
      }
    });
    marker.addTo(map);
    markerRef.current = marker;
    return () => {
      marker.remove();
      markerRef.current = null;
    };
  }, [map, props.id, props.lat, props.lon]);

  useEffect(() => {
    const marker = markerRef.current;
    if (!marker || builtKey.current === iconKey) return;
    builtKey.current = iconKey;
    marker.setIcon(buildIcon(latest.current));
  }, [iconKey]);

  // Attributes and state classes are reapplied after every render: cheap, and it covers an icon
  // element that setIcon has just replaced.
  useEffect(() => {
    const marker = markerRef.current;
    const el = marker?.getElement();
    if (!marker || !el) return;
    el.setAttribute("aria-label", props.name);
    el.setAttribute("aria-pressed", String(props.selected));
    el.title = props.title;
    el.dataset.placeId = props.id;
    el.dataset.size = String(props.size);
    el.classList.toggle("is-selected", props.selected);
    el.classList.toggle("is-highlighted", props.highlighted);
    // Area labels sit under every dot and larger dots under smaller ones, so every dot stays
    // clickable; the selection and highlighted places sit on top.
    const base = props.variant === "area" ? -20_000 : -props.size * 20;
    marker.setZIndexOffset(props.selected ? 20_000 : props.highlighted ? 10_000 : base);
  });

  return null;
}
