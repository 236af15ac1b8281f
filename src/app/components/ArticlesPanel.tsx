// The corpus at a glance: every article with its outlet, publication date and event count, and a
// checkbox per article and per outlet that narrows every other panel to the checked ones. The
// outlet list doubles as the legend of the timeline's outlet colours. Takes data as props; the
// container owns the store. A corpus brings thousands of articles, so the list is virtual: rows
// have one fixed height (titles cut to a line), so nothing needs measuring.
import { useRef, type ReactNode } from "react";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ArticleRow, ArticleSort } from "../data/articleList";
import { ARTICLE_SORTS } from "../data/articleList";
import { formatDay } from "../data/calendar";
import "../styles/articles.css";
import "../styles/outlets.css";

// Two lines (title, then outlet · date · events) and padding; articles.css sets the same height.
const ROW_HEIGHT = 52;

export interface OutletEntry {
  outlet: string;
  articles: number;
  colour: string;
}

interface Props {
  open: boolean;
  onToggleOpen: () => void;
  totalArticles: number;
  /** The articles the search leaves, in the chosen order. */
  rows: readonly ArticleRow[];
  outlets: readonly OutletEntry[];
  checkedDocs: ReadonlySet<string>;
  checkedOutlets: ReadonlySet<string>;
  /** The outlets' colours mean something only with more than one of them. */
  showColours: boolean;
  sort: ArticleSort;
  onSort: (sort: ArticleSort) => void;
  query: string;
  onQuery: (query: string) => void;
  onToggleDocument: (id: string) => void;
  onToggleOutlet: (outlet: string) => void;
  /** Uncheck everything (back to the full view); null when nothing is checked. */
  onShowAll: (() => void) | null;
}

export function ArticlesPanel(props: Props) {
  const { open, totalArticles } = props;
  return (
    <section
      className={open ? "articles" : "articles articles--closed"}
      aria-label="Articles"
      data-testid="articles"
    >
      <div className="panel-heading articles__heading">
        <h2>
          <button
            type="button"
            className="articles__toggle"
            aria-expanded={open}
            aria-controls="articles-body"
            onClick={props.onToggleOpen}
          >
            Articles
          </button>
        </h2>
        <span className="panel-heading__meta">{totalArticles.toLocaleString("en")}</span>
      </div>
      {open && <ArticlesBody {...props} />}
    </section>
  );
}

function ArticlesBody(props: Props) {
  const { rows, outlets, checkedDocs, checkedOutlets, showColours } = props;
  const checking = checkedDocs.size > 0 || checkedOutlets.size > 0;
  return (
    <div className="articles__body" id="articles-body">
      <p className="articles__hint">
        {checking
          ? "Showing only the checked articles and outlets."
          : "Check articles or outlets to show only those."}
        {props.onShowAll && (
          <>
            {" "}
            <button type="button" className="link-button" onClick={props.onShowAll}>
              Show all
            </button>
          </>
        )}
      </p>
      {/* One outlet (or none known) leaves nothing to choose between. */}
      {outlets.length > 1 && (
        <fieldset className="articles__outlets">
          <legend className="articles__label">Outlets</legend>
          <ul className="articles__outlet-list">
            {outlets.map(({ outlet, articles, colour }) => (
              <li key={outlet} className="outlet-row">
                <label>
                  <input
                    type="checkbox"
                    aria-label={`Show ${outlet}`}
                    checked={checkedOutlets.has(outlet)}
                    onChange={() => props.onToggleOutlet(outlet)}
                  />
                  {showColours && (
                    <span
                      className="outlet-swatch"
                      style={{ background: colour }}
                      aria-hidden="true"
                    />
                  )}
                  <span className="outlet-row__name">{outlet}</span>
                  <span className="outlet-row__count">{articles}</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      <div className="articles__tools">
        <input
          type="search"
          className="articles__search"
          placeholder="Search articles"
          aria-label="Search articles"
          value={props.query}
          onChange={(e) => props.onQuery(e.target.value)}
        />
        <label className="articles__sort">
          <span className="visually-hidden">Sort articles by</span>
          <select value={props.sort} onChange={(e) => props.onSort(e.target.value as ArticleSort)}>
            {ARTICLE_SORTS.map(({ key, label }) => (
              <option key={key} value={key}>
                {label}
              </option>
            ))}
          </select>
        </label>
      </div>
      {rows.length === 0 ? (
        <p className="articles__empty">No article matches the search.</p>
      ) : (
        <ArticleList
          rows={rows}
          colours={showColours ? new Map(outlets.map((o) => [o.outlet, o.colour])) : null}
          checked={checkedDocs}
          onToggle={props.onToggleDocument}
        />
      )}
    </div>
  );
}

function ArticleList({
  rows,
  colours,
  checked,
  onToggle,
}: {
  rows: readonly ArticleRow[];
  colours: ReadonlyMap<string, string> | null;
  checked: ReadonlySet<string>;
  onToggle: (id: string) => void;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  return (
    <div className="articles__scroller" ref={scrollRef}>
      <ul
        className="articles__list"
        aria-label="Articles in the corpus"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item): ReactNode => {
          const { document, outlet, events } = rows[item.index]!;
          const colour = colours?.get(outlet);
          return (
            <li
              key={document.id}
              className="article-row"
              aria-setsize={rows.length}
              aria-posinset={item.index + 1}
              data-doc-id={document.id}
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <label className="article-row__label" title={document.title}>
                <input
                  type="checkbox"
                  aria-label={`Show ${document.title}`}
                  checked={checked.has(document.id)}
                  onChange={() => onToggle(document.id)}
                />
                <span className="article-row__title">{document.title}</span>
              </label>
              <p className="article-row__meta">
                {colour && (
                  <span
                    className="outlet-swatch"
                    style={{ background: colour }}
                    aria-hidden="true"
                  />
                )}
                <span className="article-row__outlet">{outlet}</span>
                {" · "}
                {document.published ? formatDay(document.published) : "Undated"}
                {" · "}
                <span className="article-row__events">
                  {events} event{events === 1 ? "" : "s"}
                </span>
              </p>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
