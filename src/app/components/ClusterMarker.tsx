// A group of places too close to tell apart at this zoom: a count in a circle. Clicking it, or
// Enter/Space when focused, zooms in to where the group falls apart. Built with DOM calls
// (textContent), like PlaceMarker, since the label holds place names from article text.
import { useEffect, useRef } from "react";
import L from "leaflet";
import { useMap } from "react-leaflet";
import "../styles/cluster-marker.css";

export interface ClusterMarkerProps {
  id: string;
  lat: number;
  lon: number;
  count: number;
  /** The places inside, space-separated on the element for tests and tools. */
  placeIds: readonly string[];
  /** The accessible name, e.g. "Cluster of 5 places: Kyiv, Kharkiv, …". */
  label: string;
  expansionZoom: number;
}

function clusterSize(count: number): number {
  return Math.round(Math.min(44, 24 + 4 * Math.sqrt(count - 1)));
}

function buildIcon(count: number): L.DivIcon {
  const size = clusterSize(count);
  const content = document.createElement("span");
  content.className = "cluster__count";
  content.textContent = String(count);
  return L.divIcon({ html: content, className: "cluster-marker", iconSize: [size, size] });
}

export function ClusterMarker(props: ClusterMarkerProps) {
  const map = useMap();
  const latest = useRef(props);
  useEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const p = latest.current;
    const expand = () => {
      const { lat, lon, expansionZoom } = latest.current;
      map.setView([lat, lon], Math.min(expansionZoom, map.getMaxZoom()));
    };
    const marker = L.marker([p.lat, p.lon], {
      icon: buildIcon(p.count),
      keyboard: true,
      // Above every dot: a cluster stands in for the dots it covers.
      zIndexOffset: 30_000,
    });
    marker.on("click", expand);
    marker.on("keydown", (e: L.LeafletEvent) => {
      const event = (e as L.LeafletKeyboardEvent).originalEvent;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        expand();
      }
    });
    marker.addTo(map);
    const el = marker.getElement();
    if (el) {
      el.setAttribute("aria-label", p.label);
      el.title = p.label;
      el.dataset.clusterSize = String(p.count);
      el.dataset.clusterPlaceIds = p.placeIds.join(" ");
    }
    return () => {
      marker.remove();
    };
  }, [map, props.id, props.lat, props.lon, props.count, props.label]);

  return null;
}
