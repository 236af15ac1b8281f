import { Fragment } from "react";
import { splitByTerms } from "../data/textSearch";
import "../styles/search-hits.css";

/** Text with the search terms marked; React text nodes only, never HTML. */
export function SearchHits({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text;
  return splitByTerms(text, terms).map((run, i) =>
    run.hit ? (
      <mark key={i} className="mark--search">
        {run.text}
      </mark>
    ) : (
      <Fragment key={i}>{run.text}</Fragment>
    ),
  );
}
