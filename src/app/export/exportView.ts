// Exports of the current filtered view, so a story can move on to other tools: GeoJSON (RFC 7946)
// for GIS, CSV for spreadsheets, and TimelineJS's JSON format for Knight Lab's TimelineJS.
// Pure functions of the events and places shown; the caller decides what "shown" is.

import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary, PlaceSummary } from "../data/derive";

export interface ExportInput {
  events: DatelineEvent[];
  placesById: ReadonlyMap<string, PlaceSummary>;
  documentsById: ReadonlyMap<string, DocumentSummary>;
}

function eventPlaces(
  e: DatelineEvent,
  placesById: ReadonlyMap<string, PlaceSummary>,
): PlaceSummary[] {
  return e.places.map((id) => placesById.get(id)).filter((p): p is PlaceSummary => !!p);
}

/** One Feature per event that has a place: a Point, or a MultiPoint for several places. */
export function toGeoJSON({ events, placesById, documentsById }: ExportInput): object {
  const features = events.flatMap((e) => {
    const places = eventPlaces(e, placesById);
    if (places.length === 0) return [];
    // RFC 7946 §3.1.1: positions are [longitude, latitude].
    const coords = places.map((p) => [round(p.lon), round(p.lat)]);
    const doc = documentsById.get(e.doc);
    return [
      {
        type: "Feature",
        id: e.id,
        geometry:
          coords.length === 1
            ? { type: "Point", coordinates: coords[0] }
            : { type: "MultiPoint", coordinates: coords },
        properties: {
          dateStart: e.date.start,
          dateEnd: e.date.end,
          granularity: e.date.granularity,
          dateText: e.date.text,
          category: e.category ?? null,
          places: places.map((p) => p.name),
          placeIds: places.map((p) => p.id),
          passage: e.text,
          document: doc?.title ?? null,
          url: doc?.url ?? null,
        },
      },
    ];
  });
  return { type: "FeatureCollection", features };
}

function round(n: number): number {
  return Math.round(n * 1e5) / 1e5;
}

// A cell that starts with = + - @ (or a tab/CR) is read as a formula by spreadsheet programs;
// article text is untrusted, so such cells get a leading apostrophe (OWASP's CSV injection advice).
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCSV({ events, placesById, documentsById }: ExportInput): string {
  const header = [
    "id",
    "date_start",
    "date_end",
    "granularity",
    "date_text",
    "category",
    "places",
    "place_ids",
    "lat",
    "lon",
    "document",
    "url",
    "passage",
  ];
  const rows = events.map((e) => {
    const places = eventPlaces(e, placesById);
    const first = places[0];
    const doc = documentsById.get(e.doc);
    return [
      e.id,
      e.date.start,
      e.date.end,
      e.date.granularity,
      e.date.text,
      e.category ?? "",
      places.map((p) => p.name).join("; "),
      places.map((p) => p.id).join("; "),
      first ? String(round(first.lat)) : "",
      first ? String(round(first.lon)) : "",
      doc?.title ?? "",
      doc?.url ?? "",
      e.text,
    ].map(csvCell);
  });
  // RFC 4180: CRLF line ends.
  return [header.join(","), ...rows.map((r) => r.join(","))].join("\r\n") + "\r\n";
}

// TimelineJS renders its text fields as HTML, so article text is escaped before it goes in.
function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );
}

function tjsDate(iso: string): { year: number; month: number; day: number } {
  const [y, m, d] = iso.split("-").map(Number);
  return { year: y!, month: m!, day: d! };
}

export function toTimelineJS(
  { events, placesById, documentsById }: ExportInput,
  title: string,
): object {
  return {
    title: { text: { headline: escapeHtml(title), text: `${events.length} events from Dateline` } },
    events: events.map((e) => {
      const places = eventPlaces(e, placesById);
      const doc = documentsById.get(e.doc);
      const out: Record<string, unknown> = {
        unique_id: e.id,
        start_date: tjsDate(e.date.start),
        text: {
          headline: escapeHtml(places.length ? places.map((p) => p.name).join(", ") : e.date.text),
          text: escapeHtml(e.text) + (doc ? `<p><em>${escapeHtml(doc.title)}</em></p>` : ""),
        },
      };
      if (e.date.end !== e.date.start) out.end_date = tjsDate(e.date.end);
      if (e.category) out.group = e.category;
      return out;
    }),
  };
}
