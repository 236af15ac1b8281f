// The Sources of one story: every article that reported the happening, each with its outlet and
// the passage that reports it. A passage is the event's own text (whitespace-normalised by the
// extractor), so nothing waits for article texts to load. Text is rendered as text, never HTML.
import { useEffect, useRef } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary } from "../data/derive";
import { formatDay, formatEventDate } from "../data/calendar";
import { outletOf } from "../data/outlets";
import { passageRuns } from "../data/timelineGroups";
import { isWebLink } from "./SourcesPanel";
import { SearchHits } from "./SearchHits";
import "../styles/outlets.css";

interface Props {
  /** The story's events, one per article, the card's own first. */
  events: readonly DatelineEvent[];
  documentsById: ReadonlyMap<string, DocumentSummary>;
  colourOf: (outlet: string) => string;
  selectedEventId: string | null;
  searchTerms: readonly string[];
  onSelectEvent: (id: string) => void;
  onClose: () => void;
}

export function StorySources({
  events,
  documentsById,
  colourOf,
  selectedEventId,
  searchTerms,
  onSelectEvent,
  onClose,
}: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const first = events[0];
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
  }, [first?.story]);
  if (!first) return null;
  const outlets = new Set(events.map((e) => outletOf(documentsById.get(e.doc) ?? {})));
  const articles = new Set(events.map((e) => e.doc)).size;

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
          <p className="sources__kind">One happening, {articles} sources</p>
          <h2 className="sources__title" tabIndex={-1} ref={headingRef}>
            {formatEventDate(first.date)}
          </h2>
          <p className="sources__meta">
            Reported by {articles} article{articles === 1 ? "" : "s"} from {outlets.size} outlet
            {outlets.size === 1 ? "" : "s"}
          </p>
        </div>
        <button type="button" className="icon-button" aria-label="Close sources" onClick={onClose}>
          ×
        </button>
      </div>
      <div className="sources__body">
        {events.map((event) => {
          const document = documentsById.get(event.doc);
          const outlet = outletOf(document ?? {});
          return (
            <article key={event.id} className="source" data-testid="story-source">
              <header className="source__header">
                <h3 className="source__title">
                  {document && isWebLink(document.url) ? (
                    <a href={document.url} target="_blank" rel="noopener noreferrer">
                      {document.title}
                    </a>
                  ) : (
                    (document?.title ?? event.doc)
                  )}
                </h3>
                <p className="source__meta">
                  <span
                    className="outlet-swatch"
                    style={{ background: colourOf(outlet) }}
                    aria-hidden="true"
                  />
                  <span className="source__outlet">{outlet}</span>
                  {" · "}
                  {document?.published ? formatDay(document.published) : "Undated"}
                </p>
              </header>
              <ul className="source__passages">
                <li className="source__passage">
                  <span className="source__dates">
                    <button
                      type="button"
                      className="source__date"
                      aria-pressed={event.id === selectedEventId}
                      title="Show this event in the timeline and its places on the map"
                      onClick={() => onSelectEvent(event.id)}
                    >
                      {formatEventDate(event.date)}
                    </button>
                  </span>
                  {/* The date expression stands out as in the timeline: the reports differ most
                      in how they date the happening. */}
                  {passageRuns(event).map((run, i) => (
                    <span key={i} className={run.isDate ? "event__timex" : undefined}>
                      <SearchHits text={run.text} terms={searchTerms} />
                    </span>
                  ))}
                </li>
              </ul>
            </article>
          );
        })}
      </div>
    </section>
  );
}
