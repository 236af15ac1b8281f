// The timeline: shown events grouped by date, each with its passage, source and place chips.
// Takes data as props; the container decides what is shown and what is selected.
// A corpus brings 100,000 events, so the list is virtual (@tanstack/react-virtual): date headings
// and cards are rows of one list, drawn in runs of ROWS_PER_CHUNK, and only the runs near the view
// are in the DOM. Inside a run rows sit in normal flow, so only whole runs are measured.
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
import type { DatelineEvent } from "../../core/contract";
import type { DocumentSummary, PlaceSummary } from "../data/derive";
import type { TimelineGroup, TimelineRow } from "../data/timelineGroups";
import {
  chunkEstimates,
  firstRowWithPlace,
  passageRuns,
  stepEventRow,
  timelineRows,
} from "../data/timelineGroups";
import { sourceCount } from "../data/storyCards";
import { outletOf } from "../data/outlets";
import { SearchHits } from "./SearchHits";
import "../styles/outlets.css";
import "../styles/timeline.css";

interface Props {
  groups: TimelineGroup[];
  /** The events of each folded card (data/storyCards), by the id of the card's event. */
  sourcesOf: ReadonlyMap<string, readonly DatelineEvent[]>;
  /** Events shown (a folded card counts each of its events) and in the dataset. */
  shownEvents: number;
  totalEvents: number;
  placesById: ReadonlyMap<string, PlaceSummary>;
  documentsById: ReadonlyMap<string, DocumentSummary>;
  showDocumentTitles: boolean;
  /** The colour of each outlet for the bar on every card; null when there is one outlet. */
  outletColour: ((outlet: string) => string) | null;
  selectedEventId: string | null;
  selectedPlaceId: string | null;
  /** Whether a Sources panel (a place's or a story's) is open. */
  sourcesOpen: boolean;
  /** Search terms, marked in the passages. */
  searchTerms: readonly string[];
  onSelectEvent: (id: string | null) => void;
  onSelectPlace: (id: string) => void;
  /** Enter on a card: select the event and open the Sources of its first place. */
  onOpenEvent: (id: string) => void;
  /** Escape on a card. */
  onCloseSources: () => void;
  /** "N sources" on a folded card: open Sources on every article's passage. */
  onOpenStory: (eventId: string) => void;
  onClearFilter: (() => void) | null;
  /** Controls for the heading, e.g. the export menu. */
  actions?: ReactNode;
  /** Shown under the heading, e.g. the outlet colours' legend. */
  legend?: ReactNode;
}

const PASSAGE_PREVIEW = 220;
// An event naming dozens of places (a list of cities) shows this many chips and a control for the
// rest, so one card cannot push the timeline off the screen.
const CHIP_PREVIEW = 8;
// Rows per run. The virtualiser re-adds every item's offset after each new measurement, which at
// 150k single rows costs more than a frame; runs of 10 cut that tenfold. Longer runs draw more
// rows than the view shows: at 20, a fast fling spent over a frame drawing them (profiled at 40k
// events); at 10 a screen is about 500 DOM nodes.
const ROWS_PER_CHUNK = 10;
// First guesses at row heights (a heading; a card with two lines of text and a row of chips),
// margins included; every run is measured once drawn, so these only shape the scrollbar.
const DATE_ROW_ESTIMATE = 40;
const EVENT_ROW_ESTIMATE = 140;
const estimateRow = (row: TimelineRow) =>
  row.kind === "date" ? DATE_ROW_ESTIMATE : EVENT_ROW_ESTIMATE;
// After a jump, frames in a row the target must hold still to count as settled, and the most
// frames spent putting it back.
const SETTLED_FRAMES = 3;
const SETTLE_FRAMES = 30;
// A card this close under the top edge counts as hidden (the rows above it are still in view).
const TOP_CLEARANCE = 48;

/** A row to bring into view once it is drawn, and whether it takes focus. */
interface Reveal {
  row: number;
  block: ScrollLogicalPosition;
  focus: boolean;
}

export function Timeline(props: Props) {
  const { groups, sourcesOf, totalEvents, selectedPlaceId, selectedEventId } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const { rows, rowOfEvent, eventRows } = useMemo(
    () => timelineRows(groups, sourcesOf),
    [groups, sourcesOf],
  );
  const shown = props.shownEvents;
  const estimates = useMemo(() => chunkEstimates(rows, ROWS_PER_CHUNK, estimateRow), [rows]);
  // Stable while the rows are: a new function makes the virtualiser recompute every offset.
  const estimateSize = useCallback((i: number) => estimates[i] ?? 0, [estimates]);

  // List mode: the cards form one tab stop (a roving tabindex); arrow keys move between them.
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeRef = useRef(activeId);
  useEffect(() => {
    activeRef.current = activeId;
  });
  // An id may be any event of a folded card (the map and Sources select events): the card is the
  // row's own event.
  const selectedRow = selectedEventId === null ? undefined : rowOfEvent.get(selectedEventId);
  const tabStopRow =
    [activeId, selectedEventId]
      .map((id) => (id === null ? undefined : rowOfEvent.get(id)))
      .find((row) => row !== undefined) ?? eventRows[0];
  const tabStopCard = tabStopRow === undefined ? undefined : rows[tabStopRow];
  const tabStopId = tabStopCard?.kind === "event" ? tabStopCard.event.id : null;
  const tabStopChunk =
    tabStopRow === undefined ? undefined : Math.floor(tabStopRow / ROWS_PER_CHUNK);

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
      if (tabStopChunk === undefined || indexes.includes(tabStopChunk)) return indexes;
      return [...indexes, tabStopChunk].sort((a, b) => a - b);
    },
    [tabStopChunk],
  );
  // Runs are keyed by position: when the rows change, a drawn run's size is measured again
  // (a ResizeObserver reports its new content), and an undrawn one's old size is as good a guess
  // as any until it is drawn.
  const virtualizer = useVirtualizer({
    count: estimates.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    rangeExtractor,
    overscan: 1,
    paddingEnd: 10,
  });

  // A row asked for (by the keyboard, a selection, a place) may not be drawn: its run is scrolled
  // to first, then, once drawn, the row itself is scrolled into view (and focused).
  const pendingReveal = useRef<Reveal | null>(null);
  const settling = useRef(0);
  const revealDrawn = useCallback((): boolean => {
    const want = pendingReveal.current;
    const scroller = scrollRef.current;
    const element = want && scroller?.querySelector<HTMLElement>(`[data-row="${want.row}"]`);
    if (!want || !scroller || !element) return false;
    pendingReveal.current = null;
    element.scrollIntoView({ block: want.block });
    if (want.focus) element.focus({ preventScroll: true });
    // Runs drawn around the row are measured in the next frames and the ones above it move it;
    // it is put back until it holds still (as the virtualiser's own scrollToIndex does).
    const generation = ++settling.current;
    let still = 0;
    const settle = (frames: number) =>
      requestAnimationFrame(() => {
        if (generation !== settling.current || !element.isConnected) return;
        if (inView(scroller, element, want.block)) still++;
        else {
          still = 0;
          element.scrollIntoView({ block: want.block });
        }
        if (still < SETTLED_FRAMES && frames > 0) settle(frames - 1);
      });
    settle(SETTLE_FRAMES);
    return true;
  }, []);
  const reveal = useCallback(
    (want: Reveal) => {
      pendingReveal.current = want;
      if (revealDrawn()) return;
      const [offset] = virtualizer.getOffsetForIndex(
        Math.floor(want.row / ROWS_PER_CHUNK),
        "start",
      ) ?? [0];
      virtualizer.scrollToOffset(offset);
    },
    [virtualizer, revealDrawn],
  );
  useEffect(() => {
    revealDrawn();
  });

  // A selection made elsewhere (the map, a Sources date, a link's ?event=) is scrolled to
  // directly: its row is known without any card being drawn.
  useEffect(() => {
    const row = selectedEventId === null ? undefined : rowOfEvent.get(selectedEventId);
    if (row !== undefined) reveal({ row, block: "nearest", focus: false });
  }, [selectedEventId, rowOfEvent, reveal]);

  // New rows (a filter, a search, a date range): the list starts again at its top, unless the
  // selected event is still shown (the effect above scrolls to it).
  const previousRows = useRef(rows);
  useEffect(() => {
    if (previousRows.current === rows) return;
    previousRows.current = rows;
    if (selectedEventId === null || !rowOfEvent.has(selectedEventId)) virtualizer.scrollToOffset(0);
  }, [rows, rowOfEvent, selectedEventId, virtualizer]);

  // Sources closed while focus was inside them (Escape, the close button): focus would fall to
  // the page, so it returns to the card the reader was on.
  const previousOpen = useRef(props.sourcesOpen);
  useEffect(() => {
    const closed = previousOpen.current && !props.sourcesOpen;
    previousOpen.current = props.sourcesOpen;
    if (!closed || activeRef.current === null) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    cardElement(scrollRef.current, activeRef.current)?.focus();
  }, [props.sourcesOpen]);

  useEffect(() => {
    // A place chosen on the map: bring its first event into view unless one already is. Every
    // row in view is drawn, so the drawn cards tell.
    const scroller = scrollRef.current;
    if (!scroller || selectedPlaceId === null) return;
    const view = scroller.getBoundingClientRect();
    const inView = [...scroller.querySelectorAll<HTMLElement>(".event--has-place")].some((c) => {
      const r = c.getBoundingClientRect();
      return r.bottom > view.top + TOP_CLEARANCE && r.top < view.bottom;
    });
    const first = firstRowWithPlace(rows, selectedPlaceId);
    if (!inView && first !== null) reveal({ row: first, block: "start", focus: false });
    // Only a new place moves the list; a re-render while it is selected must not.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedPlaceId]);

  const onListKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const card = e.target as HTMLElement;
    // Keys typed on a button inside a card keep their usual meaning.
    if (card.dataset.testid !== "timeline-event" || !card.dataset.eventId) return;
    const id = card.dataset.eventId;
    const row = rowOfEvent.get(id);
    if (row === undefined) return;
    if (e.key === "Enter") {
      e.preventDefault();
      props.onOpenEvent(id);
      return;
    }
    if (e.key === "Escape") {
      props.onCloseSources();
      return;
    }
    const steps: Record<string, number> = {
      ArrowDown: 1,
      ArrowUp: -1,
      // A page is the cards wholly in view, so PageDown shows the next screenful.
      PageDown: cardsInView(scrollRef.current),
      PageUp: -cardsInView(scrollRef.current),
      Home: -Infinity,
      End: Infinity,
    };
    const step = steps[e.key];
    if (step === undefined) return;
    e.preventDefault();
    const target = rows[stepEventRow(eventRows, row, step)];
    if (target?.kind !== "event") return;
    setActiveId(target.event.id);
    reveal({ row: rowOfEvent.get(target.event.id)!, block: "nearest", focus: true });
  };

  const rowView = (row: TimelineRow, index: number) => {
    if (row.kind === "date")
      return (
        <div
          key={row.key}
          role="listitem"
          data-row={index}
          className="timeline__date-row"
          aria-setsize={rows.length}
          aria-posinset={index + 1}
        >
          <h3 className="timeline__date">
            {row.group.label}
            <span className="timeline__date-count">{row.group.events.length}</span>
          </h3>
        </div>
      );
    const { event, places } = row;
    return (
      <TimelineEvent
        key={row.key}
        row={index}
        setSize={rows.length}
        event={event}
        places={places}
        sources={row.sources}
        placesById={props.placesById}
        documentsById={props.documentsById}
        showDocument={props.showDocumentTitles}
        outletColour={props.outletColour}
        selected={index === selectedRow}
        mentionsSelectedPlace={selectedPlaceId !== null && places.includes(selectedPlaceId)}
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
        onOpenStory={props.onOpenStory}
      />
    );
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
      {props.legend}
      {eventRows.length === 0 ? (
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
          {/* A role, not <ol>: runs of rows wrap the items, and an <ol> may hold only <li>. */}
          <div
            role="list"
            className="timeline__rows"
            aria-label="Events by date"
            aria-describedby="timeline-keys"
            style={{ height: virtualizer.getTotalSize() }}
            onKeyDown={onListKeyDown}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const first = item.index * ROWS_PER_CHUNK;
              return (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="timeline__chunk"
                  style={{ transform: `translateY(${item.start}px)` }}
                >
                  {rows
                    .slice(first, first + ROWS_PER_CHUNK)
                    .map((row, i) => rowView(row, first + i))}
                </div>
              );
            })}
          </div>
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

/** Whether the element sits where scrollIntoView with this block would have put it. */
function inView(scroller: HTMLElement, element: HTMLElement, block: ScrollLogicalPosition) {
  const view = scroller.getBoundingClientRect();
  const box = element.getBoundingClientRect();
  if (block === "start") return Math.abs(box.top - view.top) < 2;
  // "nearest": wholly inside, or filling the view from its top when taller than it.
  return box.top >= view.top - 1 && (box.bottom <= view.bottom + 1 || box.top <= view.top + 1);
}

/** How many cards are wholly inside the scroller's view, at least one. */
function cardsInView(scroller: HTMLElement | null): number {
  if (!scroller) return 1;
  const view = scroller.getBoundingClientRect();
  const cards = [...scroller.querySelectorAll('[data-testid="timeline-event"]')].filter((c) => {
    const r = c.getBoundingClientRect();
    return r.top >= view.top && r.bottom <= view.bottom;
  });
  return Math.max(1, cards.length);
}

interface EventProps {
  /** The row's index in the list, and the list's length (for assistive technology). */
  row: number;
  setSize: number;
  event: DatelineEvent;
  /** Place ids the card shows (a folded card's are those of all its sources). */
  places: readonly string[];
  /** A folded card's events, one per article, `event` first. */
  sources: readonly DatelineEvent[] | undefined;
  placesById: ReadonlyMap<string, PlaceSummary>;
  documentsById: ReadonlyMap<string, DocumentSummary>;
  /** Whether to name the article (more than one in the corpus). */
  showDocument: boolean;
  outletColour: ((outlet: string) => string) | null;
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
  onOpenStory: (eventId: string) => void;
}

const TimelineEvent = memo(function TimelineEvent({
  row,
  setSize,
  event,
  places: placeIds,
  sources,
  placesById,
  documentsById,
  showDocument,
  outletColour,
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
  onOpenStory,
}: EventProps) {
  // Derived here, not passed in, so the memo holds while the list re-renders on every scroll.
  const places = useMemo(
    () => placeIds.map((id) => placesById.get(id)).filter((p): p is PlaceSummary => !!p),
    [placeIds, placesById],
  );
  // The outlet of each source, once each, in the order the sources are listed.
  const outlets = useMemo(
    () => [...new Set((sources ?? [event]).map((e) => outletOf(documentsById.get(e.doc) ?? {})))],
    [sources, event, documentsById],
  );
  const document = showDocument ? documentsById.get(event.doc) : undefined;
  // While searching, the whole passage shows: a match past the preview would otherwise be hidden.
  const long = event.text.length > PASSAGE_PREVIEW && searchTerms.length === 0;
  const runs = passageRuns(long && !expanded ? { ...event, text: truncate(event.text) } : event);

  const className = [
    "event",
    outletColour ? "event--outlet" : "",
    selected ? "event--selected" : "",
    mentionsSelectedPlace ? "event--has-place" : "",
    places.length > 0 ? "event--clickable" : "",
  ]
    .filter(Boolean)
    .join(" ");

  return (
    // The card is a mouse shortcut for the locate button inside it, which is the keyboard route.
    <div
      role="listitem"
      data-row={row}
      aria-setsize={setSize}
      aria-posinset={row + 1}
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
      {outletColour && <OutletBar colours={outlets.map(outletColour)} />}
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
      {sources ? (
        <p className="event__source">
          <button
            type="button"
            className="event__sources-button"
            title="Read every article's passage"
            onClick={() => onOpenStory(event.id)}
          >
            {sourceCount(sources)} sources
          </button>
          <span className="event__outlets"> · {outlets.join(", ")}</span>
        </p>
      ) : (
        document && (
          <p className="event__source" title={document.title}>
            {document.outlet && <span className="event__outlet">{document.outlet} · </span>}
            {document.title}
          </p>
        )
      )}
    </div>
  );
});

/** A thin bar down the card's edge in its outlet's colour; a card with several outlets splits
 * it into equal bands, one per outlet. The legend naming the colours is in the Articles panel. */
function OutletBar({ colours }: { colours: readonly string[] }) {
  const band = 100 / colours.length;
  const stops = colours.map((c, i) => `${c} ${i * band}% ${(i + 1) * band}%`).join(", ");
  return (
    <span
      className="event__outlet-bar"
      aria-hidden="true"
      style={{ background: `linear-gradient(to bottom, ${stops})` }}
    />
  );
}

function truncate(text: string): string {
  const cut = text.lastIndexOf(" ", PASSAGE_PREVIEW);
  return `${text.slice(0, cut > PASSAGE_PREVIEW * 0.6 ? cut : PASSAGE_PREVIEW)}… `;
}
