import { useMemo, type ReactNode } from "react";
import type { DatelineEvent } from "../../core/contract";
import { daysOf, type DatasetIndex } from "../data/datasetIndex";
import { dateBands, densityHistogram } from "../data/histogram";
import { formatEventDate, isIsoDate, toDayNumber, toIsoDate } from "../data/calendar";
import { useDatelineStore } from "../store";
import { DateRangeBrush } from "../components/DateRangeBrush";
import "../styles/date-filter-bar.css";

export function DateFilterBar({
  index,
  histogramEvents,
  shownEvents,
  children,
}: {
  index: DatasetIndex;
  /** What the density histogram counts (all events, or those in the map view). */
  histogramEvents: readonly DatelineEvent[];
  shownEvents: readonly DatelineEvent[];
  /** The other filters (categories, search), laid out under the dates. */
  children?: ReactNode;
}) {
  const shownCount = shownEvents.length;
  const from = useDatelineStore((s) => s.from);
  const to = useDatelineStore((s) => s.to);
  const setDateRange = useDatelineStore((s) => s.setDateRange);
  const extent = index.extent;
  const histogram = useMemo(
    () => (extent ? densityHistogram(daysOf(index, histogramEvents), extent) : null),
    [index, histogramEvents, extent],
  );
  const bands = useMemo(
    () => dateBands(index.events, (e) => formatEventDate(e.date)),
    [index.events],
  );
  const total = index.events.length;

  return (
    <section className="filter-bar" aria-label="Filters">
      <div className="filter-bar__fields">
        <label className="field">
          <span className="field__label">From</span>
          <input
            type="date"
            value={from ?? ""}
            min={extent?.start}
            max={extent?.end}
            onChange={(e) => setDateRange(isIsoDate(e.target.value) ? e.target.value : null, to)}
          />
        </label>
        <label className="field">
          <span className="field__label">To</span>
          <input
            type="date"
            value={to ?? ""}
            min={extent?.start}
            max={extent?.end}
            onChange={(e) => setDateRange(from, isIsoDate(e.target.value) ? e.target.value : null)}
          />
        </label>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => setDateRange(null, null)}
          disabled={from === null && to === null}
        >
          All dates
        </button>
        <p className="filter-bar__count" aria-live="polite" data-testid="shown-count">
          {shownCount === total ? `${total} events` : `${shownCount} of ${total} events`}
        </p>
      </div>
      {histogram && (
        <DateRangeBrush
          histogram={histogram}
          bands={bands}
          selection={{
            from: from ? toDayNumber(from) : null,
            to: to ? toDayNumber(to) : null,
          }}
          onSelect={(a, b) =>
            setDateRange(a === null ? null : toIsoDate(a), b === null ? null : toIsoDate(b))
          }
        />
      )}
      {children && <div className="filter-bar__more">{children}</div>}
    </section>
  );
}
