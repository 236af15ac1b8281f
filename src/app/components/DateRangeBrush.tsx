// An event-density histogram with a brush: drag across it to pick a date range, click a bar to
// pick that bar's days. The From/To fields beside it are the keyboard route to the same filter.
import { useRef, useState } from "react";
import type { DateBand, DensityHistogram } from "../data/histogram";
import { formatDay, toIsoDate } from "../data/calendar";
import "../styles/date-range-brush.css";

interface Props {
  histogram: DensityHistogram;
  /** Multi-day ranges ("2019", "last week"), drawn under the bars as wide as they are. */
  bands: readonly DateBand[];
  /** The current filter as day numbers; null ends are open. */
  selection: { from: number | null; to: number | null };
  /** Day numbers; null leaves that side open. */
  onSelect: (fromDay: number | null, toDay: number | null) => void;
}

const WIDTH = 1000;
const HEIGHT = 64;
const CLICK_PX = 4;

const BAND_ROW = 7;
const MAX_DRAWN_BANDS = 400;
const MAX_NAMED_BANDS = 40;

export function DateRangeBrush({ histogram, bands, selection, onSelect }: Props) {
  const { firstDay, lastDay, daysPerBin, bins } = histogram;
  const svgRef = useRef<SVGSVGElement>(null);
  const [drag, setDrag] = useState<{ anchorX: number; anchorDay: number; day: number } | null>(
    null,
  );
  const totalDays = lastDay - firstDay + 1;
  const max = bins.reduce((a, b) => Math.max(a, b), 0.0001);
  const binWidth = WIDTH / bins.length;

  const dayAt = (clientX: number): number => {
    const rect = svgRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return firstDay;
    const f = Math.min(0.9999, Math.max(0, (clientX - rect.left) / rect.width));
    return firstDay + Math.floor(f * totalDays);
  };
  const xOf = (day: number) => ((day - firstDay) / totalDays) * WIDTH;

  const shown = drag
    ? { from: Math.min(drag.anchorDay, drag.day), to: Math.max(drag.anchorDay, drag.day) }
    : selection;
  const active = shown.from !== null || shown.to !== null;
  const selFrom = shown.from ?? firstDay;
  const selTo = shown.to ?? lastDay;

  return (
    <div className="brush">
      <svg
        ref={svgRef}
        className="brush__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        preserveAspectRatio="none"
        role="img"
        aria-label="Event density over time. Drag to choose a date range."
        data-testid="date-brush"
        onPointerDown={(e) => {
          if (e.button !== 0) return;
          e.currentTarget.setPointerCapture(e.pointerId);
          const day = dayAt(e.clientX);
          setDrag({ anchorX: e.clientX, anchorDay: day, day });
        }}
        onPointerMove={(e) => {
          if (drag) setDrag({ ...drag, day: dayAt(e.clientX) });
        }}
        onPointerUp={(e) => {
          if (!drag) return;
          setDrag(null);
          let from: number;
          let to: number;
          if (Math.abs(e.clientX - drag.anchorX) < CLICK_PX) {
            from = firstDay + Math.floor((drag.anchorDay - firstDay) / daysPerBin) * daysPerBin;
            to = from + daysPerBin - 1;
          } else {
            const day = dayAt(e.clientX);
            from = Math.min(drag.anchorDay, day);
            to = Math.max(drag.anchorDay, day);
          }
          // The end bins also hold the events beyond the strip, so reaching one leaves that side
          // of the filter open.
          const openStart = histogram.earlier > 0 && from < firstDay + daysPerBin;
          const openEnd = histogram.later > 0 && to > lastDay - daysPerBin;
          onSelect(openStart ? null : from, openEnd ? null : to);
        }}
        onPointerCancel={() => setDrag(null)}
      >
        {bins.map((value, i) => {
          const h = value > 0 ? Math.max(3, (value / max) * (HEIGHT - 6)) : 0;
          const binStart = firstDay + i * daysPerBin;
          const inside = !active || (binStart + daysPerBin - 1 >= selFrom && binStart <= selTo);
          return (
            <rect
              key={i}
              x={i * binWidth + binWidth * 0.12}
              y={HEIGHT - h}
              width={binWidth * 0.76}
              height={h}
              className={inside ? "brush__bar" : "brush__bar brush__bar--out"}
            />
          );
        })}
        <line x1={0} x2={WIDTH} y1={HEIGHT - 0.5} y2={HEIGHT - 0.5} className="brush__axis" />
        {active && (
          <rect
            x={xOf(Math.max(selFrom, firstDay))}
            y={0}
            width={Math.max(
              2,
              xOf(Math.min(selTo, lastDay) + 1) - xOf(Math.max(selFrom, firstDay)),
            )}
            height={HEIGHT}
            className="brush__selection"
          />
        )}
      </svg>
      <DateBands bands={bands} firstDay={firstDay} lastDay={lastDay} />
      <div className="brush__axis-labels" aria-hidden="true">
        <span>
          {histogram.earlier > 0 && `${histogram.earlier} earlier · `}
          {formatDay(toIsoDate(firstDay))}
        </span>
        <span>
          {formatDay(toIsoDate(lastDay))}
          {histogram.later > 0 && ` · ${histogram.later} later`}
        </span>
      </div>
    </div>
  );
}

/**
 * Vague dates as bands: "2019" spans the year, "last week" seven days. Only the part inside the
 * strip is drawn; a band cut at an edge is drawn open (no rounded end) on that side.
 */
function DateBands({
  bands,
  firstDay,
  lastDay,
}: {
  bands: readonly DateBand[];
  firstDay: number;
  lastDay: number;
}) {
  const inside = bands.filter((b) => b.endDay >= firstDay && b.startDay <= lastDay);
  if (inside.length === 0) return null;
  // A corpus has thousands of distinct ranges, far more than the strip has pixels: the most
  // reported are drawn (their events are in the bars above either way), and the label names the
  // first few.
  const visible =
    inside.length <= MAX_DRAWN_BANDS
      ? inside
      : [...inside]
          .sort((a, b) => b.count - a.count || b.endDay - b.startDay - (a.endDay - a.startDay))
          .slice(0, MAX_DRAWN_BANDS);
  const named = visible.length <= MAX_NAMED_BANDS ? visible : visible.slice(0, MAX_NAMED_BANDS);
  const unnamed = inside.length - named.length;
  const totalDays = lastDay - firstDay + 1;
  const rows = visible.reduce((n, b) => Math.max(n, b.row + 1), 1);
  const xOf = (day: number) => ((day - firstDay) / totalDays) * WIDTH;
  return (
    <svg
      className="brush__bands"
      viewBox={`0 0 ${WIDTH} ${rows * BAND_ROW}`}
      preserveAspectRatio="none"
      style={{ height: rows * BAND_ROW }}
      role="img"
      aria-label={`Date ranges: ${named.map((b) => `${b.label} (${b.count})`).join(", ")}${
        unnamed > 0 ? ` and ${unnamed} more` : ""
      }`}
      data-first-day={firstDay}
      data-last-day={lastDay}
    >
      {visible.map((b) => {
        const start = Math.max(b.startDay, firstDay);
        const end = Math.min(b.endDay, lastDay);
        return (
          <rect
            key={`${b.startDay}/${b.endDay}`}
            className="brush__band"
            data-testid="date-band"
            data-start-day={b.startDay}
            data-end-day={b.endDay}
            x={xOf(start)}
            y={b.row * BAND_ROW + 1}
            width={Math.max(1, xOf(end + 1) - xOf(start))}
            height={BAND_ROW - 2}
          >
            <title>{`${b.label}: ${b.count} event${b.count === 1 ? "" : "s"} dated only to this range`}</title>
          </rect>
        );
      })}
    </svg>
  );
}
