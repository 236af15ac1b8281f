// "Colour: Category | Outlet": a two-way choice of what the map's dots say, as radio buttons drawn
// as a segmented control (arrow keys move between them, as in any radio group).
import type { MarkerColouring } from "../geo/mapModel";
import "../styles/map.css";

const CHOICES: readonly { value: MarkerColouring; label: string }[] = [
  { value: "category", label: "Category" },
  { value: "outlet", label: "Outlet" },
];

export function MarkerColouringControl({
  value,
  onChange,
}: {
  value: MarkerColouring;
  onChange: (value: MarkerColouring) => void;
}) {
  return (
    <fieldset className="map-segmented">
      <legend className="map-segmented__legend">Colour</legend>
      {CHOICES.map((choice) => (
        <label
          key={choice.value}
          className={`map-segmented__option${choice.value === value ? " is-on" : ""}`}
        >
          <input
            type="radio"
            name="marker-colouring"
            value={choice.value}
            checked={choice.value === value}
            onChange={() => onChange(choice.value)}
          />
          {choice.label}
        </label>
      ))}
    </fieldset>
  );
}
