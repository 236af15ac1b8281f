import type { EventCategory } from "../../core/contract";
import { useDatelineStore } from "../store";
import { CategoryFacets } from "../components/CategoryFacets";

/** The category chips; counts come from the events the other filters leave. */
export function CategoryFilter({ counts }: { counts: Record<EventCategory, number> }) {
  const categories = useDatelineStore((s) => s.categories);
  const toggleCategory = useDatelineStore((s) => s.toggleCategory);
  const setCategories = useDatelineStore((s) => s.setCategories);
  return (
    <CategoryFacets
      counts={counts}
      selected={categories}
      onToggle={toggleCategory}
      onClear={() => setCategories([])}
    />
  );
}
