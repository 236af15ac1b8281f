// Why each date expression reads as it does: which recogniser made it, which later stages changed
// it, what anchoring leaned on, and which candidates lost to a longer overlapping one. Runs the
// same stages as `tagTimexes` (so it cannot drift from it) and compares the drafts before and
// after each stage. Pure, like the stages: the CLI's `--explain` prints the lines.
import { dateContext, NAMED_DATE_STAGES, type DateReference } from "./index";
import type { Draft } from "./types";

export interface DateExplanation {
  start: number;
  end: number;
  text: string;
  value: string;
  /** The recogniser and rule that made it: "relative/weekday". */
  by: string;
  /** Later stages that changed its extent or value, in run order. */
  changedBy: string[];
  /** What the value leaned on, or null for a value written in full. */
  anchor: string | null;
  range?: { start: string; end: string };
  /** Set for a candidate that did not survive: the stage that dropped it. */
  droppedBy?: string;
}

const sameSpan = (a: Draft, b: Draft) => a.start === b.start && a.end === b.end;

/**
 * Whether `d` is `p` after a stage: it starts or ends where `p` did, and was made by the same rule
 * (stages that widen an extent append to `by`: "relative/weekday+eve", never "weekday-of-week").
 */
const continues = (p: Draft, d: Draft) =>
  (p.start === d.start || p.end === d.end) && (d.by === p.by || d.by.startsWith(`${p.by}+`));

/** Every expression kept and every candidate dropped, in text order. */
export function explainDates(text: string, ref: DateReference): DateExplanation[] {
  const ctx = dateContext(text, ref);
  let drafts: Draft[] = [];
  // Per draft, in the current list's order, the stages that changed it so far.
  let history: string[][] = [];
  const dropped: DateExplanation[] = [];
  for (const [name, stage] of Object.entries(NAMED_DATE_STAGES)) {
    const next = stage(ctx, drafts);
    const nextHistory = next.map((d) => {
      const k = drafts.findIndex((p) => continues(p, d));
      const past = k < 0 ? [] : (history[k] ?? []);
      const prev = drafts[k];
      // Anchoring gives every draft its first value: that is not a change worth naming.
      const changed =
        prev &&
        (!sameSpan(prev, d) || prev.by !== d.by || (prev.value !== "" && prev.value !== d.value));
      return changed ? [...past, name] : past;
    });
    for (const p of drafts) {
      if (next.some((d) => continues(p, d))) continue;
      dropped.push({ ...explanationOf(p, []), droppedBy: name });
    }
    drafts = next;
    history = nextHistory;
  }
  const kept = drafts.map((d, i) => explanationOf(d, history[i] ?? []));
  return [...kept, ...dropped].sort((a, b) => a.start - b.start || a.end - b.end);
}

function explanationOf(d: Draft, changedBy: string[]): DateExplanation {
  const e: DateExplanation = {
    start: d.start,
    end: d.end,
    text: d.text,
    value: d.value,
    by: d.by,
    changedBy,
    anchor: d.anchor ?? null,
  };
  if (d.range) e.range = { start: d.range.start, end: d.range.end };
  return e;
}

/** One line per expression: `date "last Friday" 120-131 relative/weekday → 2022-03-18 ...`. */
export function formatDateExplanation(e: DateExplanation): string {
  const where = `date ${JSON.stringify(e.text)} ${e.start}-${e.end} ${e.by}`;
  if (e.droppedBy) return `${where}: dropped by ${e.droppedBy}, covered by a longer expression`;
  const range = e.range ? ` [${e.range.start}..${e.range.end}]` : "";
  const changed = e.changedBy.length > 0 ? `; changed by ${e.changedBy.join(", ")}` : "";
  return `${where} → ${e.value}${range}; anchor: ${e.anchor ?? "none (written in full)"}${changed}`;
}

export function explainDateLines(text: string, ref: DateReference): string[] {
  return explainDates(text, ref).map(formatDateExplanation);
}
