// A group of places too close to tell apart at this zoom: a count in a circle. Clicking it, or
// Enter/Space when focused, zooms in to where the group falls apart. Built like PlaceMarker with
// @react-leaflet/core's create/update pair, and with DOM calls (textContent), since the label holds
// place names from article text.
import L from "leaflet";
import {
  createElementObject,
  createLayerComponent,
  type LayerProps,
  type LeafletContextInterface,
} from "@react-leaflet/core";
import type { ClusterSpec } from "../geo/mapModel";
import "../styles/cluster-marker.css";

export interface ClusterMarkerProps extends ClusterSpec, LayerProps {}

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

class ClusterLayer extends L.Marker {
  props: ClusterMarkerProps;

  constructor(props: ClusterMarkerProps, map: L.Map) {
    // Above every dot: a cluster stands in for the dots it covers.
    super([props.lat, props.lon], {
      icon: buildIcon(props.count),
      keyboard: true,
      zIndexOffset: 30_000,
    });
    this.props = props;
    const expand = () => {
      const { lat, lon, expansionZoom } = this.props;
      map.setView([lat, lon], Math.min(expansionZoom, map.getMaxZoom()));
    };
    this.on("click", expand);
    this.on("keydown", (e: L.LeafletEvent) => {
      const event = (e as L.LeafletKeyboardEvent).originalEvent;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        expand();
      }
    });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.applyState();
    return this;
  }

  applyState(): void {
    const el = this.getElement();
    if (!el) return;
    el.setAttribute("aria-label", this.props.label);
    el.title = this.props.label;
    el.dataset.clusterSize = String(this.props.count);
    el.dataset.clusterPlaceIds = this.props.placeIds.join(" ");
  }
}

function createClusterMarker(props: ClusterMarkerProps, context: LeafletContextInterface) {
  return createElementObject(new ClusterLayer(props, context.map), context);
}

function updateClusterMarker(
  marker: ClusterLayer,
  props: ClusterMarkerProps,
  previous: ClusterMarkerProps,
): void {
  marker.props = props;
  if (props.lat !== previous.lat || props.lon !== previous.lon)
    marker.setLatLng([props.lat, props.lon]);
  if (props.count !== previous.count) marker.setIcon(buildIcon(props.count));
  marker.applyState();
}

export const ClusterMarker = createLayerComponent(createClusterMarker, updateClusterMarker);
