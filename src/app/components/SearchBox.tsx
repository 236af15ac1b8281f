// The passage search field. Typing filters as you go; Escape clears it.
import "../styles/search-box.css";

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** How many events match, shown only while searching. */
  matchCount: number | null;
}

export function SearchBox({ value, onChange, matchCount }: Props) {
  return (
    <div className="search" role="search">
      <input
        type="search"
        className="search__input"
        aria-label="Search passages"
        placeholder='Search passages, e.g. ceasefire or "grain deal"'
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Escape" && value) {
            e.preventDefault();
            onChange("");
          }
        }}
      />
      {matchCount !== null && (
        <span className="search__count" aria-live="polite" data-testid="search-count">
          {matchCount} match{matchCount === 1 ? "" : "es"}
        </span>
      )}
    </div>
  );
}
