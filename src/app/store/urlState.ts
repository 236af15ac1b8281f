// The view lives in the query string so a link reproduces it:
//   ?from=2031-05-01&to=2031-05-31&cat=military,diplomacy&q=ceasefire&docs=<id>,<id>&outlets=<name>&outlets=<name>&play=2031-05-07&pmode=cumulative&pwin=30&inview=1&place=<id>&event=<id>&story=<id>&map=50.1,20.3,6&tiles=osm&colour=outlet
// Outlets repeat the parameter rather than join with commas: an outlet's name may hold a comma.
// Parsing is forgiving: a malformed part is dropped, the rest still applies.
import type { EventCategory } from "../../core/contract";
import { isIsoDate } from "../data/calendar";
import { normaliseCategories } from "../data/categories";
import { normaliseChoice } from "../data/documentFilter";
import { DEFAULT_WINDOW_DAYS, PLAYBACK_WINDOWS, type PlaybackMode } from "../data/playback";
import type { MarkerColouring } from "../geo/mapModel";
import type { MapView } from "./viewSlice";

export interface UrlView {
  from: string | null;
  to: string | null;
  categories: EventCategory[];
  query: string;
  /** Articles and outlets checked in the Articles panel. */
  docs: string[];
  outlets: string[];
  /** Playback position (the playing state itself is not shared: a link opens paused). */
  playhead: string | null;
  playbackMode: PlaybackMode;
  windowDays: number;
  inView: boolean;
  place: string | null;
  event: string | null;
  /** The story whose sources are open. */
  story: string | null;
  map: MapView | null;
  onlineTiles: boolean;
  markerColouring: MarkerColouring;
}

function isoOrNull(value: string | null): string | null {
  return value !== null && isIsoDate(value) ? value : null;
}

function parseMap(value: string | null): MapView | null {
  if (!value) return null;
  const [lat, lon, zoom] = value.split(",").map(Number);
  if (lat === undefined || lon === undefined || zoom === undefined) return null;
  if (![lat, lon, zoom].every(Number.isFinite)) return null;
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || zoom < 0 || zoom > 20) return null;
  return { lat, lon, zoom };
}

function parseWindow(value: string | null): number {
  const days = Number(value);
  return (PLAYBACK_WINDOWS as readonly number[]).includes(days) ? days : DEFAULT_WINDOW_DAYS;
}

export function parseUrlView(search: string): UrlView {
  const params = new URLSearchParams(search);
  return {
    from: isoOrNull(params.get("from")),
    to: isoOrNull(params.get("to")),
    categories: normaliseCategories((params.get("cat") ?? "").split(",")),
    query: params.get("q") ?? "",
    docs: normaliseChoice((params.get("docs") ?? "").split(",")),
    outlets: normaliseChoice(params.getAll("outlets")),
    playhead: isoOrNull(params.get("play")),
    playbackMode: params.get("pmode") === "cumulative" ? "cumulative" : "window",
    windowDays: parseWindow(params.get("pwin")),
    inView: params.get("inview") === "1",
    place: params.get("place") || null,
    event: params.get("event") || null,
    story: params.get("story") || null,
    map: parseMap(params.get("map")),
    onlineTiles: params.get("tiles") === "osm",
    markerColouring: params.get("colour") === "outlet" ? "outlet" : "category",
  };
}

export function serializeUrlView(view: UrlView): string {
  const params = new URLSearchParams();
  if (view.from) params.set("from", view.from);
  if (view.to) params.set("to", view.to);
  if (view.categories.length > 0) params.set("cat", view.categories.join(","));
  if (view.query.trim()) params.set("q", view.query);
  if (view.docs.length > 0) params.set("docs", view.docs.join(","));
  for (const outlet of view.outlets) params.append("outlets", outlet);
  if (view.playhead) params.set("play", view.playhead);
  if (view.playbackMode !== "window") params.set("pmode", view.playbackMode);
  if (view.windowDays !== DEFAULT_WINDOW_DAYS) params.set("pwin", String(view.windowDays));
  if (view.inView) params.set("inview", "1");
  if (view.place) params.set("place", view.place);
  if (view.event) params.set("event", view.event);
  if (view.story) params.set("story", view.story);
  if (view.map) {
    // Four decimals is ~10 m: plenty for a view, and keeps links short.
    const { lat, zoom } = view.map;
    // A view framed across the antimeridian has its centre past ±180°: the same meridian in range.
    const lon = ((((view.map.lon + 180) % 360) + 360) % 360) - 180;
    params.set("map", `${lat.toFixed(4)},${lon.toFixed(4)},${Number(zoom.toFixed(2))}`);
  }
  if (view.onlineTiles) params.set("tiles", "osm");
  if (view.markerColouring !== "category") params.set("colour", view.markerColouring);
  const query = params.toString();
  return query ? `?${query}` : "";
}
