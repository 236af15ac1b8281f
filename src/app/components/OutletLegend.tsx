// The names of the timeline's outlet colours, for when the Articles panel (whose outlet list is the
// full legend) is closed. Outlets past the palette share one colour, named "Other" here.
import { OUTLET_PALETTE } from "../data/outlets";
import "../styles/outlets.css";

export function OutletLegend({
  outlets,
  colourOf,
}: {
  /** In the legend's order (data/outlets: most articles first). */
  outlets: readonly string[];
  colourOf: (outlet: string) => string;
}) {
  const named = outlets.slice(0, OUTLET_PALETTE.length);
  const others = outlets.length - named.length;
  return (
    <ul className="outlet-legend" aria-label="Outlet colours">
      {named.map((outlet) => (
        <li key={outlet}>
          <span className="outlet-swatch" style={{ background: colourOf(outlet) }} aria-hidden />
          {outlet}
        </li>
      ))}
      {others > 0 && (
        <li>
          <span
            className="outlet-swatch"
            style={{ background: colourOf(outlets[named.length]!) }}
            aria-hidden
          />
          Other ({others})
        </li>
      )}
    </ul>
  );
}
