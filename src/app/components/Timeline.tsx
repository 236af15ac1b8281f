// The timeline: shown events grouped by date, each with its passage, source and place chips.
// Takes data as props; the container decides what is shown and what is selected.
import { memo, useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary, PlaceSummary } from "../data/derive";
import type { TimelineGroup } from "../data/timelineGroups";
import { passageRuns } from "../data/timelineGroups";
import { SearchHits } from "./SearchHits";

interface Props {
  groups: TimelineGroup[];
  totalEvents: number;
  placesById: ReadonlyMap<string, PlaceSummary>;
  documentsById: ReadonlyMap<string, DocumentSummary>;
  showDocumentTitles: boolean;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** Search terms, marked in the passages. */
  searchTerms: readonly string[];
  onSelectEvent: (id: string | null) => void;
  onSelectPlace: (id: string) => void;
  /** Enter on a card: select the event and open the Sources of its first place. */
  onOpenEvent: (id: string) => void;
  /** Escape on a card. */
  onCloseSources: () => void;
  onClearFilter: (() => void) | null;
  /** Controls for the heading, e.g. the export menu. */
  actions?: ReactNode;
}

const PASSAGE_PREVIEW = 220;
// An event naming dozens of places (a list of cities) shows this many chips and a control for the
// rest, so one card cannot push the timeline off the screen.
const CHIP_PREVIEW = 8;
// Rendering thousands of cards at once makes every filter change slow; more load on request.
const PAGE = 150;

export function Timeline(props: Props) {
  const { groups, totalEvents, selectedPlaceId } = props;
  const [limit, setLimit] = useState(PAGE);
  const sectionRef = useRef<HTMLElement>(null);
  // List mode: the cards form one tab stop (a roving tabindex); arrow keys move between them.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeRef = useRef(activeId);
  useEffect(() => {
    activeRef.current = activeId;
  });

  // Sources closed while focus was inside them (Escape, the close button): focus would fall to
  // the page, so it returns to the card the reader was on.
  const previousPlace = useRef(selectedPlaceId);
  useEffect(() => {
    const closed = previousPlace.current !== null && selectedPlaceId === null;
    previousPlace.current = selectedPlaceId;
    if (!closed || activeRef.current === null) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    sectionRef.current
      ?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(activeRef.current)}"]`)
      ?.focus();
  }, [selectedPlaceId]);

  useEffect(() => {
    // A place chosen on the map: bring its first event into view unless one already is.
    const section = sectionRef.current;
    if (!section || selectedPlaceId === null) return;
    const cards = [...section.querySelectorAll<HTMLElement>(".event--has-place")];
    const view = section.getBoundingClientRect();
    const inView = cards.some((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > view.top + 48 && r.top < view.bottom;
    });
    const first = cards[0];
    if (inView || !first) return;
    // The first card of a day brings its date heading along.
    const group =
      first.parentElement?.firstElementChild === first ? first.closest("li.timeline__group") : null;
    (group ?? first).scrollIntoView({ block: "start" });
  }, [selectedPlaceId]);
  let budget = limit;
  const visible: TimelineGroup[] = [];
  for (const group of groups) {
    if (budget <= 0) break;
    visible.push(
      budget >= group.events.length ? group : { ...group, events: group.events.slice(0, budget) },
    );
    budget -= group.events.length;
  }
  const shown = groups.reduce((n, g) => n + g.events.length, 0);
  const visibleIds = visible.flatMap((g) => g.events.map((e) => e.id));
  const tabStop =
    [activeId, props.selectedEventId].find((id) => id !== null && visibleIds.includes(id)) ??
    visibleIds[0];

  const onListKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const card = e.target as HTMLElement;
    // Keys typed on a button inside a card keep their usual meaning.
    if (card.dataset.testid !== "timeline-event") return;
    const cards = [
      ...e.currentTarget.querySelectorAll<HTMLElement>('[data-testid="timeline-event"]'),
    ];
    const i = cards.indexOf(card);
    let next: HTMLElement | undefined;
    if (e.key === "ArrowDown") next = cards[i + 1];
    else if (e.key === "ArrowUp") next = cards[i - 1];
    else if (e.key === "Home") next = cards[0];
    else if (e.key === "End") next = cards[cards.length - 1];
    else if (e.key === "Enter" && card.dataset.eventId) {
      e.preventDefault();
      props.onOpenEvent(card.dataset.eventId);
      return;
    } else if (e.key === "Escape") {
      props.onCloseSources();
      return;
    } else return;
    e.preventDefault();
    if (next) {
      next.focus();
      next.scrollIntoView({ block: "nearest" });
    }
  };

  return (
    <section className="timeline" aria-label="Timeline" ref={sectionRef}>
      <div className="panel-heading">
        <h2>Timeline</h2>
        <span className="panel-heading__meta">
          {shown === totalEvents ? `${shown} events` : `${shown} of ${totalEvents} events`}
        </span>
        {props.actions}
      </div>
      {shown === 0 ? (
        <div className="timeline__empty">
          <p>
            {totalEvents === 0
              ? "No dated events were found in these articles."
              : "No events match these filters."}
          </p>
          {props.onClearFilter && (
            <button type="button" className="button" onClick={props.onClearFilter}>
              Clear filters
            </button>
          )}
        </div>
      ) : (
        <ol
          className="timeline__groups"
          aria-label="Events by date"
          aria-describedby="timeline-keys"
          onKeyDown={onListKeyDown}
        >
          {visible.map((group) => (
            <li key={group.key} className="timeline__group">
              <h3 className="timeline__date">
                {group.label}
                <span className="timeline__date-count">{group.events.length}</span>
              </h3>
              <ol className="timeline__events">
                {group.events.map((event) => (
                  <TimelineEvent
                    key={event.id}
                    event={event}
                    places={event.places
                      .map((id) => props.placesById.get(id))
                      .filter((p): p is PlaceSummary => !!p)}
                    document={
                      props.showDocumentTitles ? props.documentsById.get(event.doc) : undefined
                    }
                    selected={event.id === props.selectedEventId}
                    mentionsSelectedPlace={
                      props.selectedPlaceId !== null && event.places.includes(props.selectedPlaceId)
                    }
                    selectedPlaceId={props.selectedPlaceId}
                    searchTerms={props.searchTerms}
                    tabbable={event.id === tabStop}
                    onFocusCard={setActiveId}
                    onSelectEvent={props.onSelectEvent}
                    onSelectPlace={props.onSelectPlace}
                  />
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      <p id="timeline-keys" className="visually-hidden">
        Up and down arrows move between events; Enter opens the sources of an event&apos;s place;
        Escape closes them.
      </p>
      {shown > limit && (
        <button
          type="button"
          className="button timeline__more"
          onClick={() => setLimit(limit + PAGE)}
        >
          Show more events ({shown - limit} left)
        </button>
      )}
    </section>
  );
}

interface EventProps {
  event: DatelineEvent;
  places: PlaceSummary[];
  document: DocumentSummary | undefined;
  selected: boolean;
  mentionsSelectedPlace: boolean;
  selectedPlaceId: string | null;
  searchTerms: readonly string[];
  tabbable: boolean;
  onFocusCard: (id: string) => void;
  onSelectEvent: (id: string | null) => void;
  onSelectPlace: (id: string) => void;
}

const TimelineEvent = memo(function TimelineEvent({
  event,
  places,
  document,
  selected,
  mentionsSelectedPlace,
  selectedPlaceId,
  searchTerms,
  tabbable,
  onFocusCard,
  onSelectEvent,
  onSelectPlace,
}: EventProps) {
  const [expanded, setExpanded] = useState(false);
  const [allChips, setAllChips] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  // While searching, the whole passage shows: a match past the preview would otherwise be hidden.
  const long = event.text.length > PASSAGE_PREVIEW && searchTerms.length === 0;
  const runs = passageRuns(long && !expanded ? { ...event, text: truncate(event.text) } : event);

  useEffect(() => {
    // Keep a selection made elsewhere (e.g. restored from a link) in view.
    if (selected) ref.current?.scrollIntoView({ block: "nearest" });
  }, [selected]);

  const className = [
    "event",
    selected ? "event--selected" : "",
    mentionsSelectedPlace ? "event--has-place" : "",
    places.length > 0 ? "event--clickable" : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    // The card is a mouse shortcut for the locate button inside it, which is the keyboard route.
    <li
      ref={ref}
      className={className}
      data-testid="timeline-event"
      data-event-id={event.id}
      tabIndex={tabbable ? 0 : -1}
      onFocus={() => onFocusCard(event.id)}
      onClick={(e) => {
        if (places.length === 0 || (e.target as HTMLElement).closest("button, a")) return;
        if (window.getSelection()?.toString()) return; // selecting text, not the event
        onSelectEvent(selected ? null : event.id);
      }}
    >
      <p className="event__text">
        {runs.map((run, i) => (
          <span key={i} className={run.isDate ? "event__timex" : undefined}>
            <SearchHits text={run.text} terms={searchTerms} />
          </span>
        ))}
        {long && (
          <button
            type="button"
            className="link-button"
            aria-expanded={expanded}
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? "show less" : "show more"}
          </button>
        )}
      </p>
      {places.length > 0 && (
        <div className="event__footer">
          <div className="event__chips">
            {(allChips ? places : places.slice(0, CHIP_PREVIEW)).map((place) => (
              <button
                key={place.id}
                type="button"
                className={place.id === selectedPlaceId ? "chip chip--selected" : "chip"}
                aria-pressed={place.id === selectedPlaceId}
                onClick={() => onSelectPlace(place.id)}
              >
                {place.name}
              </button>
            ))}
            {places.length > CHIP_PREVIEW && (
              <button
                type="button"
                className="link-button"
                aria-expanded={allChips}
                onClick={() => setAllChips(!allChips)}
              >
                {allChips ? "fewer places" : `${places.length - CHIP_PREVIEW} more places`}
              </button>
            )}
          </div>
          <button
            type="button"
            className={selected ? "event__locate event__locate--on" : "event__locate"}
            aria-pressed={selected}
            aria-label="Show this event's places on the map"
            title="Show this event's places on the map"
            onClick={() => onSelectEvent(selected ? null : event.id)}
          >
            <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
              <path d="M8 1.5a4.5 4.5 0 0 0-4.5 4.5c0 3.2 4.5 8.5 4.5 8.5s4.5-5.3 4.5-8.5A4.5 4.5 0 0 0 8 1.5Zm0 6.2a1.7 1.7 0 1 1 0-3.4 1.7 1.7 0 0 1 0 3.4Z" />
            </svg>
          </button>
        </div>
      )}
      {document && (
        <p className="event__source" title={document.title}>
          {document.title}
        </p>
      )}
    </li>
  );
});

function truncate(text: string): string {
  const cut = text.lastIndexOf(" ", PASSAGE_PREVIEW);
  return `${text.slice(0, cut > PASSAGE_PREVIEW * 0.6 ? cut : PASSAGE_PREVIEW)}… `;
}
