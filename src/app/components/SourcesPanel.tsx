// Every passage that mentions the selected place, grouped by article, the mention marked.
// Article text is rendered as React text nodes, never as HTML.
import { useEffect, useRef, useState } from "react";
import type { Place } from "../../core/contract";
import type { DocumentSources } from "../data/passages";
import { segmentPassage } from "../data/passages";
import { PAGE_SIZE, pageOf, pageOfEvent } from "../data/sourcePages";
import { formatDay, formatEventDate } from "../data/calendar";
import { SearchHits } from "./SearchHits";
import "../styles/sources-panel.css";

// The extractor keeps only http(s) URLs, but a dataset can be written by hand: a "javascript:"
// or "data:" URL must never become a link.
export function isWebLink(url: string | null): url is string {
  return !!url && /^https?:\/\//i.test(url);
}

interface Props {
  place: Place;
  sources: DocumentSources[];
  onClose: () => void;
  /** Selects an event the passage reports (highlights its places, shows it in the timeline). */
  onSelectEvent: (id: string) => void;
  selectedEventId: string | null;
  /** Search terms, marked in the passages beside the place's own mentions. */
  searchTerms: readonly string[];
}

const KIND_LABELS: Record<Place["kind"], string> = {
  country: "Country",
  admin: "Region",
  city: "City",
  site: "Site",
  region: "Area",
  continent: "Continent",
};

const VIA_LABELS = {
  demonym: "named by a demonym",
  metonym: "named by metonymy",
} as const;

export function SourcesPanel({
  place,
  sources,
  onClose,
  onSelectEvent,
  selectedEventId,
  searchTerms,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const passageCount = sources.reduce((n, s) => n + s.passages.length, 0);
  const lastPage = Math.max(0, Math.ceil(passageCount / PAGE_SIZE) - 1);
  // A new place (or new passages for it) starts on the page of the selected event's passage: Enter
  // on a card opens Sources where that event is, not on page one of thousands.
  const [paging, setPaging] = useState({ sources, page: pageOfEvent(sources, selectedEventId) });
  if (paging.sources !== sources)
    setPaging({ sources, page: pageOfEvent(sources, selectedEventId) });
  const page = Math.min(paging.page, lastPage);
  const first = page * PAGE_SIZE;
  const shownSources = pageOf(sources, first);
  const goTo = (next: number) => {
    setPaging({ sources, page: next });
    bodyRef.current?.scrollTo({ top: 0 });
  };

  useEffect(() => {
    // Move focus to the panel for keyboard and screen-reader users who selected from the map.
    headingRef.current?.focus({ preventScroll: true });
  }, [place.id]);

  return (
    <section
      className="sources"
      aria-label="Sources"
      data-testid="sources"
      onKeyDown={(e) => {
        if (e.key === "Escape") onClose();
      }}
    >
      <div className="sources__header">
        <div>
          <p className="sources__kind">
            {KIND_LABELS[place.kind]}
            {place.country && place.kind !== "country" ? ` · ${place.country}` : ""}
          </p>
          <h2 className="sources__title" tabIndex={-1} ref={headingRef}>
            {place.name}
          </h2>
          <p className="sources__meta">
            {place.mentions.length} mention{place.mentions.length === 1 ? "" : "s"} in{" "}
            {passageCount} passage{passageCount === 1 ? "" : "s"}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close sources" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="sources__body" ref={bodyRef}>
        {sources.length === 0 && (
          <p className="sources__empty">
            No passage names this place directly; an event ties it from context.
          </p>
        )}
        {shownSources.map(({ document, passages }) => (
          <article key={document.id} className="source">
            <header className="source__header">
              <h3 className="source__title">
                {isWebLink(document.url) ? (
                  <a href={document.url} target="_blank" rel="noopener noreferrer">
                    {document.title}
                  </a>
                ) : (
                  document.title
                )}
              </h3>
              <p className="source__meta">
                {document.published ? formatDay(document.published) : "Undated"}
                {document.publishedSource.startsWith("inferred") ? " (inferred)" : ""}
                {document.outlet && <span className="source__outlet"> · {document.outlet}</span>}
                <span className="source__path"> · {document.path}</span>
              </p>
            </header>
            <ul className="source__passages">
              {passages.map((passage) => (
                <li key={`${passage.start}:${passage.end}`} className="source__passage">
                  {passage.events.length > 0 && (
                    <span className="source__dates">
                      {passage.events.map((e) => (
                        <button
                          key={e.id}
                          type="button"
                          className="source__date"
                          aria-pressed={e.id === selectedEventId}
                          title="Show this event in the timeline and its places on the map"
                          onClick={() => onSelectEvent(e.id)}
                        >
                          {formatEventDate(e.date)}
                        </button>
                      ))}
                    </span>
                  )}
                  {segmentPassage(document.text, passage).map((segment, i) =>
                    segment.marked ? (
                      <mark
                        key={i}
                        className={segment.via ? "mark--indirect" : undefined}
                        title={
                          segment.via && segment.via !== "name"
                            ? `${segment.text}: ${place.name}, ${VIA_LABELS[segment.via]}`
                            : undefined
                        }
                      >
                        {segment.text}
                      </mark>
                    ) : (
                      <span key={i}>
                        <SearchHits text={segment.text} terms={searchTerms} />
                      </span>
                    ),
                  )}
                  {passage.repeats ? (
                    <span
                      className="source__repeats"
                      title={`This passage stands ${passage.repeats + 1} times in the article`}
                    >
                      {" "}
                      ×{passage.repeats + 1}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
      {lastPage > 0 && (
        <nav className="sources__pager" aria-label="Passage pages">
          <button
            type="button"
            className="button button--quiet"
            disabled={page === 0}
            onClick={() => goTo(0)}
          >
            First
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={page === 0}
            onClick={() => goTo(page - 1)}
          >
            Previous
          </button>
          <p className="sources__range" aria-live="polite" data-testid="sources-range">
            {first + 1}–{Math.min(first + PAGE_SIZE, passageCount)} of {passageCount}
          </p>
          <button
            type="button"
            className="button button--quiet"
            disabled={page === lastPage}
            onClick={() => goTo(page + 1)}
          >
            Next
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={page === lastPage}
            onClick={() => goTo(lastPage)}
          >
            Last
          </button>
        </nav>
      )}
    </section>
  );
}
