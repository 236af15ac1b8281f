// Facet chips for event categories, each with how many events the other filters leave in it.
// A pressed chip keeps its category; none pressed keeps all.
import type { EventCategory } from "../../core/contract";
import { CATEGORIES, CATEGORY_LABELS } from "../data/categories";
import "../styles/category-facets.css";

interface Props {
  counts: Record<EventCategory, number>;
  selected: readonly EventCategory[];
  onToggle: (category: EventCategory) => void;
  onClear: () => void;
}

export function CategoryFacets({ counts, selected, onToggle, onClear }: Props) {
  // A category with no events at all is noise, unless it is selected (e.g. from a link).
  const offered = CATEGORIES.filter((c) => counts[c] > 0 || selected.includes(c));
  if (offered.length === 0) return null;
  return (
    <div className="facets" role="group" aria-label="Event categories">
      <span className="facets__label" aria-hidden="true">
        Categories
      </span>
      {offered.map((category) => {
        const pressed = selected.includes(category);
        return (
          <button
            key={category}
            type="button"
            className={pressed ? "facet facet--on" : "facet"}
            aria-pressed={pressed}
            data-category={category}
            onClick={() => onToggle(category)}
          >
            <span className={`facet__swatch facet__swatch--${category}`} aria-hidden="true" />
            {CATEGORY_LABELS[category]}
            <span className="facet__count">{counts[category]}</span>
          </button>
        );
      })}
      {selected.length > 0 && (
        <button type="button" className="button button--quiet facets__clear" onClick={onClear}>
          All categories
        </button>
      )}
    </div>
  );
}
