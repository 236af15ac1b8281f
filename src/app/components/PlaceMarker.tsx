// One place on the map as a Leaflet marker, built as react-leaflet builds its own layers
// (@react-leaflet/core's createLayerComponent): the marker is created once per place, and a prop
// change updates it in place (its position, its icon only when size, label or spread offset
// change, its colour and state classes on the element), so a focused marker keeps keyboard focus
// when the selection or the colouring changes. Icons are DivIcons built with DOM calls
// (textContent), never HTML strings: place names come from article text.
import L from "leaflet";
import {
  createElementObject,
  createLayerComponent,
  type LayerProps,
  type LeafletContextInterface,
} from "@react-leaflet/core";
import type { MarkerSpec } from "../geo/mapModel";
import "../styles/place-marker.css";

export interface PlaceMarkerProps extends MarkerSpec, LayerProps {
  selected: boolean;
  highlighted: boolean;
  onSelect: (id: string) => void;
}

type IconFields = Pick<PlaceMarkerProps, "name" | "variant" | "size" | "showLabel" | "offset">;

function iconKey(p: IconFields): string {
  return `${p.variant}|${p.size}|${p.showLabel}|${p.name}|${p.offset[0]}|${p.offset[1]}`;
}

function buildIcon(p: IconFields): L.DivIcon {
  const [dx, dy] = p.offset;
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
    // A dot spread to the left of its point names itself leftwards, away from the ring.
    if (dx < 0) label.style.right = `${p.size + 5}px`;
    else label.style.left = `${p.size + 5}px`;
    content.append(dot, label);
    if (p.showLabel) content.classList.add("pm--labelled");
    // The anchor moves the icon, not the marker: a spread dot is drawn beside its point.
    return L.divIcon({
      html: content,
      className: "place-marker place-marker--point",
      iconSize: [p.size, p.size],
      iconAnchor: [p.size / 2 - dx, p.size / 2 - dy],
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
    iconAnchor: [-dx, -dy],
  });
}

/** A marker that knows its latest props, for its event handlers and for when it is (re)added. */
class PlaceLayer extends L.Marker {
  props: PlaceMarkerProps;

  constructor(props: PlaceMarkerProps) {
    super([props.lat, props.lon], { icon: buildIcon(props), keyboard: true, riseOnHover: true });
    this.props = props;
    const select = () => this.props.onSelect(this.props.id);
    this.on("click", select);
    // Leaflet makes the marker focusable (tabindex, role=button) but gives keys no meaning.
    this.on("keydown", (e: L.LeafletEvent) => {
      const event = (e as L.LeafletKeyboardEvent).originalEvent;
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        select();
      }
    });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    this.applyState();
    return this;
  }

  /**
   * Names, state classes and colour on the element: Leaflet creates it only on adding and setIcon
   * replaces it, so after those everything is written; after an update that kept the icon (so
   * the same name, size and offset) only what changed, as a render of the map would otherwise
   * write to every drawn marker.
   */
  applyState(previous: PlaceMarkerProps | null = null): void {
    const p = this.props;
    const el = this.getElement();
    if (!el) return;
    const changed = <K extends keyof PlaceMarkerProps>(...keys: K[]) =>
      !previous || keys.some((k) => previous[k] !== p[k]);
    if (changed("title")) {
      el.setAttribute("aria-label", p.name);
      el.title = p.title;
      el.dataset.placeId = p.id;
      el.dataset.size = String(p.size);
    }
    if (changed("colour")) {
      el.dataset.colour = p.colour;
      el.style.setProperty("--pm-colour", p.colour);
    }
    if (changed("selected", "highlighted")) {
      el.setAttribute("aria-pressed", String(p.selected));
      el.classList.toggle("is-selected", p.selected);
      el.classList.toggle("is-highlighted", p.highlighted);
      el.classList.toggle("is-spread", p.offset[0] !== 0 || p.offset[1] !== 0);
      // Area labels sit under every dot and larger dots under smaller ones, so every dot stays
      // clickable; the selection and highlighted places sit on top.
      const base = p.variant === "area" ? -20_000 : -p.size * 20;
      this.setZIndexOffset(p.selected ? 20_000 : p.highlighted ? 10_000 : base);
    }
  }
}

function createPlaceMarker(props: PlaceMarkerProps, context: LeafletContextInterface) {
  return createElementObject(new PlaceLayer(props), context);
}

function updatePlaceMarker(
  marker: PlaceLayer,
  props: PlaceMarkerProps,
  previous: PlaceMarkerProps,
): void {
  marker.props = props;
  if (props.lat !== previous.lat || props.lon !== previous.lon)
    marker.setLatLng([props.lat, props.lon]);
  if (iconKey(props) !== iconKey(previous)) {
    marker.setIcon(buildIcon(props));
    marker.applyState();
  } else marker.applyState(previous);
}

export const PlaceMarker = createLayerComponent(createPlaceMarker, updatePlaceMarker);
