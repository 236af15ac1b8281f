// Small invented events and documents for the app's unit tests: only what a test names is set.
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "./derive";

export function testEvent(
  id: string,
  doc: string,
  start: string,
  end = start,
  extra: Partial<DatelineEvent> = {},
): DatelineEvent {
  return {
    id,
    doc,
    start: 0,
    end: 10,
    text: `Passage of ${id}.`,
    date: {
      start,
      end,
      granularity: start === end ? "day" : "range",
      text: start,
      span: { doc, start: 0, end: 4 },
    },
    places: [],
    ...extra,
  };
}

export function testDocument(
  id: string,
  published: string | null,
  extra: Partial<DocumentSummary> = {},
): DocumentSummary {
  return {
    id,
    title: `Title of ${id}`,
    path: `${id}.txt`,
    url: null,
    published,
    publishedSource: "front-matter",
    genre: "news",
    ...extra,
  };
}
