import { memo, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { DatasetIndex } from "../data/datasetIndex";
import {
  articleRows,
  outletCounts,
  searchArticles,
  sortArticles,
  type ArticleSort,
} from "../data/articleList";
import { outletColours } from "../data/outlets";
import { useDatelineStore } from "../store";
import { articlesPanelOpen } from "../store/viewSlice";
import { ArticlesPanel } from "../components/ArticlesPanel";

/**
 * The Articles panel: its sort and search are the panel's own; what is checked is a filter.
 * Memoised: the workspace re-renders on every filter change, and nothing here depends on them.
 */
export const ArticlesContainer = memo(function ArticlesContainer({
  index,
}: {
  index: DatasetIndex;
}) {
  const open = articlesPanelOpen(
    useDatelineStore((s) => s.articlesOpen),
    index.documents.length,
  );
  const setOpen = useDatelineStore((s) => s.setArticlesOpen);
  const docs = useDatelineStore((s) => s.docs);
  const outlets = useDatelineStore((s) => s.outlets);
  const toggleDocument = useDatelineStore((s) => s.toggleDocument);
  const toggleOutlet = useDatelineStore((s) => s.toggleOutlet);
  const setDocumentChoice = useDatelineStore((s) => s.setDocumentChoice);
  const [sort, setSort] = useState<ArticleSort>("date");
  const [query, setQuery] = useState("");
  // The field answers at once; filtering 10k titles follows when React has time.
  const deferredQuery = useDeferredValue(query);

  const rows = useMemo(() => articleRows(index.documents, index.events), [index]);
  const colours = useMemo(() => outletColours(index.documents), [index]);
  const outletEntries = useMemo(
    () =>
      outletCounts(rows, colours.outlets).map((o) => ({
        ...o,
        colour: colours.colourOf(o.outlet),
      })),
    [rows, colours],
  );
  const sorted = useMemo(() => sortArticles(rows, sort), [rows, sort]);
  const shown = useMemo(() => searchArticles(sorted, deferredQuery), [sorted, deferredQuery]);
  const checkedDocs = useMemo(() => new Set(docs), [docs]);
  const checkedOutlets = useMemo(() => new Set(outlets), [outlets]);

  // Leaflet measures its container on a window resize only (1.9 has no ResizeObserver), and
  // opening or closing the panel changes the map's width: tell it the way a resize would.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    window.dispatchEvent(new Event("resize"));
  }, [open]);

  return (
    <ArticlesPanel
      open={open}
      onToggleOpen={() => setOpen(!open)}
      totalArticles={index.documents.length}
      rows={shown}
      outlets={outletEntries}
      checkedDocs={checkedDocs}
      checkedOutlets={checkedOutlets}
      showColours={colours.outlets.length > 1}
      sort={sort}
      onSort={setSort}
      query={query}
      onQuery={setQuery}
      onToggleDocument={toggleDocument}
      onToggleOutlet={toggleOutlet}
      onShowAll={docs.length > 0 || outlets.length > 0 ? () => setDocumentChoice([], []) : null}
    />
  );
});
