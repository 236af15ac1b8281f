// What `--explain` prints about places: every candidate in text order, kept or dropped, with the
// stage and rule that made or dropped it, and for a kept one why its place won (the score of
// the winner, part by part, against the runner-up). Plain lines: the CLI only prints them.
import type { PlaceRef } from "../context";
import type { Gazetteer, GazetteerEntry } from "./gazetteer";
import { placeContext, runStages } from "./recognize";
import { type ResolveTrace, type Scored, resolvePlaces } from "./resolve";
import type { PlaceDraft } from "./types";

const fixed = (n: number): string => (Math.round(n * 100) / 100).toString();

function describeEntry(e: GazetteerEntry | PlaceRef): string {
  const where = e.country ? `, ${e.country}` : "";
  const people = "population" in e && e.population > 0 ? `, pop. ${e.population}` : "";
  return `${e.id} ${e.name} (${e.kind}${where}${people})`;
}

/** "7.52 = prior 4.48 + neighbours 2 + context 1.04", parts that are zero left out. */
function breakdown(s: Scored): string {
  const parts = Object.entries(s.parts)
    .filter(([, v]) => v !== 0)
    .map(([k, v]) => `${k} ${fixed(v)}`);
  return `${fixed(s.score)} = ${parts.join(" + ") || "0"}`;
}

function why(t: ResolveTrace | undefined): string {
  if (t?.where) return `not in the gazetteer: placed at ${t.where}`;
  const [best, second] = t?.ranked ?? [];
  if (!t || !best) return t?.outcome === "unplaced" ? "left unpinned: nowhere to put it" : "";
  const top = `${describeEntry(best.entry)} ${breakdown(best)}`;
  switch (t.outcome) {
    case "stray":
      return `left unpinned: a small town abroad named once, where no other place of the text lies (best: ${top})`;
    case "unplaced":
      return `left unpinned: nowhere to put it (best: ${top})`;
    case "pinned":
      return `the place the same name has beside its container elsewhere in the text (best here: ${top})`;
    case "prominent":
      return `the name's prominent place: the best, a small town in a country no other place of the text is in, was too lone to stand (best: ${top})`;
    case "placed":
      return second
        ? `won with ${breakdown(best)} over ${describeEntry(second.entry)} ${breakdown(second)}`
        : `the only candidate (${breakdown(best)})`;
  }
}

const span = (d: PlaceDraft): string =>
  `${d.mention.start}-${d.mention.end} "${d.mention.text.replace(/\s+/g, " ")}"`;

/** One line per candidate, in text order: kept ones with their place, dropped ones with why. */
export function explainPlaces(text: string, gaz: Gazetteer): string[] {
  const dropped: PlaceDraft[] = [];
  const kept = runStages(placeContext(text, gaz, (d) => dropped.push(d)));
  const trace: ResolveTrace[] = [];
  resolvePlaces(
    kept.map((d) => d.mention),
    gaz,
    trace,
  );
  const lines: { at: number; line: string }[] = kept.map((d, k) => {
    const t = trace[k];
    const place = t?.place ? `→ ${describeEntry(t.place)}` : "→ (no place)";
    const outer = d.mention.container;
    const by = `${d.mention.by}${outer ? `, inside "${kept[outer.index]?.mention.text ?? ""}" (${outer.strength})` : ""}`;
    return { at: d.mention.start, line: `${span(d)} ${place} [${by}] ${why(t)}`.trimEnd() };
  });
  for (const d of dropped) {
    const r = d.rejected;
    if (!r) continue;
    const line = `${span(d)} dropped [${r.stage}/${r.rule}]: ${r.reason}`;
    lines.push({ at: d.mention.start, line });
  }
  return lines.sort((a, b) => a.at - b.at).map((l) => l.line);
}
