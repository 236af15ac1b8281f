// The timeline: shown events grouped by date, each with its passage, source and place chips.
// Takes data as props; the container decides what is shown and what is selected.
// A corpus brings 100,000 events, so the list is virtual: date headings and cards are rows of one
// list and only those near the view are in the DOM (@tanstack/react-virtual measures each row).
import {
  memo,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from "react";
import { defaultRangeExtractor, useVirtualizer, type Range } from "@tanstack/react-virtual";
import type { DatelineEvent, DocumentRecord, Place } from "../../core/contract";
import type { TimelineGroup } from "../data/timelineGroups";
import { firstRowWithPlace, passageRuns, stepEventRow, timelineRows } from "../data/timelineGroups";
import { SearchHits } from "./SearchHits";

interface Props {
  groups: TimelineGroup[];
  totalEvents: number;
  placesById: ReadonlyMap<string, Place>;
  documentsById: ReadonlyMap<string, DocumentRecord>;
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
// First guesses at row heights (a heading; a card with two lines of text and a row of chips);
// every row is measured once drawn, so these only shape the scrollbar before then.
const DATE_ROW_ESTIMATE = 36;
const EVENT_ROW_ESTIMATE = 132;
// The space between rows, which the cards' margins gave before rows were placed absolutely.
const ROW_GAP = 8;
// Rows drawn beyond each edge of the view, so a fast wheel turn does not show blank space.
const OVERSCAN = 6;
// A card this close under the top edge counts as hidden (the rows above it are still in view).
const TOP_CLEARANCE = 48;

export function Timeline(props: Props) {
  const { groups, totalEvents, selectedPlaceId, selectedEventId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, rowOfEvent, eventRows } = useMemo(() => timelineRows(groups), [groups]);
  const shown = eventRows.length;

  // List mode: the cards form one tab stop (a roving tabindex); arrow keys move between them.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeRef = useRef(activeId);
  useEffect(() => {
    activeRef.current = activeId;
  });
  const firstRow = rows[eventRows[0] ?? -1];
  const tabStopId =
    [activeId, selectedEventId].find((id) => id !== null && rowOfEvent.has(id)) ??
    (firstRow?.kind === "event" ? firstRow.event.id : null);
  const tabStopRow = tabStopId === null ? undefined : rowOfEvent.get(tabStopId);

  // Cards keep their "show more" and "more places" state while scrolled out of the DOM, so a
  // card comes back the height it was measured at.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [allChips, setAllChips] = useState<ReadonlySet<string>>(new Set());
  const toggleExpanded = useCallback((id: string) => setExpanded((s) => toggled(s, id)), []);
  const toggleAllChips = useCallback((id: string) => setAllChips((s) => toggled(s, id)), []);

  // The tab stop is always drawn, wherever the view is: otherwise Tab would skip the list, and
  // the card holding focus would be dropped from the DOM (and focus lost) when scrolled away.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (tabStopRow === undefined || indexes.includes(tabStopRow)) return indexes;
      return [...indexes, tabStopRow].sort((a, b) => a - b);
    },
    [tabStopRow],
  );
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => (rows[i]?.kind === "date" ? DATE_ROW_ESTIMATE : EVENT_ROW_ESTIMATE),
    getItemKey: (i) => rows[i]?.key ?? i,
    rangeExtractor,
    overscan: OVERSCAN,
    gap: ROW_GAP,
    paddingEnd: 18,
  });

  /** Rows wholly inside the scroller's view, first to last. */
  const rowsInView = () => {
    const top = virtualizer.scrollOffset ?? 0;
    const bottom = top + (virtualizer.scrollRect?.height ?? 0);
    return virtualizer
      .getVirtualItems()
      .filter((item) => item.start >= top + TOP_CLEARANCE / 2 && item.end <= bottom);
  };

  // A card asked for by the keyboard may not be drawn yet: it is scrolled in, then focused once
  // a render has put it in the DOM.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    const id = pendingFocus.current;
    if (id === null) return;
    const card = cardElement(scrollRef.current, id);
    if (!card) return;
    pendingFocus.current = null;
    card.focus({ preventScroll: true });
  });

  // A selection made elsewhere (the map, a Sources date, a link's ?event=) is scrolled to
  // directly: the row index is known without any card being drawn.
  useEffect(() => {
    const row = selectedEventId === null ? undefined : rowOfEvent.get(selectedEventId);
    if (row !== undefined) virtualizer.scrollToIndex(row, { align: "auto" });
  }, [selectedEventId, rowOfEvent, virtualizer]);

  // Sources closed while focus was inside them (Escape, the close button): focus would fall to
  // the page, so it returns to the card the reader was on.
  const previousPlace = useRef(selectedPlaceId);
  useEffect(() => {
    const closed = previousPlace.current !== null && selectedPlaceId === null;
    previousPlace.current = selectedPlaceId;
    if (!closed || activeRef.current === null) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    cardElement(scrollRef.current, activeRef.current)?.focus();
  }, [selectedPlaceId]);

  useEffect(() => {
    // A place chosen on the map: bring its first event into view unless one already is.
    if (selectedPlaceId === null) return;
    const top = (virtualizer.scrollOffset ?? 0) + TOP_CLEARANCE;
    const bottom = (virtualizer.scrollOffset ?? 0) + (virtualizer.scrollRect?.height ?? 0);
    const inView = virtualizer.getVirtualItems().some((item) => {
      const row = rows[item.index];
      return (
        row?.kind === "event" &&
        row.event.places.includes(selectedPlaceId) &&
        item.end > top &&
        item.start < bottom
      );
    });
    const first = firstRowWithPlace(rows, selectedPlaceId);
    if (!inView && first !== null) virtualizer.scrollToIndex(first, { align: "start" });
    // Only a new place moves the list; a re-render while it is selected must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedPlaceId]);

  const onListKeyDown = (e: KeyboardEvent<HTMLOListElement>) => {
    const card = e.target as HTMLElement;
    // Keys typed on a button inside a card keep their usual meaning.
    if (card.dataset.testid !== "timeline-event" || !card.dataset.eventId) return;
    const id = card.dataset.eventId;
    const row = rowOfEvent.get(id);
    if (row === undefined) return;
    // A page is the events wholly in view, so PageDown shows the next screenful.
    const page = Math.max(1, rowsInView().filter((r) => rows[r.index]?.kind === "event").length);
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      PageDown: page,
      PageUp: -page,
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[e.key];
    if (e.key === "Enter") {
      e.preventDefault();
      props.onOpenEvent(id);
      return;
    } else if (e.key === "Escape") {
      props.onCloseSources();
      return;
    } else if (step === undefined) return;
    e.preventDefault();
    const target = rows[stepEventRow(eventRows, row, step)];
    if (target?.kind !== "event") return;
    virtualizer.scrollToIndex(rowOfEvent.get(target.event.id)!, { align: "auto" });
    pendingFocus.current = target.event.id;
    setActiveId(target.event.id);
  };

  return (
    <section className="timeline" aria-label="Timeline">
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
        <div className="timeline__scroller" ref={scrollRef}>
          <ol
            className="timeline__rows"
            aria-label="Events by date"
            aria-describedby="timeline-keys"
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onListKeyDown}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = rows[item.index];
              if (!row) return null;
              if (row.kind === "date")
                return (
                  <li
                    key={item.key}
                    ref={virtualizer.measureElement}
                    data-index={item.index}
                    className="timeline__date-row"
                    style={{ transform: `translateY(${item.start}px)` }}
                    aria-setsize={rows.length}
                    aria-posinset={item.index + 1}
                  >
                    <h3 className="timeline__date">
                      {row.group.label}
                      <span className="timeline__date-count">{row.group.events.length}</span>
                    </h3>
                  </li>
                );
              const { event } = row;
              return (
                <TimelineEvent
                  key={item.key}
                  index={item.index}
                  setSize={rows.length}
                  top={item.start}
                  measure={virtualizer.measureElement}
                  event={event}
                  placesById={props.placesById}
                  document={
                    props.showDocumentTitles ? props.documentsById.get(event.doc) : undefined
                  }
                  selected={event.id === selectedEventId}
                  mentionsSelectedPlace={
                    selectedPlaceId !== null && event.places.includes(selectedPlaceId)
                  }
                  selectedPlaceId={selectedPlaceId}
                  searchTerms={props.searchTerms}
                  tabbable={event.id === tabStopId}
                  expanded={expanded.has(event.id)}
                  allChips={allChips.has(event.id)}
                  onToggleExpanded={toggleExpanded}
                  onToggleAllChips={toggleAllChips}
                  onFocusCard={setActiveId}
                  onSelectEvent={props.onSelectEvent}
                  onSelectPlace={props.onSelectPlace}
                />
              );
            })}
          </ol>
        </div>
      )}
      <p id="timeline-keys" className="visually-hidden">
        Up and down arrows move between events, Page Up and Page Down a screenful, Home and End to
        the first and last; Enter opens the sources of an event&apos;s place; Escape closes them.
      </p>
    </section>
  );
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function cardElement(root: HTMLElement | null, id: string): HTMLElement | null {
  return root?.querySelector<HTMLElement>(`[data-event-id="${CSS.escape(id)}"]`) ?? null;
}

interface EventProps {
  /** The row's place in the virtual list: its index, the list's size and its offset. */
  index: number;
  setSize: number;
  top: number;
  measure: (element: HTMLElement | null) => void;
  event: DatelineEvent;
  placesById: ReadonlyMap<string, Place>;
  document: DocumentRecord | undefined;
  selected: boolean;
  mentionsSelectedPlace: boolean;
  selectedPlaceId: string | null;
  searchTerms: readonly string[];
  tabbable: boolean;
  expanded: boolean;
  allChips: boolean;
  onToggleExpanded: (id: string) => void;
  onToggleAllChips: (id: string) => void;
  onFocusCard: (id: string) => void;
  onSelectEvent: (id: string | null) => void;
  onSelectPlace: (id: string) => void;
}

const TimelineEvent = memo(function TimelineEvent({
  index,
  setSize,
  top,
  measure,
  event,
  placesById,
  document,
  selected,
  mentionsSelectedPlace,
  selectedPlaceId,
  searchTerms,
  tabbable,
  expanded,
  allChips,
  onToggleExpanded,
  onToggleAllChips,
  onFocusCard,
  onSelectEvent,
  onSelectPlace,
}: EventProps) {
  // Derived here, not passed in, so the memo holds while the list re-renders on every scroll.
  const places = useMemo(
    () => event.places.map((id) => placesById.get(id)).filter((p): p is Place => !!p),
    [event, placesById],
  );
  // While searching, the whole passage shows: a match past the preview would otherwise be hidden.
  const long = event.text.length > PASSAGE_PREVIEW && searchTerms.length === 0;
  const runs = passageRuns(long && !expanded ? { ...event, text: truncate(event.text) } : event);

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
      ref={measure}
      data-index={index}
      aria-setsize={setSize}
      aria-posinset={index + 1}
      style={{ transform: `translateY(${top}px)` }}
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
            onClick={() => onToggleExpanded(event.id)}
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
                onClick={() => onToggleAllChips(event.id)}
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
