import { useDatelineStore } from "../store";
import { SearchBox } from "../components/SearchBox";

/** The passage search; `matchCount` is how many events the search (with the dates) leaves. */
export function SearchFilter({ matchCount }: { matchCount: number | null }) {
  const query = useDatelineStore((s) => s.query);
  const setQuery = useDatelineStore((s) => s.setQuery);
  return <SearchBox value={query} onChange={setQuery} matchCount={matchCount} />;
}
