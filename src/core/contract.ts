// The dataset the extractor writes and the app reads. Fixed by ../shared/CONTRACT.md (schema 1):
// extend only with optional fields.

export type ISODate = string; // "YYYY-MM-DD"

export interface Dataset {
  schemaVersion: 1;
  documents: DocumentRecord[];
  places: Place[];
  events: DatelineEvent[];
  dates: DateMention[];
}

export type Genre = "news" | "narrative";

export interface DocumentRecord {
  id: string;
  title: string;
  path: string;
  url: string | null;
  published: string | null;
  publishedSource: string;
  genre: Genre;
  text: string;
  /** Optional (issue 11): who published it, for naming and filtering by outlet. */
  outlet?: string;
}

export interface Span {
  doc: string;
  start: number;
  end: number;
}

export type PlaceKind = "country" | "admin" | "city" | "site" | "region" | "continent";

export interface Place {
  id: string;
  name: string;
  kind: PlaceKind;
  country: string | null;
  lat: number;
  lon: number;
  /** Optional (issue 12): how far a region reaches from its point, in km (seas, broad regions). */
  radiusKm?: number;
  mentions: Mention[];
}

export type MentionVia = "name" | "demonym" | "metonym";

export interface Mention extends Span {
  via?: MentionVia;
}

export type Granularity = "day" | "week" | "month" | "quarter" | "year" | "range";

export type EventCategory = "military" | "diplomacy" | "economy" | "humanitarian" | "other";

export interface DatelineEvent {
  id: string;
  doc: string;
  start: number;
  end: number;
  text: string;
  date: {
    start: ISODate;
    end: ISODate;
    granularity: Granularity;
    text: string;
    span: Span;
  };
  places: string[];
  occurrences?: Span[];
  /** Optional (contract allows additions): which stage made it. */
  by?: string;
  category?: EventCategory;
  /** Optional (issue 11): shared by the events of several articles that report one happening. */
  story?: string;
}

export type TimexType = "DATE" | "TIME" | "DURATION" | "SET";

export interface DateMention {
  span: Span;
  text: string;
  type: TimexType;
  value: string;
  mod?: string;
  start?: ISODate;
  end?: ISODate;
}
